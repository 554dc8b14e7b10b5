import { rangeA1 } from '../../core/address';
import type { ReportGrid } from '../../core/grid';
import type { WriteResult } from '../../core/port';
import { ExcelWriteError, officeCode } from './errors';
import { inventoryOf, uniqueDefinedName, uniqueSheetName } from './inventory';
import type { Inventory } from './inventory';
import type { Limits, Supports } from './options';
import { blockWidth, nameComment, queueSheetSetup } from './write-block';
import { prepareWrite, writeInChunks } from './write-chunks';
import { queueCharts } from './charts';
import { deleteHiddenSheet } from './delete-sheet';
import { METADATA_SHEET, blockEntries, blockKeys, metaBatches, metaChanges, readMetaState, rideAlong, runBatches } from './meta-sheet';
import type { MetaChange } from './meta-sheet';

/**
 * Insert: the report goes on a new sheet, built under a temporary name and given its real name
 * (and its defined name) in the last sync, so a failure part-way leaves a sheet that is surely
 * ours; that sheet and the name are then deleted, KR_Metadata's rows put back as they were (or
 * the sheet deleted if this insert created it) and a typed error is thrown. Source sheets are
 * never written. The block's row keys and drafts go in KR_Metadata (meta-sheet.ts): when the
 * sheet is there its keys are read first (one sync), and small entries ride along with the
 * block's first sync. One or two syncs for a report when the inventory is known from the snapshot.
 */
export type InsertDeps = { readonly run: typeof Excel.run; readonly supports: Supports; readonly limits: Limits; readonly tempSheetName: () => string };

export async function listInventory(run: typeof Excel.run): Promise<Inventory> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name');
    await context.sync();
    return inventoryOf(sheets.items.map((s) => s.name), names.items.map((n) => n.name));
  });
}

/** KR_Metadata rows the insert writes, once known (whether it creates the sheet). */
type MetaProgress = { meta: { readonly changes: readonly MetaChange[]; readonly created: boolean } | null };

async function cleanUp(deps: InsertDeps, temp: string, name: string, progress: MetaProgress): Promise<void> {
  await deps.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(temp);
    const named = context.workbook.names.getItemOrNullObject(name);
    const metaSheet = context.workbook.worksheets.getItemOrNullObject(METADATA_SHEET);
    named.load('formula');
    await context.sync();
    // Only a name that points at our sheet is ours; a same-named one of the user's stays.
    if (!named.isNullObject && named.formula.includes(temp)) named.delete();
    if (!ws.isNullObject) ws.delete();
    const meta = progress.meta;
    if (meta !== null && meta.created && !metaSheet.isNullObject) deleteHiddenSheet(metaSheet);
    if (meta !== null && !meta.created) await runBatches(context, metaBatches(context, meta.changes, 'from', deps.limits, false));
    await context.sync();
  });
}

async function attempt(deps: InsertDeps, grid: ReportGrid, at: { sheetName: string; name: string; temp: string; metaExists: boolean }, progress: MetaProgress): Promise<void> {
  const { sheetName, name, temp } = at;
  await deps.run(async (context) => {
    const prepared = prepareWrite(grid, { row: 0, col: 0 }, deps.limits);
    const values = blockEntries(grid, name, prepared);
    // Absent by the inventory is asked again: deleting a KR_Metadata this insert did not create would lose every report's keys.
    const state = await readMetaState(context, blockKeys(name), deps.limits, at.metaExists ? true : undefined);
    const changes = metaChanges(state, values);
    progress.meta = { changes, created: !state.exists };
    // The report's sheet first, so KR_Metadata comes after it as in a file the file adapter wrote.
    const ws = context.workbook.worksheets.add(temp);
    const meta = rideAlong(metaBatches(context, changes, 'to', deps.limits, !state.exists), deps.limits);
    await runBatches(context, meta.own);
    await writeInChunks(context, deps, { ws, row: 0, col: 0 }, grid, new Map(), {
      before: () => meta.along?.queue(),
      first: (plan) => queueSheetSetup(ws, plan, deps.supports),
      last: () => {
        // The add-in's own data sheets (the forecast history) go in hidden and never take the focus.
        if (grid.visibility === 'hidden') ws.visibility = 'Hidden';
        else ws.activate();
        context.workbook.names.add(name, ws.getRangeByIndexes(0, 0, Math.max(1, grid.rows.length), blockWidth(grid)), nameComment(grid));
        queueCharts({ ws, row: 0, col: 0 }, grid, name, deps.supports);
        // Last: until this succeeds the sheet carries the temporary name, so cleanup finds only ours.
        ws.name = sheetName;
      },
    }, prepared);
  });
}

export async function insertGrid(deps: InsertDeps, grid: ReportGrid, known: Inventory | null, retried = false): Promise<{ result: WriteResult; inventory: Inventory }> {
  const inventory = known ?? (await listInventory(deps.run));
  const sheetName = uniqueSheetName(grid.sheetName, inventory.sheets);
  const name = uniqueDefinedName(grid.name, inventory.names);
  const temp = deps.tempSheetName();
  const progress: MetaProgress = { meta: null };
  try {
    await attempt(deps, grid, { sheetName, name, temp, metaExists: inventory.sheets.has(METADATA_SHEET.toLowerCase()) }, progress);
  } catch (e) {
    try {
      await cleanUp(deps, temp, name, progress);
    } catch (cleanupError) {
      throw new ExcelWriteError('insert-failed', { sheet: sheetName }, { write: e, cleanup: cleanupError });
    }
    // A stale inventory (the user added a same-named sheet meanwhile): look again, once.
    if (officeCode(e) === 'ItemAlreadyExists' && !retried) return insertGrid(deps, grid, null, true);
    // The user's own KR_Metadata: refused before anything was written, said as it is.
    if (e instanceof ExcelWriteError && e.code === 'metadata-sheet-taken') throw e;
    throw new ExcelWriteError('insert-failed', { sheet: sheetName }, e);
  }
  const sheets = new Set(inventory.sheets).add(sheetName.toLowerCase()).add(METADATA_SHEET.toLowerCase());
  const names = new Set(inventory.names).add(name.toLowerCase());
  return {
    result: { sheet: sheetName, address: rangeA1(0, 0, Math.max(1, grid.rows.length), blockWidth(grid)), name },
    inventory: { sheets, names },
  };
}
