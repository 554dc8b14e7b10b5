import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ReportGrid } from '../../core/grid';
import type { WriteResult } from '../../core/port';
import { XlsxWriteError, isXlsxError, withFile } from './errors';
import { addGridsWithResults } from './add-grids';
import type { FileWriteMode } from './add-grids';
import { readFileBytes } from './read-file';

/**
 * Node only: writes the report grids into a copy of `inputPath` saved as `outPath` (package
 * surgery, see add-grids.ts: every part the report does not own is copied byte for byte, an .xlsm
 * keeps its macros). The file is written to a temporary name in the same folder and then
 * renamed, so a crash never leaves a half-written workbook. Overwriting the input needs
 * `{ inPlace: true }`.
 *
 * Mode defaults to 'refresh-or-insert': a grid whose named block is already in the workbook is
 * refreshed over it, the others are inserted on sheets of their own. That is the CLI's contract
 * (running `report --in-place` twice rewrites the same sheet, it does not add a second one),
 * made explicit here because the writer's own 'refresh' is strict: like Excel it refuses a
 * missing name ('report-not-found'). Any refresh refuses a larger block that would cover a
 * cell of the user's ('refresh-would-overwrite'), and then nothing is saved.
 */
export type WriteFileOptions = { readonly inPlace?: boolean; readonly mode?: FileWriteMode };

export async function writeReportFile(
  inputPath: string,
  grids: readonly ReportGrid[],
  outPath: string,
  options: WriteFileOptions = {},
): Promise<readonly WriteResult[]> {
  if (resolve(inputPath) === resolve(outPath) && options.inPlace !== true) {
    throw new XlsxWriteError('would-overwrite', { file: basename(outPath) });
  }
  const input = await readFileBytes(inputPath);
  let written: { bytes: Uint8Array; results: readonly WriteResult[] };
  try {
    written = await addGridsWithResults(input, grids, options.mode ?? 'refresh-or-insert');
  } catch (e) {
    if (isXlsxError(e)) throw withFile(e, basename(inputPath));
    throw e;
  }
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, written.bytes);
    await rename(temp, outPath);
  } catch (e) {
    await rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new XlsxWriteError('unwritable', { file: basename(outPath), detail: code ?? String(e) });
  }
  return written.results;
}
