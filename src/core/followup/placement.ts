import type { WorkbookSnapshot } from '../snapshot';
import type { ReportGrid } from '../grid';
import { uniqueSheetName } from '../sheet-names';

/**
 * The sheet each grid will land on, decided before writing so the contents sheet names the
 * right ones: a block written before (its defined name is in the workbook) is refreshed where it
 * is, even on a sheet the user renamed; a new one gets its sheet name made unique against the
 * workbook's sheets, as both writers would.
 */
export function placeGrids(snapshot: WorkbookSnapshot, grids: readonly ReportGrid[]): ReportGrid[] {
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  const existing = new Map((snapshot.definedNames ?? []).map((n) => [n.name.toLowerCase(), n.sheet]));
  return grids.map((g) => {
    const at = existing.get(g.name.toLowerCase());
    if (at !== undefined) return at === g.sheetName ? g : { ...g, sheetName: at };
    const sheetName = uniqueSheetName(g.sheetName, taken);
    taken.add(sheetName.toLowerCase());
    return sheetName === g.sheetName ? g : { ...g, sheetName };
  });
}
