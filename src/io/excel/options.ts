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
  /** Cells one sheet's used range may hold before a read refuses it (default MAX_CELLS_PER_SHEET). */
  readonly maxCellsPerSheet?: number;
  /** Cells all sheets read together may hold (default MAX_CELLS_TOTAL). */
  readonly maxCellsTotal?: number;
};

export type Limits = { readonly syncBudgetBytes: number; readonly maxCellsPerRead: number; readonly maxCellsPerSheet: number; readonly maxCellsTotal: number };

/**
 * How much a snapshot may read. The used range is a rectangle, so one stray value at XFD1048576
 * makes it 17 179 869 184 cells; without a bound the read would run for hours and exhaust the
 * task pane's memory long before. A sheet: every row Excel has (1 048 576) across 16 columns, the
 * widest ledger layout the readers know (HEAD_COLS), 16 777 216 cells. In total: 20 000 000
 * cells. At the reader's 12 bytes per cell that is about 240 MB over some 52 syncs of 4.6 MB, and
 * some 20 M JavaScript values (roughly 0.5 GB) held at once, about what a task pane's WebView can
 * be expected to carry. It is the same order as the file path's bound (80 MB of sheet XML, about
 * 2–3 M cells at the 28–38 bytes per cell measured there) times the ten it saves by not building
 * exceljs's object model. Real ledgers (a municipality's year: 200 000 rows × 10 columns = 2 M
 * cells) stay far below both.
 */
export const MAX_CELLS_PER_SHEET = 1_048_576 * 16;
export const MAX_CELLS_TOTAL = 20_000_000;

export const DEFAULT_LIMITS: Limits = { syncBudgetBytes: 4_600_000, maxCellsPerRead: 5_000_000, maxCellsPerSheet: MAX_CELLS_PER_SHEET, maxCellsTotal: MAX_CELLS_TOTAL };

/** The key under which the add-in keeps its settings in the document. */
export const SETTINGS_KEY = 'kommunrapport';
