import type * as ExcelJS from 'exceljs';
import { formatAddress } from './a1';
import type { Rect } from './a1';
import { SimProxy } from './proxy';
import type { SimQueue } from './proxy';
import { invalidArgument } from './errors';

/**
 * Range.getSpecialCellsOrNullObject('Formulas') (ExcelApi 1.9): the cells of a range holding a
 * formula, as a RangeAreas whose `address` lists rectangles separated by commas, each with its
 * sheet ("Data!B2:B5,Data!D7"); a null object when there are none. The simulator covers the
 * cells with column runs merged across columns of equal runs; Excel may cut them differently,
 * which is why the adapter must accept any cover.
 */
export type AreasTarget = { readonly ws: ExcelJS.Worksheet; readonly rects: readonly Rect[] };

export function formulaAreas(ws: ExcelJS.Worksheet, r: Rect): Rect[] {
  // Only the cells that exist are visited: a used range may span the whole sheet.
  const byCol = new Map<number, number[]>();
  ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
    const i = rowNo - 1;
    if (i < r.row || i >= r.row + r.rows) return;
    row.eachCell({ includeEmpty: false }, (cell, colNo) => {
      const j = colNo - 1;
      if (j < r.col || j >= r.col + r.cols) return;
      const v = cell.value as unknown;
      if (typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) (byCol.get(j) ?? byCol.set(j, []).get(j))?.push(i);
    });
  });
  const runs: Rect[] = [];
  for (const j of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = (byCol.get(j) ?? []).sort((a, b) => a - b);
    let start = rows[0];
    rows.forEach((i, k) => {
      if (k + 1 === rows.length || rows[k + 1] !== i + 1) {
        runs.push({ row: start, col: j, rows: i - start + 1, cols: 1 });
        start = rows[k + 1];
      }
    });
  }
  // Merge a run with the same rows in the next column.
  const out: Rect[] = [];
  for (const run of runs) {
    const left = out.find((o) => o.row === run.row && o.rows === run.rows && o.col + o.cols === run.col);
    if (left) left.cols += 1;
    else out.push({ ...run });
  }
  return out;
}

export class SimRangeAreas extends SimProxy<AreasTarget> {
  constructor(q: SimQueue, resolve: () => AreasTarget | null) {
    super(q, { kind: 'range.getSpecialCells', resolve });
  }
  protected fetch(prop: string): unknown {
    const t = this.target();
    switch (prop) {
      case 'address':
        return t.rects.map((r) => formatAddress(t.ws.name, r)).join(',');
      case 'areaCount':
        return t.rects.length;
      default:
        throw invalidArgument(`RangeAreas.${prop} is not supported by the simulator`);
    }
  }
  get address(): string { return this.read('address'); }
  get areaCount(): number { return this.read('areaCount'); }
}
