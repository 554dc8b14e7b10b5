/**
 * The CLI reads its input file from disk once: the bytes read for the snapshot are kept and the
 * copy with the report is written from them, not from a second read of the file (which could
 * also have changed in between). Writing goes to a temporary name in the output's folder and
 * then a rename, so a crash never leaves a half-written workbook.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ReportGrid } from '../core/grid';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readFileBytes } from '../io/xlsx/read-file';
import { readWorkbookBuffer } from '../io/xlsx/read-buffer';
import type { ReadOptions } from '../io/xlsx/read-buffer';
import { addGridsWithResults } from '../io/xlsx/add-grids';
import { XlsxReadError, XlsxWriteError, isXlsxError, withFile } from '../io/xlsx/errors';
import { writeReportFile } from '../io/xlsx/write-file';
import type { WriteFileOptions } from '../io/xlsx/write-file';

/** The last file this process read: path (resolved) and its bytes. */
let lastRead: { readonly path: string; readonly bytes: Uint8Array } | null = null;

/** How many times a file was read from disk (for the test that the CLI reads once). */
export const diskReads = { count: 0 };

/** Reads the workbook file (once) into a snapshot; failures are XlsxReadErrors naming the file. */
export async function readWorkbookOnce(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = await readFileBytes(path);
  diskReads.count += 1;
  lastRead = { path: resolve(path), bytes };
  try {
    return await readWorkbookBuffer(bytes, options);
  } catch (e) {
    if (e instanceof XlsxReadError) throw withFile(e, basename(path));
    throw e;
  }
}

/** Writes the grids into a copy of the input, from the bytes already read when there are any. */
export async function writeWorkbookCopy(inputPath: string, grids: readonly ReportGrid[], outPath: string, options: WriteFileOptions = {}): Promise<void> {
  const input = lastRead !== null && lastRead.path === resolve(inputPath) ? lastRead.bytes : null;
  if (input === null) {
    diskReads.count += 1;
    await writeReportFile(inputPath, grids, outPath, options);
    return;
  }
  if (resolve(inputPath) === resolve(outPath) && options.inPlace !== true) throw new XlsxWriteError('would-overwrite', { file: basename(outPath) });
  let bytes: Uint8Array;
  try {
    bytes = (await addGridsWithResults(input, grids, options.mode ?? 'refresh-or-insert')).bytes;
  } catch (e) {
    if (isXlsxError(e)) throw withFile(e, basename(inputPath));
    throw e;
  }
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, outPath);
  } catch (e) {
    await rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new XlsxWriteError('unwritable', { file: basename(outPath), detail: code ?? String(e) });
  }
}
