import { Workbook } from 'exceljs';
import type { DefinedName, WorkbookSnapshot } from '../../core/snapshot';
import { XlsxReadError } from './errors';
import { sheetSnapshot } from './sheet-snapshot';
import { METADATA_SHEET } from './metadata';
import { inspectXlsxBytes, toBytes } from './zip-guard';
import { checkSheetData } from './sheet-data-limit';

/**
 * Reads .xlsx bytes into a WorkbookSnapshot. Works in Node and in the browser (no fs here).
 * The bytes are checked first (zip-guard, sheet-data-limit) so a password-protected, old-format,
 * damaged or oversized file fails with a plain XlsxReadError instead of an exceljs stack trace.
 * Macro-enabled workbooks (.xlsm) are read like any other; their macros are ignored.
 * The add-in's own very hidden KR_Metadata sheet is left out of the snapshot.
 */
export type ReadOptions = {
  /** Fill `formats[][]` with number format codes. */
  readonly withFormats?: boolean;
  /** Only these sheets, in workbook order (all when absent); names not in the workbook are skipped. */
  readonly sheets?: readonly string[];
};

/**
 * Loads the bytes into an exceljs Workbook after the byte checks (zip-guard, then the declared
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

/** "'My sheet'!$A$1:$C$3" → { sheet: 'My sheet', range: 'A1:C3' }; null for formulas and constants. */
export function splitRef(ref: string): { sheet: string; range: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, range: m[3].replace(/\$/g, '') };
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
  const wb = await loadWorkbook(data);
  return snapshotOf(wb, options);
}
