import { quoteSheet, rangeA1 } from '../../core/address';
import type { ReportGrid } from '../../core/grid';
import type { WriteResult } from '../../core/port';
import { ExcelWriteError } from './errors';
import type { Limits, Supports } from './options';
import { readBackup, writeBackup } from './refresh-backup';
import type { CellBackup } from './refresh-backup';
import { planBlock } from '../../core/block/plan';
import { readOldBlock } from './refresh-read';
import type { OldBlock } from './refresh-read';
import { gridWidth } from './cell-input';
import { blockWidth, hasKeys, nameComment, queueColumns } from './write-block';
import { writeInChunks } from './write-chunks';
import { queueCharts, queueDeleteOwnCharts } from './charts';

/**
 * Refresh, so that a failure at any step leaves the workbook as it was:
 * 1. read (nothing written): the block by its defined name, its keys and Kommentar cells, its
 *    column widths, and the cells a larger new block would cover;
 * 2. stage: the new block, with the comments put back, on a hidden temporary sheet at the same
 *    cells, in size-bounded syncs like insert (a formula or format the host refuses fails here,
 *    before the report is touched); with Range.copyFrom (ExcelApi 1.9) the old block, with its
 *    formats and conditional formats, is copied to a second hidden sheet;
 * 3. commit, one small sync: clear the old block, copy the staged block into place, set the
 *    widths, point the same defined name at the new range (its formula, so the name never goes
 *    away), delete the temporary sheets.
 * Any failure after step 1 runs a restore in a new Excel.run: the old block is copied back from
 * the second sheet (clear, copy, widths, the name's old formula and comment) and the temporary
 * sheets are deleted. Hosts without copyFrom (ExcelApi 1.7–1.8) rewrite the block in place in
 * chunks and restore from what step 1 read: contents, number formats, widths and the name, but
 * not the old fills, fonts, borders or conditional formats (the next refresh renders them).
 */
export type RefreshDeps = { readonly run: typeof Excel.run; readonly supports: Supports; readonly limits: Limits; readonly tempSheetName: () => string };

type Progress = { old: OldBlock | null; touched: boolean; backup: CellBackup | null };

function absolute(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const [a, b] = rangeA1(row, col, rows, cols).split(':');
  const abs = (c: string): string => c.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `=${quoteSheet(sheet)}!${abs(a)}${b ? `:${abs(b)}` : ''}`;
}

/** Puts back the widths and the hidden state of the columns the commit set (queueColumns), nothing else. */
function queueWidths(ws: Excel.Worksheet, old: OldBlock, grid: ReportGrid): void {
  const keyColumn = hasKeys(grid) ? gridWidth(grid) : -1;
  old.widths.forEach((w, j) => {
    const column = ws.getRangeByIndexes(old.row, old.col + j, 1, 1);
    if (w !== null && j < grid.columnWidths.length) column.format.columnWidth = w;
    if (old.hidden[j] !== null && j === keyColumn) column.columnHidden = old.hidden[j] as boolean;
  });
}

async function stageAndCommit(context: Excel.RequestContext, deps: RefreshDeps, grid: ReportGrid, names: { staged: string; kept: string }, progress: Progress): Promise<WriteResult> {
  const old = await readOldBlock(context, grid, deps.limits);
  progress.old = old;
  const rows = Math.max(1, grid.rows.length);
  const cols = blockWidth(grid);
  const plan = planBlock(grid, { row: old.row, col: old.col }, old, 'column');
  const comments = plan.comments;
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
  await writeInChunks(context, deps, { ws: stage, row: old.row, col: old.col }, grid, comments);
  const switchName = (): void => {
    named.formula = absolute(old.sheet, old.row, old.col, rows, cols);
    named.comment = nameComment(grid);
  };
  if (deps.supports('ExcelApi', '1.9')) {
    const kept = context.workbook.worksheets.add(names.kept);
    kept.visibility = 'Hidden';
    kept.getRangeByIndexes(old.row, old.col, old.union.rows, old.union.cols).copyFrom(union, 'All');
    await context.sync();
    progress.touched = true;
    union.conditionalFormats.clearAll();
    union.clear('All');
    ws.getRangeByIndexes(old.row, old.col, rows, cols).copyFrom(stage.getRangeByIndexes(old.row, old.col, rows, cols), 'All');
    queueColumns(ws, plan);
    switchName();
    replaceCharts();
    stage.delete();
    kept.delete();
    await context.sync();
  } else {
    progress.backup = await readBackup(context, old.sheet, { row: old.row, col: old.col, ...old.union }, deps.limits);
    progress.touched = true;
    await writeInChunks(context, deps, { ws, row: old.row, col: old.col }, grid, comments, {
      before: () => {
        union.conditionalFormats.clearAll();
        union.clear('All');
      },
      last: () => {
        switchName();
        replaceCharts();
        stage.delete();
      },
      sheetRows: false,
    });
  }
  return { sheet: old.sheet, address: rangeA1(old.row, old.col, rows, cols), name: grid.name };
}

/** Puts the old block back (when the commit may have begun) and removes the temporary sheets. */
async function restore(deps: RefreshDeps, grid: ReportGrid, names: { staged: string; kept: string }, progress: Progress): Promise<void> {
  await deps.run(async (context) => {
    const staged = context.workbook.worksheets.getItemOrNullObject(names.staged);
    const kept = context.workbook.worksheets.getItemOrNullObject(names.kept);
    await context.sync();
    const old = progress.old;
    if (old !== null && progress.touched) {
      const ws = context.workbook.worksheets.getItem(old.sheet);
      const union = ws.getRangeByIndexes(old.row, old.col, old.union.rows, old.union.cols);
      if (progress.backup !== null) {
        union.conditionalFormats.clearAll();
        union.clear('All');
        await context.sync();
        await writeBackup(context, old.sheet, progress.backup, deps.limits);
      } else if (!kept.isNullObject) {
        union.conditionalFormats.clearAll();
        union.clear('All');
        union.copyFrom(kept.getRangeByIndexes(old.row, old.col, old.union.rows, old.union.cols), 'All');
      }
      queueWidths(ws, old, grid);
      const named = context.workbook.names.getItem(grid.name);
      named.formula = old.formula;
      named.comment = old.comment;
    }
    if (!staged.isNullObject) staged.delete();
    if (!kept.isNullObject) kept.delete();
    await context.sync();
  });
}

export async function refreshGrid(deps: RefreshDeps, grid: ReportGrid): Promise<WriteResult> {
  const names = { staged: deps.tempSheetName(), kept: deps.tempSheetName() };
  const progress: Progress = { old: null, touched: false, backup: null };
  try {
    return await deps.run((context) => stageAndCommit(context, deps, grid, names, progress));
  } catch (e) {
    const sheet = progress.old?.sheet ?? '';
    if (e instanceof ExcelWriteError && !progress.touched) {
      await restore(deps, grid, names, progress).catch(() => undefined);
      throw e;
    }
    try {
      await restore(deps, grid, names, progress);
    } catch (restoreError) {
      throw new ExcelWriteError('refresh-failed', { name: grid.name, sheet }, { write: e, restore: restoreError });
    }
    throw new ExcelWriteError('refresh-not-done', { name: grid.name, sheet }, e);
  }
}
