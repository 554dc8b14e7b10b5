import type { Workbook } from 'exceljs';
import { cleanSheetName, MAX_SHEET_NAME, uniqueDefinedName as uniqueName, uniqueSheetName as uniqueSheet } from '../../core/sheet-names';

/** The naming rules live in core/sheet-names (shared with the Office.js writer); here the taken names come from the workbook. */
export { cleanSheetName, MAX_SHEET_NAME };

export function uniqueSheetName(wb: Workbook, wanted: string): string {
  return uniqueSheet(wanted, new Set(wb.worksheets.map((ws) => ws.name.toLowerCase())));
}

/** A defined name not yet used in the workbook: grid.name, else grid.name_2, _3, ... */
export function uniqueDefinedName(wb: Workbook, wanted: string): string {
  return uniqueName(wanted, new Set(wb.definedNames.model.map((n) => n.name.toLowerCase())));
}
