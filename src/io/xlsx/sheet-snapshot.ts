import type { Cell, Row, Worksheet } from 'exceljs';
import type { CellValue, SheetSnapshot } from '../../core/snapshot';
import { cellFormula, cellValue } from './cell-value';

/**
 * One exceljs worksheet as a SheetSnapshot, in two cheap passes over the loaded rows: the first
 * finds the used range, the second fills preallocated 2-D arrays. Fully empty leading rows and
 * columns are left out; originRow/originCol say where values[0][0] sits, so addresses stay exact.
 *
 * Formats: `formats[r][c]` is the cell's number format code, null where it has none (General).
 */
type Bounds = { top: number; left: number; bottom: number; right: number };

type MergeRange = { readonly tl: string; readonly br: string };
type WithMerges = { readonly _merges?: Readonly<Record<string, MergeRange>> };

function usedBounds(ws: Worksheet): Bounds | null {
  const b: Bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  ws.eachRow((row: Row, rowNumber: number) => {
    row.eachCell((_cell: Cell, colNumber: number) => {
      if (colNumber < b.left) b.left = colNumber;
      if (colNumber > b.right) b.right = colNumber;
    });
    if (rowNumber < b.top) b.top = rowNumber;
    if (rowNumber > b.bottom) b.bottom = rowNumber;
  });
  return b.bottom < 0 ? null : b;
}

function mergesOf(ws: Worksheet): string[] {
  const merges = (ws as unknown as WithMerges)._merges ?? {};
  return Object.values(merges).map((m) => (m.tl === m.br ? m.tl : `${m.tl}:${m.br}`));
}

function hiddenRowsOf(ws: Worksheet): number[] {
  const hidden: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row: Row, rowNumber: number) => {
    if (row.hidden) hidden.push(rowNumber - 1);
  });
  return hidden;
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  const out = new Array<T[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = new Array<T>(cols).fill(fill);
  return out;
}

export function sheetSnapshot(ws: Worksheet, withFormats: boolean): SheetSnapshot {
  const base = {
    name: ws.name,
    hiddenRows: hiddenRowsOf(ws),
    merges: mergesOf(ws),
    visibility: ws.state ?? 'visible',
  } as const;
  const b = usedBounds(ws);
  if (!b) return { ...base, originRow: 0, originCol: 0, values: [], formulas: [], ...(withFormats ? { formats: [] } : {}) };
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  const values = grid<CellValue>(rows, cols, null);
  const formulas = grid<string>(rows, cols, '');
  const formats = withFormats ? grid<string | null>(rows, cols, null) : null;
  ws.eachRow((row: Row, rowNumber: number) => {
    const r = rowNumber - b.top;
    const vRow = values[r];
    row.eachCell((cell: Cell, colNumber: number) => {
      const c = colNumber - b.left;
      vRow[c] = cellValue(cell);
      const f = cellFormula(cell);
      if (f) formulas[r][c] = f;
      if (formats) formats[r][c] = cell.numFmt ?? null;
    });
  });
  return { ...base, originRow: b.top - 1, originCol: b.left - 1, values, formulas, ...(formats ? { formats } : {}) };
}
