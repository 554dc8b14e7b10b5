/** What the Office.js adapter needs from its host besides Excel.run, injected so tests control it. */

/** Office.context.requirements.isSetSupported, e.g. supports('ExcelApi', '1.9'). */
export type Supports = (set: string, version: string) => boolean;

/** The part of Office.context.document.settings the adapter uses. */
export type SettingsStore = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: 'succeeded' | 'failed' | string; error?: { message: string } }) => void): void;
};

export type ExcelPortOptions = {
  readonly supports?: Supports;
  readonly settings?: SettingsStore;
  /** Bytes a sync may carry, reads and writes (Excel on the web refuses above 5 MB). */
  readonly syncBudgetBytes?: number;
  /** Cells a single range read may cover (Excel on the web: 5 000 000). */
  readonly maxCellsPerRead?: number;
  /** Name for the sheet a report is built on before it gets its real name. */
  readonly tempSheetName?: () => string;
};

export type Limits = { readonly syncBudgetBytes: number; readonly maxCellsPerRead: number };

export const DEFAULT_LIMITS: Limits = { syncBudgetBytes: 4_600_000, maxCellsPerRead: 5_000_000 };

/** The key under which the add-in keeps its settings in the document. */
export const SETTINGS_KEY = 'kommunrapport';
