import type { Cell, Worksheet } from 'exceljs';
import type { CellValue, SheetSnapshot } from '../../core/snapshot';
import { cellFormula, cellValue } from './cell-value';

/**
 * One exceljs worksheet as a SheetSnapshot, in two cheap passes over the loaded rows: the first
 * finds the used range, the second fills the rows. Fully empty leading rows and columns are left
 * out; originRow/originCol say where values[0][0] sits, so addresses stay exact.
 *
 * Rows are ragged: each row array ends at its last populated cell, and every empty row is the
 * same frozen empty array. So a 12-row table plus one stray value in XFD1048576 costs a
 * million-entry outer array and 13 short rows, not a 1 048 576 × 16 384 rectangle (which never
 * finished). `formats` has the shape of `values`; a `formulas` row is the shared empty array
 * when its row holds no formula (read a missing entry as '').
 *
 * Formats: `formats[r][c]` is the cell's number format code, null where it has none (General).
 */

type Bounds = { top: number; left: number; bottom: number; right: number };

/**
 * exceljs 4.4 internals (the version is pinned): `_rows[i]` is row i+1 or undefined, and
 * `row._cells[j]` is column j+1 or undefined. Walking them with plain loops costs a fraction
 * of eachRow/eachCell's callbacks on a 200 000-row ledger.
 */
type RawRow = { readonly hidden: boolean; readonly _cells: readonly (Cell | undefined)[] };
type RawSheet = { readonly _rows: readonly (RawRow | undefined)[]; readonly _merges?: Readonly<Record<string, MergeRange>> };
type MergeRange = { readonly tl: string; readonly br: string };

const NULL_TYPE = 0; // exceljs ValueType.Null

const filled = (cell: Cell | undefined): cell is Cell => cell !== undefined && (cell.type as number) !== NULL_TYPE;

/** Used range (1-based, like exceljs) and hidden rows (0-based), in one pass. */
function scan(rows: RawSheet['_rows']): { bounds: Bounds | null; hidden: number[] } {
  const b: Bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  const hidden: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.hidden) hidden.push(i);
    const cells = row._cells;
    let first = 0;
    while (first < cells.length && !filled(cells[first])) first++;
    if (first === cells.length) continue;
    let last = cells.length - 1;
    while (!filled(cells[last])) last--;
    if (first + 1 < b.left) b.left = first + 1;
    if (last + 1 > b.right) b.right = last + 1;
    if (i + 1 < b.top) b.top = i + 1;
    b.bottom = i + 1;
  }
  return { bounds: b.bottom < 0 ? null : b, hidden };
}

function mergesOf(raw: RawSheet): string[] {
  return Object.values(raw._merges ?? {}).map((m) => (m.tl === m.br ? m.tl : `${m.tl}:${m.br}`));
}

const EMPTY: readonly never[] = Object.freeze([]);

/** Index one past the last populated cell of the row, at most `right` (1-based bound). */
function rowEnd(cells: RawRow['_cells'], right: number): number {
  let end = Math.min(cells.length, right);
  while (end > 0 && !filled(cells[end - 1])) end--;
  return end;
}

export function sheetSnapshot(ws: Worksheet, withFormats: boolean): SheetSnapshot {
  const raw = ws as unknown as RawSheet;
  const { bounds: b, hidden } = scan(raw._rows);
  const base = { name: ws.name, hiddenRows: hidden, merges: mergesOf(raw), visibility: ws.state ?? 'visible' } as const;
  if (!b) return { ...base, originRow: 0, originCol: 0, values: [], formulas: [], ...(withFormats ? { formats: [] } : {}) };
  const rows = b.bottom - b.top + 1;
  const values = new Array<readonly CellValue[]>(rows).fill(EMPTY);
  const formulas = new Array<readonly string[]>(rows).fill(EMPTY);
  const formats = withFormats ? new Array<readonly (string | null)[]>(rows).fill(EMPTY) : null;
  for (let r = 0; r < rows; r++) {
    const row = raw._rows[b.top - 1 + r];
    if (!row) continue;
    const cells = row._cells;
    const end = rowEnd(cells, b.right);
    const width = end - b.left + 1;
    if (width <= 0) continue;
    const vRow = new Array<CellValue>(width).fill(null);
    // Most ledger rows hold no formula: their formulas row stays the shared empty array.
    let fRow: string[] | null = null;
    const nRow = formats ? new Array<string | null>(width).fill(null) : null;
    for (let j = b.left - 1; j < end; j++) {
      const cell = cells[j];
      if (!filled(cell)) continue;
      const c = j - b.left + 1;
      vRow[c] = cellValue(cell);
      const f = cellFormula(cell);
      if (f) {
        fRow ??= new Array<string>(width).fill('');
        fRow[c] = f;
      }
      if (nRow) nRow[c] = cell.numFmt ?? null;
    }
    values[r] = vRow;
    if (fRow) formulas[r] = fRow;
    if (formats && nRow) formats[r] = nRow;
  }
  return { ...base, originRow: b.top - 1, originCol: b.left - 1, values, formulas, ...(formats ? { formats } : {}) };
}
