import { Workbook } from 'exceljs';
import type { DefinedName, WorkbookSnapshot } from '../../core/snapshot';
import { XlsxReadError } from './errors';
import { sheetSnapshot } from './sheet-snapshot';
import { METADATA_SHEET } from './metadata';
import { inspectXlsxBytes, toBytes } from './zip-guard';
import { checkSheetData } from './sheet-data-limit';
import { readWorkbook } from './read/read-workbook';
import { splitRef } from './read/defined-names';

export { splitRef };

/**
 * Reads .xlsx bytes into a WorkbookSnapshot. Works in Node and in the browser (no fs here).
 * The streaming reader (read/read-workbook.ts) does the work: the bytes are checked first
 * (zip-guard), so a password-protected, old-format, damaged or bomb file fails with a plain
 * XlsxReadError, and damaged parts are 'corrupt' naming the part, never an internal message.
 * There is no size limit beyond the zip-bomb guard: a million-row ledger is read in one pass.
 * Macro-enabled workbooks (.xlsm) are read like any other; their macros are ignored.
 * The add-in's own very hidden KR_Metadata sheet is left out of the snapshot.
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

/**
 * The exceljs path, kept only while the package writer (file-port.ts) still loads workbooks
 * into exceljs: loads the bytes into an exceljs Workbook after the byte checks (zip-guard, then the declared
 * sheet data against SHEET_DATA_LIMIT_BYTES); exceljs failures become 'corrupt'.
 */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<Workbook> {
  const bytes = toBytes(data);
  checkSheetData(inspectXlsxBytes(bytes));
  const wb = new Workbook();
  try {
    // exceljs's typings ask for a Node Buffer; at runtime (JSZip) any Uint8Array/ArrayBuffer works.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError('corrupt', { detail: e instanceof Error ? e.message : String(e) });
  }
  return wb;
}

export function definedNamesOf(wb: Workbook): DefinedName[] {
  const out: DefinedName[] = [];
  for (const dn of wb.definedNames.model) {
    for (const ref of dn.ranges) {
      const parts = splitRef(ref);
      if (parts) out.push({ name: dn.name, ...parts });
    }
  }
  return out;
}

export function snapshotOf(wb: Workbook, options: ReadOptions = {}): WorkbookSnapshot {
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const sheets = wb.worksheets
    .filter((ws) => ws.name !== METADATA_SHEET && (!wanted || wanted.has(ws.name)))
    .map((ws) => sheetSnapshot(ws, options.withFormats === true));
  return { sheets, definedNames: definedNamesOf(wb) };
}

export async function readWorkbookBuffer(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readWorkbook(data, options);
}
