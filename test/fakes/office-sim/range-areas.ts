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
  const runs: Rect[] = [];
  for (let j = 0; j < r.cols; j++) {
    let start = -1;
    for (let i = 0; i <= r.rows; i++) {
      const cell = i < r.rows ? ws.findRow(r.row + i + 1)?.findCell(r.col + j + 1) : undefined;
      const v = cell?.value as unknown;
      const isFormula = typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);
      if (isFormula && start < 0) start = i;
      if (!isFormula && start >= 0) {
        runs.push({ row: r.row + start, col: r.col + j, rows: i - start, cols: 1 });
        start = -1;
      }
    }
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
