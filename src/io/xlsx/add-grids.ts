import { Workbook } from 'exceljs';
import type { ReportGrid } from '../../core/grid';
import type { WriteMode, WriteResult } from '../../core/port';
import { XlsxReadError } from './errors';
import { inspectXlsxBytes, hasMacros, toBytes } from './zip-guard';
import { reportExists, writeGridToWorkbook } from './write-grid';
import { keepDefinedNames } from './keep-names';
import { keepTextExact } from './keep-text-exact';

/**
 * Adds report grids to a copy of a workbook (browser-safe: bytes in, bytes out). The source
 * sheets are loaded and saved back untouched; each grid goes on a sheet of its own (insert)
 * or over its named block (refresh). Defined names exceljs cannot model (constants, formulas,
 * sheet-level names) are carried over unchanged (keep-names.ts), and text exceljs would write
 * so that readers see it changed (a carriage return, a literal _x000D_) is escaped in the
 * written zip (keep-text-exact.ts). A macro-enabled workbook is refused ('macro-enabled'),
 * since exceljs would drop its macros.
 *
 * Mode 'refresh-or-insert' (the CLI's) refreshes each grid whose named block exists and inserts
 * the others, so running a command twice rewrites the same sheet instead of adding a second;
 * plain 'refresh' is strict, like the Office.js writer ('report-not-found' when the name is gone).
 * Either refresh refuses a larger block that would cover a cell of the user's.
 */
export type FileWriteMode = WriteMode | 'refresh-or-insert';

export async function loadForWriting(data: Uint8Array | ArrayBuffer): Promise<Workbook> {
  const bytes = toBytes(data);
  if (hasMacros(inspectXlsxBytes(bytes))) throw new XlsxReadError('macro-enabled');
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError('corrupt', { detail: e instanceof Error ? e.message : String(e) });
  }
  await keepDefinedNames(wb, bytes);
  return wb;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer();
  return keepTextExact(out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer));
}

export async function addGridsWithResults(
  data: Uint8Array | ArrayBuffer,
  grids: readonly ReportGrid[],
  mode: FileWriteMode,
): Promise<{ bytes: Uint8Array; results: readonly WriteResult[] }> {
  const wb = await loadForWriting(data);
  const modeOf = (g: ReportGrid): WriteMode => (mode !== 'refresh-or-insert' ? mode : reportExists(wb, g.name) ? 'refresh' : 'insert');
  const results = grids.map((g) => writeGridToWorkbook(wb, g, modeOf(g)));
  return { bytes: await workbookBytes(wb), results };
}

export async function addGridsToWorkbook(data: Uint8Array, grids: readonly ReportGrid[], mode: FileWriteMode): Promise<Uint8Array> {
  return (await addGridsWithResults(data, grids, mode)).bytes;
}
