import type { Workbook } from 'exceljs';

/**
 * Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not starting or ending
 * with an apostrophe, not blank, unique without regard to case. A taken name gets " (2)", " (3)"...
 * with the base shortened so the whole still fits.
 */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/[\u0000-\u001f]/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned || 'Rapport';
}

export function uniqueSheetName(wb: Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A defined name not yet used in the workbook: grid.name, else grid.name_2, _3, ... */
export function uniqueDefinedName(wb: Workbook, wanted: string): string {
  const taken = new Set(wb.definedNames.model.map((n) => n.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted}_${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
