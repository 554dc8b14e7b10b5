import type { Supports } from './options';

/**
 * The oldest Excel the adapter runs on. Every insert, refresh and read uses
 * Worksheet.getRangeByIndexes and NamedItem.formula (both ExcelApi 1.7), besides names.add,
 * NamedItem.comment and getItemOrNullObject (1.4) and getResizedRange, getUsedRange, columnWidth
 * and columnHidden (1.2). Rewriting those for 1.4 would cost A1 address building everywhere for
 * hosts that are out of support: 1.7 covers Excel 2019 (which has 1.8), Microsoft 365, Excel on
 * the web and Excel for Mac 16.x; only Excel 2016 with a one-time licence (1.1–1.2) is left out.
 * Newer members (calculation suspension 1.6; indent, screen suspension and page layout 1.9) are
 * used only where `supports` says so. manifest.xml declares the same minimum, so Office does not
 * offer the add-in on older hosts; this check covers a host that loads it anyway (a sideloaded
 * or cached manifest).
 */
export const MIN_EXCEL_API = '1.7';

/** 'ExcelApi 1.7' when the host lacks the minimum requirement set, else null. For start-up. */
export function missingRequirement(supports: Supports): string | null {
  return supports('ExcelApi', MIN_EXCEL_API) ? null : `ExcelApi ${MIN_EXCEL_API}`;
}
