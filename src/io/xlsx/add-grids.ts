import type { ReportGrid } from '../../core/grid';
import type { WriteResult } from '../../core/port';
import { toBytes } from './zip-guard';
import { writeGridsToPackage } from './write/report-writer';
import type { FileWriteMode } from './write/report-writer';

/**
 * Adds report grids to a copy of a workbook (browser-safe: bytes in, bytes out) by package
 * surgery (write/): each grid goes on a sheet part of its own (insert) or over its named block
 * (refresh); every part the report does not own (charts, pivot tables, notes, images, macros,
 * ...) is copied byte for byte. An .xlsm stays an .xlsm with its VBA project unchanged.
 *
 * Mode 'refresh-or-insert' (the CLI's) refreshes each grid whose named block exists and inserts
 * the others, so running a command twice rewrites the same sheet instead of adding a second;
 * plain 'refresh' is strict, like the Office.js writer ('report-not-found' when the name is gone).
 * Either refresh refuses a larger block that would cover a cell of the user's.
 */
export type { FileWriteMode };

export async function addGridsWithResults(
  data: Uint8Array | ArrayBuffer,
  grids: readonly ReportGrid[],
  mode: FileWriteMode,
): Promise<{ bytes: Uint8Array; results: readonly WriteResult[] }> {
  return writeGridsToPackage(toBytes(data), grids, mode);
}

export async function addGridsToWorkbook(data: Uint8Array, grids: readonly ReportGrid[], mode: FileWriteMode): Promise<Uint8Array> {
  return (await addGridsWithResults(data, grids, mode)).bytes;
}
