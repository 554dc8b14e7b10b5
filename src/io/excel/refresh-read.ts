import { rangeA1 } from '../../core/address';
import type { ReportGrid } from '../../core/grid';
import { halve, inSequence, packBlocks } from './chunks';
import type { RowBlock } from './chunks';
import { ExcelWriteError, isPayloadLimit } from './errors';
import type { Limits } from './options';
import { blockWidth, parseNameComment } from './write-block';

/**
 * What refresh reads before it writes anything: where the block is (by its defined name), the
 * name's formula and comment, the row keys and Kommentar cells of the old block, its column
 * widths and hidden states (to restore them if the refresh fails), and the cells a larger new
 * block would cover. Single columns and strips are read in syncs bounded by the sync budget.
 */
export type OldBlock = {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly formula: string;
  readonly comment: string;
  /** The old block has the hidden key column and the grid has keys: rows match by key, else by label. */
  readonly byKeys: boolean;
  /** The rectangle the refresh may change: the old block and the new one together. */
  readonly union: { readonly rows: number; readonly cols: number };
  /** Per old row: its key (hidden key column, else the label in the first column). */
  readonly keys: readonly unknown[];
  /** Per old row: its Kommentar cell, or empty when the grid has no comment column. */
  readonly comments: readonly unknown[];
  /** Widths (points) and hidden states of the union's columns, to restore them. */
  readonly widths: readonly (number | null)[];
  readonly hidden: readonly (boolean | null)[];
};

/** Short keys and comments; a longer text costs a halving and one more sync. */
const BYTES_PER_CELL = 24;

export function sheetOf(address: string): string {
  return address.slice(0, address.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
}

/**
 * Reads the blocks' values. `extra` queues further small loads for the first sync; a sync that
 * failed loaded nothing, so they are queued again with the first retry.
 */
async function readValues(context: Excel.RequestContext, sheet: string, blocks: readonly RowBlock[], limits: Limits, extra: () => void): Promise<Map<number, unknown[][]>> {
  const out = new Map<number, unknown[][]>();
  let again: (() => void) | null = null;
  extra();
  const plan = packBlocks(blocks.map((block) => ({ block, bytesPerCell: BYTES_PER_CELL })), limits.syncBudgetBytes, limits.maxCellsPerRead);
  const readSync = async (chunk: readonly RowBlock[]): Promise<void> => {
    const ranges = chunk.map((b) => {
      const r = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(b.row, b.col, b.rows, b.cols);
      r.load('values');
      return r;
    });
    try {
      await context.sync();
      again = null;
    } catch (e) {
      if (!isPayloadLimit(e) || chunk.every((b) => b.rows < 2)) throw e;
      again?.();
      return inSequence(chunk.flatMap(halve).map((b) => [b]), readSync);
    }
    chunk.forEach((b, i) => {
      const rows = out.get(b.key) ?? [];
      rows.push(...(ranges[i].values as unknown[][]));
      out.set(b.key, rows);
    });
  };
  again = extra;
  await inSequence(plan, readSync);
  return out;
}

const KEYS = 0;
const COMMENTS = 1;
const BELOW = 2;
const RIGHT = 3;

function firstNonEmpty(rows: unknown[][] | undefined, row: number, col: number): string | null {
  for (let i = 0; i < (rows?.length ?? 0); i++) {
    const j = (rows as unknown[][])[i].findIndex((v) => v !== '' && v !== null && v !== undefined);
    if (j >= 0) return rangeA1(row + i, col + j, 1, 1);
  }
  return null;
}

export async function readOldBlock(context: Excel.RequestContext, grid: ReportGrid, limits: Limits): Promise<OldBlock> {
  const named = context.workbook.names.getItemOrNullObject(grid.name);
  named.load('formula,comment');
  const range = named.getRangeOrNullObject();
  range.load('address,rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  // No name, or a name whose sheet was deleted (=#REF!): the report is gone, as in the file adapter.
  if (named.isNullObject || range.isNullObject) throw new ExcelWriteError('report-not-found', { name: grid.name });
  const sheet = sheetOf(range.address);
  const { rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols } = range;
  const layout = parseNameComment(named.comment);
  const keyCol = layout.keys && grid.rowKeys !== undefined ? cols - 1 : 0;
  const commentCol = layout.comment >= 0 ? layout.comment : (grid.commentColumn ?? -1);
  const newRows = Math.max(1, grid.rows.length);
  const newCols = blockWidth(grid);
  const blocks: RowBlock[] = [{ key: KEYS, row, col: col + keyCol, rows, cols: 1 }];
  if (grid.commentColumn !== undefined && commentCol >= 0 && commentCol < cols) blocks.push({ key: COMMENTS, row, col: col + commentCol, rows, cols: 1 });
  if (newRows > rows) blocks.push({ key: BELOW, row: row + rows, col, rows: newRows - rows, cols: newCols });
  if (newCols > cols) blocks.push({ key: RIGHT, row, col: col + cols, rows: Math.min(rows, newRows), cols: newCols - cols });
  const ws = context.workbook.worksheets.getItem(sheet);
  const columns = Array.from({ length: Math.max(cols, newCols) }, (_, j) => ws.getRangeByIndexes(row, col + j, 1, 1));
  const loadColumns = (): void => columns.forEach((c) => void (c.load('columnHidden'), c.format.load('columnWidth')));
  const values = await readValues(context, sheet, blocks, limits, loadColumns);
  const hit = firstNonEmpty(values.get(BELOW), row + rows, col) ?? firstNonEmpty(values.get(RIGHT), row, col + cols);
  if (hit) throw new ExcelWriteError('refresh-would-overwrite', { sheet, address: hit, name: grid.name });
  const column = (key: number): unknown[] => (values.get(key) ?? []).map((r) => r[0]);
  return {
    sheet, row, col, rows, cols,
    formula: String(named.formula),
    comment: named.comment,
    byKeys: layout.keys && grid.rowKeys !== undefined,
    union: { rows: Math.max(rows, newRows), cols: Math.max(cols, newCols) },
    keys: column(KEYS),
    comments: column(COMMENTS),
    widths: columns.map((c) => c.format.columnWidth),
    hidden: columns.map((c) => c.columnHidden),
  };
}
