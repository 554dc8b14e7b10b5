import { rangeA1 } from '../../core/address';
import type { ReportGrid } from '../../core/grid';
import { halve, inSequence, packBlocks } from './chunks';
import type { RowBlock } from './chunks';
import { ExcelWriteError, isPayloadLimit } from './errors';
import type { Limits } from './options';
import { blockWidth, parseNameComment } from './write-block';
import { METADATA_SHEET, blockKeys, keysBlock, readMetaState, rowKeysKey } from './meta-sheet';
import type { MetaState } from './meta-sheet';

/**
 * What refresh reads before it writes anything: where the block is (by its defined name), the
 * name's formula and comment, the row keys (KR_Metadata `rowKeys:<name>`, or the hidden key
 * column of a block an earlier version wrote), the first and Kommentar columns of the old block,
 * the drafted commentary (`drafts:<name>`), its column widths and hidden states (to restore them
 * if the refresh fails), and the cells a larger new block would cover. Single columns and strips
 * are read in syncs bounded by the sync budget.
 */
export type OldBlock = {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly formula: string;
  readonly comment: string;
  /** The rectangle the refresh may change: the old block and the new one together. */
  readonly union: { readonly rows: number; readonly cols: number };
  /** Per old row: its Kommentar cell, or empty when the grid has no comment column. */
  readonly comments: readonly unknown[];
  /** Widths (points) and hidden states of the union's columns, to restore them. */
  readonly widths: readonly (number | null)[];
  readonly hidden: readonly (boolean | null)[];
  /** The hidden key column of a block an earlier version wrote (index in the block), or -1. */
  readonly keyColumn: number;
  /** The row keys the old block was written with (KR_Metadata or its key column), undefined when none; core decides whether they still fit. */
  readonly storedKeys: unknown;
  /** Per old row: its first cell (the label, or a commentary paragraph). */
  readonly firstColumn: readonly unknown[];
  /** KR_Metadata as read: the block's rowKeys and drafts entries. */
  readonly meta: MetaState;
};

/** Short keys and comments; a longer text costs a halving and one more sync. */
const BYTES_PER_CELL = 24;

export function sheetOf(address: string): string {
  return address.slice(0, address.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
}

const KEYS = 0;
const COMMENTS = 1;
const BELOW = 2;
const RIGHT = 3;
const LABELS = 4;

/**
 * The strips a larger block would cover are read as formulas (the same payload): a formula of
 * the user's that shows "" is a cell of the user's, not an empty one.
 */
function loads(key: number): 'values' | 'formulas' {
  return key === BELOW || key === RIGHT ? 'formulas' : 'values';
}

/**
 * Reads the blocks' values (the strips' formulas, see loads). `extra` queues further small loads for the first sync; a sync that
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
      r.load(loads(b.key));
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
      rows.push(...((loads(b.key) === 'formulas' ? ranges[i].formulas : ranges[i].values) as unknown[][]));
      out.set(b.key, rows);
    });
  };
  again = extra;
  await inSequence(plan, readSync);
  return out;
}

function firstNonEmpty(rows: unknown[][] | undefined, row: number, col: number): string | null {
  for (let i = 0; i < (rows?.length ?? 0); i++) {
    const j = (rows as unknown[][])[i].findIndex((v) => v !== '' && v !== null && v !== undefined);
    if (j >= 0) return rangeA1(row + i, col + j, 1, 1);
  }
  return null;
}

type At = { readonly sheet: string; readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };

/** The strips the cleared rectangle (old and new block together) covers beyond `checked` (the old block, or what was checked already). */
function stripBlocks(at: At, checked: { rows: number; cols: number }, grid: ReportGrid): RowBlock[] {
  const newRows = Math.max(1, grid.rows.length);
  const newCols = blockWidth(grid);
  const out: RowBlock[] = [];
  if (newRows > checked.rows) out.push({ key: BELOW, row: at.row + checked.rows, col: at.col, rows: newRows - checked.rows, cols: Math.max(newCols, checked.cols) });
  // Every row of the old block: the refresh clears old and new together, so right of a taller
  // old block is cleared even below a shorter new one.
  if (newCols > checked.cols) out.push({ key: RIGHT, row: at.row, col: at.col + checked.cols, rows: checked.rows, cols: newCols - checked.cols });
  return out;
}

function collision(values: Map<number, unknown[][]>, blocks: readonly RowBlock[]): string | null {
  for (const b of blocks) {
    const hit = firstNonEmpty(values.get(b.key), b.row, b.col);
    if (hit) return hit;
  }
  return null;
}

/** The cells a larger `grid` would cover beyond what `checked` covered are empty, else refresh-would-overwrite. */
export async function checkRoom(context: Excel.RequestContext, old: OldBlock, grid: ReportGrid, limits: Limits): Promise<void> {
  const blocks = stripBlocks(old, { rows: old.union.rows, cols: old.union.cols }, grid);
  if (blocks.length === 0) return;
  const hit = collision(await readValues(context, old.sheet, blocks, limits, () => undefined), blocks);
  if (hit) throw new ExcelWriteError('refresh-would-overwrite', { sheet: old.sheet, address: hit, name: grid.name });
}

/** The value of a KR_Metadata entry read, undefined when there is none; damaged JSON is metadata-damaged. */
export function metaValue(meta: MetaState, key: string, name: string, damaged: 'throw' | 'absent' = 'throw'): unknown {
  const entry = meta.entries.get(key);
  if (!entry) return undefined;
  try {
    return JSON.parse(entry.chunks.join('')) as unknown;
  } catch {
    if (damaged === 'absent') return undefined;
    throw new ExcelWriteError('metadata-damaged', { name });
  }
}

/**
 * Step 1 of refresh. Syncs: the name, its range and whether KR_Metadata exists; the first,
 * key and Kommentar columns, the widths and the strips a larger block would cover; KR_Metadata's
 * keys and the block's entries (readMetaState).
 */
export async function readOldBlock(context: Excel.RequestContext, grid: ReportGrid, limits: Limits): Promise<OldBlock> {
  const named = context.workbook.names.getItemOrNullObject(grid.name);
  named.load('formula,comment');
  const range = named.getRangeOrNullObject();
  range.load('address,rowIndex,columnIndex,rowCount,columnCount');
  const metaSheet = context.workbook.worksheets.getItemOrNullObject(METADATA_SHEET);
  await context.sync();
  // No name, or a name whose sheet was deleted (=#REF!): the report is gone, as in the file adapter.
  if (named.isNullObject || range.isNullObject) throw new ExcelWriteError('report-not-found', { name: grid.name });
  const sheet = sheetOf(range.address);
  const { rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols } = range;
  const layout = parseNameComment(named.comment);
  const keyColumn = layout.keys === 'column' ? cols - 1 : -1;
  const commentCol = layout.comment >= 0 ? layout.comment : (grid.commentColumn ?? -1);
  const newCols = blockWidth(grid);
  const blocks: RowBlock[] = [{ key: LABELS, row, col, rows, cols: 1 }];
  if (keyColumn > 0) blocks.push({ key: KEYS, row, col: col + keyColumn, rows, cols: 1 });
  if (grid.commentColumn !== undefined && commentCol >= 0 && commentCol < cols) blocks.push({ key: COMMENTS, row, col: col + commentCol, rows, cols: 1 });
  const strips = stripBlocks({ sheet, row, col, rows, cols }, { rows, cols }, grid);
  blocks.push(...strips);
  const ws = context.workbook.worksheets.getItem(sheet);
  const columns = Array.from({ length: Math.max(cols, newCols) }, (_, j) => ws.getRangeByIndexes(row, col + j, 1, 1));
  // KR_Metadata's first block of keys comes with this read, when the sheet is there.
  const metaKeys = metaSheet.isNullObject ? undefined : keysBlock(context);
  const loadColumns = (): void => {
    columns.forEach((c) => void (c.load('columnHidden'), c.format.load('columnWidth')));
    metaKeys?.load('values');
  };
  const values = await readValues(context, sheet, blocks, limits, loadColumns);
  const hit = collision(values, strips);
  if (hit) throw new ExcelWriteError('refresh-would-overwrite', { sheet, address: hit, name: grid.name });
  const column = (key: number): unknown[] => (values.get(key) ?? []).map((r) => r[0]);
  const meta = await readMetaState(context, blockKeys(grid.name), limits, !metaSheet.isNullObject, metaKeys);
  // A legacy block's keys are in its hidden column: its rowKeys entry is not read, so damage there does not block the refresh.
  const storedKeys = keyColumn > 0 ? column(KEYS) : metaValue(meta, rowKeysKey(grid.name), grid.name);
  return {
    sheet, row, col, rows, cols,
    formula: String(named.formula),
    comment: named.comment,
    union: { rows: Math.max(rows, Math.max(1, grid.rows.length)), cols: Math.max(cols, newCols) },
    comments: column(COMMENTS),
    widths: columns.map((c) => c.format.columnWidth),
    hidden: columns.map((c) => c.columnHidden),
    keyColumn,
    storedKeys,
    firstColumn: column(LABELS),
    meta,
  };
}
