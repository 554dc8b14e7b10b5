import type { WorkbookSnapshot } from './snapshot';
import type { ReportGrid } from './grid';

export type SnapshotRequest = {
  /** Only these sheets (all when absent). */
  readonly sheets?: readonly string[];
  /** Read number formats too (goal tables need them for percentages). */
  readonly withFormats?: boolean;
  /** Called with the share read so far (0–1) while a large file is read (the file adapter; Excel reads in few syncs). */
  readonly onProgress?: (fraction: number) => void;
};

export type WriteMode = 'insert' | 'refresh';

/** A commentary paragraph the user had edited and a refresh kept; `numbersChanged`: the draft under it has new figures. */
export type KeptParagraph = { readonly key: string; readonly numbersChanged: boolean };

/** A comment a refresh could not write back: its line is not in the new report (core/block/comments). */
export type DroppedComment = { readonly label: string; readonly text: string };

export type WriteResult = {
  readonly sheet: string;
  readonly address: string;
  readonly name: string;
  /** On refresh: the user's own commentary paragraphs that were kept instead of the new drafts. */
  readonly keptParagraphs?: readonly KeptParagraph[];
  /** On refresh: the Kommentar texts whose line is gone, not written back (the user is told, to copy them). */
  readonly droppedComments?: readonly DroppedComment[];
};

export type ReportRef = { readonly name: string; readonly sheet: string; readonly address: string };

export type Settings = Readonly<Record<string, unknown>>;

/**
 * What the app needs from a workbook. Two adapters implement it: io/excel (Office.js inside
 * Excel) and io/xlsx (exceljs on a file, in Node and in the browser).
 */
export type WorkbookPort = {
  readonly kind: 'excel' | 'file';
  snapshot(request?: SnapshotRequest): Promise<WorkbookSnapshot>;
  /** Inserts the grid on a new sheet, or on refresh rewrites the block named grid.name. Never touches other sheets. */
  writeGrid(grid: ReportGrid, mode: WriteMode): Promise<WriteResult>;
  /** The report blocks this add-in wrote earlier (by defined name prefix KR_). */
  listReports(): Promise<readonly ReportRef[]>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** The active cell (A1, no sheet prefix), or null when there is none; optional until both adapters have it. */
  selectedCell?(): Promise<{ readonly sheet: string; readonly address: string } | null>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
};
