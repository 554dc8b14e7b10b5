import type { WorkbookSnapshot } from '../../core/snapshot';
import { readWorkbook } from './read/read-workbook';

export { splitRef } from './read/defined-names';

/**
 * Reads .xlsx/.xlsm bytes into a WorkbookSnapshot. Works in Node and in the browser (no fs here).
 * The streaming reader (read/read-workbook.ts) does the work: the bytes are checked first
 * (zip-guard), so a password-protected, old-format, damaged or bomb file fails with a plain
 * XlsxReadError, and a damaged part is 'corrupt' naming the part, never an internal message.
 * There is no size limit beyond the zip-bomb guard: a million-row ledger is read in one pass.
 * Macro-enabled workbooks (.xlsm) are read like any other; their macros are ignored.
 * The add-in's own very hidden KR_Metadata sheet and chartsheets are left out of the snapshot.
 */
export type ReadOptions = {
  /** Fill `formats[][]` with number format codes. */
  readonly withFormats?: boolean;
  /** Only these sheets, in workbook order (all when absent); names not in the workbook are skipped. */
  readonly sheets?: readonly string[];
  /** Read only the first this-many rows of each sheet (a header scan). */
  readonly maxRows?: number;
  /** Progress while reading, 0..1 (the reader then yields to the event loop between pieces). */
  readonly onProgress?: (fraction: number) => void;
};

export async function readWorkbookBuffer(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readWorkbook(data, options);
}
