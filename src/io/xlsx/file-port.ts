import type { Workbook } from 'exceljs';
import type { ReportGrid } from '../../core/grid';
import type { ReportRef, Settings, SnapshotRequest, WorkbookPort, WriteMode, WriteResult } from '../../core/port';
import { definedNamesOf, loadWorkbook, snapshotOf } from './read-buffer';
import { workbookBytes } from './add-grids';
import { XlsxReadError } from './errors';
import { hasMacros, inspectXlsxBytes } from './zip-guard';
import { keepDefinedNames } from './keep-names';
import { writeGridToWorkbook } from './write-grid';
import { readMeta, SETTINGS_KEY, writeMeta } from './metadata';

/**
 * The WorkbookPort on an in-memory .xlsx (standalone browser page and CLI). The workbook is
 * loaded once; writes change the in-memory copy and `bytes()` saves it. Settings live on the
 * very hidden KR_Metadata sheet (see metadata.ts), so they travel with the file. There is no
 * UI here: selectCell only records the selection, which `selection()` returns.
 * A damaged settings entry makes loadSettings reject with MetadataDamagedError (it has
 * `messages` in Swedish and English, as XlsxReadError does); saveSettings overwrites it.
 * A macro-enabled workbook (.xlsm) can be read and validated, but writeGrid and saveSettings
 * refuse it ('macro-enabled'), since saving through exceljs would drop its macros.
 * Creating the port loads the file, so it is async. Browser-safe: no fs.
 */
export type Selection = { readonly sheet: string; readonly address: string };

export type FilePort = WorkbookPort & {
  readonly fileName: string;
  bytes(): Promise<Uint8Array>;
  /** The last cell passed to selectCell, if any. */
  selection(): Selection | null;
};

export const REPORT_NAME_PREFIX = 'KR_';

function isSettings(v: unknown): v is Settings {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function portOn(wb: Workbook, fileName: string, macros: 'macros' | 'no-macros'): FilePort {
  let selected: Selection | null = null;
  const writable = (): void => {
    if (macros === 'macros') throw new XlsxReadError('macro-enabled', { file: fileName });
  };
  return {
    kind: 'file',
    fileName,
    snapshot: async (request: SnapshotRequest = {}) => snapshotOf(wb, request),
    writeGrid: async (grid: ReportGrid, mode: WriteMode): Promise<WriteResult> => {
      writable();
      return writeGridToWorkbook(wb, grid, mode);
    },
    listReports: async (): Promise<readonly ReportRef[]> =>
      definedNamesOf(wb)
        .filter((n) => n.name.startsWith(REPORT_NAME_PREFIX))
        .map((n) => ({ name: n.name, sheet: n.sheet, address: n.range })),
    selectCell: async (sheet: string, address: string) => {
      selected = { sheet, address };
    },
    loadSettings: async (): Promise<Settings> => {
      const s = readMeta(wb, SETTINGS_KEY);
      return isSettings(s) ? s : {};
    },
    saveSettings: async (settings: Settings) => {
      writable();
      writeMeta(wb, SETTINGS_KEY, settings);
    },
    bytes: async () => workbookBytes(wb),
    selection: () => selected,
  };
}

export async function createFilePort(data: Uint8Array, fileName: string): Promise<FilePort> {
  const macros = hasMacros(inspectXlsxBytes(data)) ? 'macros' : 'no-macros';
  const wb = await loadWorkbook(data);
  await keepDefinedNames(wb, data);
  return portOn(wb, fileName, macros);
}
