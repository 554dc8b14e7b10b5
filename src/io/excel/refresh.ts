import { quoteSheet, rangeA1 } from '../../core/address';
import type { ReportGrid } from '../../core/grid';
import type { WriteResult } from '../../core/port';
import { draftsKey } from '../../core/commentary/refresh-commentary';
import { ExcelWriteError } from './errors';
import type { Limits, SettingsStore, Supports } from './options';
import { readBackup, writeBackup } from './refresh-backup';
import type { CellBackup } from './refresh-backup';
import { planBlock } from '../../core/block/plan';
import { checkRoom, metaValue, readOldBlock } from './refresh-read';
import type { OldBlock } from './refresh-read';
import { nameComment, queueColumns } from './write-block';
import { prepareWrite, writeInChunks } from './write-chunks';
import { queueCharts, queueDeleteOwnCharts } from './charts';
import { deleteHiddenSheet } from './delete-sheet';
import { METADATA_SHEET, blockEntries, metaBatches, metaChanges, rideAlong, runBatches } from './meta-sheet';
import type { MetaChange } from './meta-sheet';
import { withUserCommentary } from './commentary';
import { planKey } from './format-record';
import type { FormatRecord } from './format-record';
import { checkedRecord, restoreFormats } from './refresh-formats';
import { loadView, queueRestoreView, queueView, readView } from './refresh-view';
import type { SheetView } from './refresh-view';

/**
 * Refresh, so that a failure at any step leaves the workbook as it was:
 * 1. read (nothing written): the block by its defined name, its row keys (KR_Metadata, or the
 *    hidden key column of a block an earlier version wrote), first and Kommentar cells, its drafted
 *    commentary, its column widths, and the cells a larger new block would cover;
 * 2. stage: the new block, with the comments and the user's commentary put back, on a hidden
 *    temporary sheet at the same cells, in size-bounded syncs like insert (a formula or format the
 *    host refuses fails here, before the report is touched); with Range.copyFrom (ExcelApi 1.9)
 *    the old block, with its formats and conditional formats, is copied to a second hidden sheet;
 *    the block's KR_Metadata rows (rowKeys, drafts) are written, in bounded syncs when large;
 * 3. commit, one small sync: clear the old block (an older block's key column with it), copy the
 *    staged block into place, set the widths, point the same defined name at the new range (its
 *    formula, so the name never goes away), delete the temporary sheets.
 * Any failure after step 1 runs a restore in a new Excel.run: the old block is copied back from
 * the second sheet (clear, copy, widths, the name's old formula and comment), the old KR_Metadata
 * rows are written back exactly as read (or the sheet, if this refresh created it, deleted), and
 * the temporary sheets are deleted. Hosts without copyFrom (ExcelApi 1.7–1.8) rewrite the block
 * in place in chunks and restore from what they read before: contents, number formats, widths
 * and the name, and the fills, fonts, borders, alignments and conditional formats the add-in
 * wrote, from the block's format record in KR_Metadata (format-record.ts) when the old block's
 * contents show it is the block that record describes.
 */
export type RefreshDeps = { readonly run: typeof Excel.run; readonly supports: Supports; readonly limits: Limits; readonly tempSheetName: () => string; readonly settings?: SettingsStore };

type Progress = {
  old: OldBlock | null;
  touched: boolean;
  backup: CellBackup | null;
  /** ExcelApi 1.7–1.8: the old block's formats to re-apply after the backup, when its record matches. */
  formats: FormatRecord | null;
  /** KR_Metadata rows this refresh writes (and whether it creates the sheet), once it may have begun. */
  meta: { readonly changes: readonly MetaChange[]; readonly created: boolean } | null;
  /** The header row heights and frozen panes before the refresh (read with the first staged chunk). */
  view: SheetView | null;
  /** Set just before the sync that deletes the staged (and kept) sheet, the commit's last operations. */
  result: WriteResult | null;
};

function absolute(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const [a, b] = rangeA1(row, col, rows, cols).split(':');
  const abs = (c: string): string => c.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `=${quoteSheet(sheet)}!${abs(a)}${b ? `:${abs(b)}` : ''}`;
}

/** Puts back the widths the commit set (queueColumns) and the hidden state of an older block's key column, nothing else. */
function queueWidths(ws: Excel.Worksheet, old: OldBlock, grid: ReportGrid): void {
  old.widths.forEach((w, j) => {
    const column = ws.getRangeByIndexes(old.row, old.col + j, 1, 1);
    if (w !== null && j < grid.columnWidths.length) column.format.columnWidth = w;
    if (old.hidden[j] !== null && j === old.keyColumn) column.columnHidden = old.hidden[j] as boolean;
  });
}

/** Step 1 and the commentary: the old block, and the grid to write with the user's paragraphs in it. */
async function prepare(context: Excel.RequestContext, deps: RefreshDeps, fresh: ReportGrid): Promise<{ old: OldBlock; grid: ReportGrid; kept: WriteResult['keptParagraphs'] }> {
  const read = await readOldBlock(context, fresh, deps.limits);
  const drafts = metaValue(read.meta, draftsKey(fresh.name), fresh.name);
  const merged = withUserCommentary(fresh, { storedKeys: read.storedKeys, firstColumn: read.firstColumn, drafts }, deps.settings);
  const grid = merged.grid;
  let old = read;
  if (grid.rows.length > read.union.rows) {
    await checkRoom(context, read, grid, deps.limits);
    old = { ...read, union: { rows: grid.rows.length, cols: read.union.cols } };
  }
  return { old, grid, kept: merged.kept.length > 0 ? merged.kept : undefined };
}

/** Empties the old ∪ new rectangle: its cells, formats and conditional formats. */
function clearBlock(union: Excel.Range): void {
  union.conditionalFormats.clearAll();
  union.clear('All');
}

async function stageAndCommit(context: Excel.RequestContext, deps: RefreshDeps, fresh: ReportGrid, names: { staged: string; kept: string }, progress: Progress): Promise<WriteResult> {
  const { old, grid, kept: keptParagraphs } = await prepare(context, deps, fresh);
  progress.old = old;
  const plan = planBlock(grid, { row: old.row, col: old.col }, old, 'metadata');
  const { rows, cols } = plan;
  const dropped = plan.droppedComments.length > 0 ? { droppedComments: plan.droppedComments } : {};
  const result = { sheet: old.sheet, address: rangeA1(old.row, old.col, rows, cols), name: grid.name, ...(keptParagraphs ? { keptParagraphs } : {}), ...dropped };
  const ws = context.workbook.worksheets.getItem(old.sheet);
  const named = context.workbook.names.getItem(grid.name);
  const union = ws.getRangeByIndexes(old.row, old.col, old.union.rows, old.union.cols);
  // The sheet's charts, loaded with the first staged chunk: the add-in's own are replaced at the commit.
  const charts = ws.charts.load('items/name');
  const replaceCharts = (): void => {
    queueDeleteOwnCharts(charts, grid.name);
    queueCharts({ ws, row: old.row, col: old.col }, grid, grid.name, deps.supports);
  };
  const stage = context.workbook.worksheets.add(names.staged);
  stage.visibility = 'Hidden';
  const prepared = prepareWrite(grid, { row: old.row, col: old.col }, deps.limits);
  const viewBefore = loadView(ws, plan);
  await writeInChunks(context, deps, { ws: stage, row: old.row, col: old.col }, grid, plan.comments, {}, prepared);
  progress.view = readView(viewBefore);
  const switchName = (): void => {
    named.formula = absolute(old.sheet, old.row, old.col, rows, cols);
    named.comment = nameComment(grid);
    // An older block's hidden key column is inside the cleared rectangle: the column shows again.
    if (old.keyColumn > 0) ws.getRangeByIndexes(old.row, old.col + old.keyColumn, 1, 1).columnHidden = false;
  };
  const changes = metaChanges(old.meta, blockEntries(grid, grid.name, prepared));
  progress.meta = { changes, created: !old.meta.exists };
  const meta = rideAlong(metaBatches(context, changes, 'to', deps.limits, !old.meta.exists), deps.limits);
  await runBatches(context, meta.own);
  if (deps.supports('ExcelApi', '1.9')) {
    const keptSheet = context.workbook.worksheets.add(names.kept);
    keptSheet.visibility = 'Hidden';
    keptSheet.getRangeByIndexes(old.row, old.col, old.union.rows, old.union.cols).copyFrom(union, 'All');
    await context.sync();
    progress.touched = true;
    clearBlock(union);
    ws.getRangeByIndexes(old.row, old.col, rows, cols).copyFrom(stage.getRangeByIndexes(old.row, old.col, rows, cols), 'All');
    queueColumns(ws, plan);
    queueView(ws, plan);
    switchName();
    replaceCharts();
    meta.along?.queue();
    deleteHiddenSheet(stage);
    deleteHiddenSheet(keptSheet);
    progress.result = result;
    await context.sync();
  } else {
    progress.formats = await checkedRecord(context, ws, old, metaValue(old.meta, planKey(grid.name), grid.name, 'absent'));
    progress.backup = await readBackup(context, old.sheet, { row: old.row, col: old.col, ...old.union }, deps.limits);
    progress.touched = true;
    progress.result = result;
    await writeInChunks(context, deps, { ws, row: old.row, col: old.col }, grid, plan.comments, {
      before: () => clearBlock(union),
      last: () => {
        queueView(ws, plan);
        switchName();
        replaceCharts();
        meta.along?.queue();
        deleteHiddenSheet(stage);
      },
      sheetRows: false,
    }, prepared);
  }
  return result;
}

/**
 * Puts the old block and its KR_Metadata rows back (when the write may have begun) and removes
 * the temporary sheets; 'committed' instead when the commit's sync was applied and only its reply
 * lost: the temporary sheets, deleted by its last operations, are gone, so the block, the name
 * and KR_Metadata are all in the new state, and undoing part of that would mix old and new.
 */
async function restore(deps: RefreshDeps, grid: ReportGrid, names: { staged: string; kept: string }, progress: Progress): Promise<'restored' | 'committed'> {
  return deps.run(async (context) => {
    const staged = context.workbook.worksheets.getItemOrNullObject(names.staged);
    const kept = context.workbook.worksheets.getItemOrNullObject(names.kept);
    const metaSheet = context.workbook.worksheets.getItemOrNullObject(METADATA_SHEET);
    await context.sync();
    if (progress.result !== null && staged.isNullObject && kept.isNullObject) return 'committed';
    const old = progress.old;
    if (old !== null && progress.touched) {
      const ws = context.workbook.worksheets.getItem(old.sheet);
      const union = ws.getRangeByIndexes(old.row, old.col, old.union.rows, old.union.cols);
      if (progress.backup !== null) {
        clearBlock(union);
        await context.sync();
        await writeBackup(context, old.sheet, progress.backup, deps.limits);
        if (progress.formats !== null) await restoreFormats(context, ws, deps.supports, old, progress.formats);
      } else if (!kept.isNullObject) {
        clearBlock(union);
        union.copyFrom(kept.getRangeByIndexes(old.row, old.col, old.union.rows, old.union.cols), 'All');
      }
      queueWidths(ws, old, grid);
      if (progress.view !== null) queueRestoreView(ws, old.col, progress.view);
      const named = context.workbook.names.getItem(grid.name);
      named.formula = old.formula;
      named.comment = old.comment;
    }
    const meta = progress.meta;
    if (meta !== null && meta.created && !metaSheet.isNullObject) deleteHiddenSheet(metaSheet);
    if (meta !== null && !meta.created) await runBatches(context, metaBatches(context, meta.changes, 'from', deps.limits, false));
    if (!staged.isNullObject) deleteHiddenSheet(staged);
    if (!kept.isNullObject) deleteHiddenSheet(kept);
    await context.sync();
    return 'restored';
  });
}

export async function refreshGrid(deps: RefreshDeps, grid: ReportGrid): Promise<WriteResult> {
  const names = { staged: deps.tempSheetName(), kept: deps.tempSheetName() };
  const progress: Progress = { old: null, touched: false, backup: null, formats: null, meta: null, view: null, result: null };
  try {
    return await deps.run((context) => stageAndCommit(context, deps, grid, names, progress));
  } catch (e) {
    const sheet = progress.old?.sheet ?? '';
    if (e instanceof ExcelWriteError && !progress.touched && progress.meta === null) {
      await restore(deps, grid, names, progress).catch(() => undefined);
      throw e;
    }
    try {
      // The commit's reply lost after Excel applied it: the refresh is done.
      if ((await restore(deps, grid, names, progress)) === 'committed' && progress.result !== null) return progress.result;
    } catch (restoreError) {
      throw new ExcelWriteError('refresh-failed', { name: grid.name, sheet }, { write: e, restore: restoreError });
    }
    // ExcelApi 1.7–1.8 without a format record that fits: contents are back, the formats are not.
    const formatsLost = progress.touched && progress.backup !== null && progress.formats === null;
    throw new ExcelWriteError(formatsLost ? 'refresh-not-done-formats' : 'refresh-not-done', { name: grid.name, sheet }, e);
  }
}
