import type { ReportGrid } from '../../core/grid';
import type { ReportRef, Settings, SnapshotRequest, WorkbookPort, WriteMode, WriteResult } from '../../core/port';
import { openPackage } from './pkg/package';
import { readWorkbookInfo } from './read/workbook-info';
import { snapshotDefinedNames } from './read/defined-names';
import { readWorkbookBuffer } from './read-buffer';
import { toBytes } from './zip-guard';
import { writeGridsToPackage } from './write/report-writer';
import { readSettings, writeSettings } from './write/settings';

/**
 * The WorkbookPort on an in-memory .xlsx or .xlsm (standalone browser page and CLI). The port
 * holds the package's bytes: snapshots read them with the streaming reader, writes replace them
 * with the package writer's output (write/), and `bytes()` returns them. Settings live on the
 * very hidden KR_Metadata sheet (see metadata.ts), so they travel with the file. There is no UI
 * here: selectCell only records the selection, which `selection()` returns.
 * A damaged settings entry makes loadSettings reject with XlsxReadError('settings-damaged');
 * saveSettings overwrites it.
 * Macro workbooks are written like any other: the VBA project is copied byte for byte.
 * Creating the port checks the package (zip and workbook part), so it is async. Browser-safe: no fs.
 */
export type Selection = { readonly sheet: string; readonly address: string };

export type FilePort = WorkbookPort & {
  readonly fileName: string;
  bytes(): Promise<Uint8Array>;
  /** The last cell passed to selectCell, if any. */
  selection(): Selection | null;
};

export const REPORT_NAME_PREFIX = 'KR_';

export async function createFilePort(data: Uint8Array, fileName: string): Promise<FilePort> {
  let bytes = toBytes(data);
  readWorkbookInfo(openPackage(bytes));
  let selected: Selection | null = null;
  return {
    kind: 'file',
    fileName,
    snapshot: async (request: SnapshotRequest = {}) => readWorkbookBuffer(bytes, request),
    writeGrid: async (grid: ReportGrid, mode: WriteMode): Promise<WriteResult> => {
      const written = writeGridsToPackage(bytes, [grid], mode);
      bytes = written.bytes;
      return written.results[0];
    },
    listReports: async (): Promise<readonly ReportRef[]> =>
      snapshotDefinedNames(readWorkbookInfo(openPackage(bytes)))
        .filter((n) => n.name.startsWith(REPORT_NAME_PREFIX))
        .map((n) => ({ name: n.name, sheet: n.sheet, address: n.range })),
    selectCell: async (sheet: string, address: string) => {
      selected = { sheet, address };
    },
    loadSettings: async (): Promise<Settings> => readSettings(bytes),
    saveSettings: async (settings: Settings) => {
      bytes = writeSettings(bytes, settings);
    },
    bytes: async () => bytes,
    selection: () => selected,
  };
}
