import { rangeA1 } from '../../core/address';
import type { ReportGrid } from '../../core/grid';
import type { WriteResult } from '../../core/port';
import { ExcelWriteError, officeCode } from './errors';
import type { Supports } from './options';
import { blockWidth, nameComment, parseNameComment, queueCells, queueFormatting, suspend } from './write-block';
import type { CommentsByRow } from './write-block';

/**
 * Refresh: find the block by its defined name, read its Kommentar column and its row keys (kept
 * in a hidden column at the block's right edge, and named by the defined name's comment), then
 * rewrite only that block at the same place with the comments of lines that still exist. Two
 * syncs. Cells outside the old block are never written unless they are empty: a larger new block
 * that would cover user content is refused with a typed error instead.
 */
export type RefreshDeps = { readonly run: typeof Excel.run; readonly supports: Supports };

type Old = { sheet: string; row: number; col: number; rows: number; cols: number; area: unknown[][]; comment: string };

function oldComments(old: Old, grid: ReportGrid): CommentsByRow {
  const layout = parseNameComment(old.comment);
  const out = new Map<number, string | number | boolean>();
  if (grid.commentColumn === undefined) return out;
  // A block this adapter wrote names its key column and comment column in the name's comment.
  // A block written elsewhere (the CLI, the browser page) has neither: match its rows by their
  // label in the first column, the same fallback the file adapter uses, and the comment column
  // by the grid's own layout (both come from the same engine). A label that occurs twice in the
  // old block is ambiguous and keeps no comment rather than a wrong one.
  const byKeys = layout.keys && grid.rowKeys !== undefined;
  const commentCol = layout.comment >= 0 ? layout.comment : grid.commentColumn;
  const oldKey = (i: number): unknown => (byKeys ? old.area[i][old.cols - 1] : old.area[i][0]);
  const newKey = (i: number): unknown => (byKeys ? grid.rowKeys?.[i] : grid.rows[i]?.[0]?.value);
  const byKey = new Map<string, string | number | boolean>();
  const seen = new Set<string>();
  const ambiguous = new Set<string>();
  for (let i = 0; i < old.rows; i++) {
    const key = oldKey(i);
    if (typeof key !== 'string' || key === '') continue;
    if (seen.has(key)) ambiguous.add(key);
    seen.add(key);
    const c = old.area[i][commentCol];
    if (c !== '' && c !== null && c !== undefined) byKey.set(key, c as string | number | boolean);
  }
  for (let i = 0; i < grid.rows.length; i++) {
    const k = newKey(i);
    if (typeof k !== 'string' || ambiguous.has(k)) continue;
    const c = byKey.get(k);
    if (c !== undefined) out.set(i, c);
  }
  return out;
}

/** The first non-empty cell the new block would cover outside the old one. */
function collision(old: Old, area: unknown[][], rows: number, cols: number): string | null {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (i < old.rows && j < old.cols) continue;
      const v = area[i]?.[j];
      if (v !== '' && v !== null && v !== undefined) return rangeA1(old.row + i, old.col + j, 1, 1);
    }
  }
  return null;
}

export async function refreshGrid(deps: RefreshDeps, grid: ReportGrid): Promise<WriteResult> {
  const rows = Math.max(1, grid.rows.length);
  const cols = blockWidth(grid);
  let sheet = '';
  try {
    return await deps.run(async (context) => {
      const named = context.workbook.names.getItem(grid.name);
      named.load('comment');
      const range = named.getRange();
      range.load('address,rowIndex,columnIndex,rowCount,columnCount,values');
      // The new block at the same place, read in the same sync: old plus new cells, never more.
      // A new block that would run past the sheet's last row or column fails this sync.
      const area = range.getCell(0, 0).getResizedRange(rows - 1, cols - 1);
      area.load('values');
      await context.sync();
      sheet = range.address.slice(0, range.address.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      const old: Old = { sheet, row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount, area: range.values, comment: named.comment };
      const hit = collision(old, area.values, rows, cols);
      if (hit) throw new ExcelWriteError('refresh-would-overwrite', { sheet, address: hit, name: grid.name });
      suspend(context, deps.supports, 'first-sync');
      const ws = context.workbook.worksheets.getItem(sheet);
      range.conditionalFormats.clearAll();
      range.clear('All');
      named.delete();
      const p = { ws, row: old.row, col: old.col };
      queueCells(p, grid, 0, grid.rows.length, oldComments(old, grid));
      queueFormatting(p, grid, deps.supports);
      context.workbook.names.add(grid.name, ws.getRangeByIndexes(old.row, old.col, rows, cols), nameComment(grid));
      await context.sync();
      return { sheet, address: rangeA1(old.row, old.col, rows, cols), name: grid.name };
    });
  } catch (e) {
    if (e instanceof ExcelWriteError) throw e;
    if (officeCode(e) === 'ItemNotFound' && sheet === '') throw new ExcelWriteError('report-not-found', { name: grid.name }, e);
    throw new ExcelWriteError('refresh-failed', { name: grid.name, sheet }, e);
  }
}
