import type { ReportRef, WorkbookPort } from '../../core/port';
import { ExcelReadError, officeCode } from './errors';
import { insertGrid } from './insert';
import type { Inventory } from './inventory';
import { DEFAULT_LIMITS } from './options';
import type { ExcelPortOptions, Limits } from './options';
import { refreshGrid } from './refresh';
import { loadFrom, saveTo } from './settings';
import { definedNames, readSnapshot } from './snapshot';
import { sheetOf } from './refresh-read';

/** A read whose Office failure reaches the pane as ExcelReadError('read-failed'), never raw. */
async function readOrFail<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ExcelReadError) throw e;
    throw new ExcelReadError('read-failed', {}, e);
  }
}

/**
 * The WorkbookPort inside Excel. `run` is Excel.run (the simulator's in tests). The adapter keeps
 * the sheet and name inventory of its last round trip so an insert right after a snapshot needs
 * one sync; a stale inventory costs one retry, never a wrong write.
 */
function defaultTempName(): string {
  return `KR tmp ${Math.random().toString(36).slice(2, 10)}`;
}

export function createExcelPort(run: typeof Excel.run, options: ExcelPortOptions = {}): WorkbookPort {
  const supports = options.supports ?? ((set: string, version: string) => Office.context.requirements.isSetSupported(set, version));
  const limits: Limits = {
    syncBudgetBytes: options.syncBudgetBytes ?? DEFAULT_LIMITS.syncBudgetBytes,
    maxCellsPerRead: options.maxCellsPerRead ?? DEFAULT_LIMITS.maxCellsPerRead,
    maxCellsPerSheet: options.maxCellsPerSheet ?? DEFAULT_LIMITS.maxCellsPerSheet,
    maxCellsTotal: options.maxCellsTotal ?? DEFAULT_LIMITS.maxCellsTotal,
  };
  const tempSheetName = options.tempSheetName ?? defaultTempName;
  let inventory: Inventory | null = null;

  return {
    kind: 'excel',
    async snapshot(request = {}) {
      try {
        const r = await readSnapshot(run, request, limits, supports);
        inventory = r.inventory;
        return r.snapshot;
      } catch (e) {
        if (e instanceof ExcelReadError) throw e;
        const missing = officeCode(e) === 'ItemNotFound' && request.sheets ? request.sheets.join(', ') : null;
        throw missing !== null ? new ExcelReadError('sheet-not-found', { sheet: missing }, e) : new ExcelReadError('read-failed', {}, e);
      }
    },
    async writeGrid(grid, mode) {
      if (mode === 'refresh') {
        inventory = null;
        // Paragraphs of the drafted commentary the user edited stay (core/commentary), read in the refresh's read step.
        return refreshGrid({ run, supports, limits, tempSheetName, settings: options.settings }, grid);
      }
      const known = inventory;
      inventory = null;
      const r = await insertGrid({ run, supports, limits, tempSheetName }, grid, known);
      inventory = r.inventory;
      return r.result;
    },
    async listReports() {
      return readOrFail(async () =>
        run(async (context) => {
          const names = context.workbook.names.load('items/name,items/formula,items/type');
          await context.sync();
          return definedNames(names.items)
            .filter((d) => /^KR_/i.test(d.name))
            .map((d): ReportRef => ({ name: d.name, sheet: d.sheet, address: d.range }));
        }),
      );
    },
    /** A move of the selection (Gå till cell): a navigation, so its failures are read errors. */
    async selectCell(sheet, address) {
      try {
        await run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          await context.sync();
        });
      } catch (e) {
        throw officeCode(e) === 'ItemNotFound' ? new ExcelReadError('sheet-not-found', { sheet, address }, e) : new ExcelReadError('read-failed', {}, e);
      }
    },
    /** The active cell (ExcelApi 1.7), for Visa underlag on a cell the user selected in the report. */
    async selectedCell() {
      return readOrFail(async () =>
        run(async (context) => {
          const cell = context.workbook.getActiveCell();
          cell.load('address');
          await context.sync();
          return { sheet: sheetOf(cell.address), address: cell.address.slice(cell.address.lastIndexOf('!') + 1).replace(/\$/g, '') };
        }),
      );
    },
    async loadSettings() {
      return loadFrom(options.settings);
    },
    async saveSettings(settings) {
      return saveTo(options.settings, settings);
    },
  };
}
