/**
 * The CLI reads its input file from disk once: the bytes read for the snapshot are kept in the
 * `WorkbookFile` the command holds, and the copy with the report is written from them, not from
 * a second read of the file (which could also have changed in between). The state is the
 * command's own, passed where it is needed: a batch run reading several files at a time writes
 * each copy from its own bytes. Writing goes to a temporary name in the output's folder and
 * then a rename, so a crash never leaves a half-written workbook.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ReportGrid } from '../core/grid';
import type { WriteResult } from '../core/port';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readFileBytes } from '../io/xlsx/read-file';
import { readWorkbookBuffer } from '../io/xlsx/read-buffer';
import type { ReadOptions } from '../io/xlsx/read-buffer';
import { addGridsWithResults } from '../io/xlsx/add-grids';
import { XlsxReadError, XlsxWriteError, isXlsxError, withFile } from '../io/xlsx/errors';

/** A workbook file as a command read it: where it is, its bytes, and the snapshot made from them. */
export type WorkbookFile = { readonly path: string; readonly bytes: Uint8Array; readonly snapshot: WorkbookSnapshot };

/** How many times a file was read from disk (for the test that the CLI reads once). */
export const diskReads = { count: 0 };

/** Reads a file's bytes from disk (counted); failures are XlsxReadErrors naming the file. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  const bytes = await readFileBytes(path);
  diskReads.count += 1;
  return bytes;
}

/** The workbook from bytes already read (`bytes`), else from the file; failures are XlsxReadErrors naming the file. */
export async function readWorkbookOnce(path: string, options: ReadOptions = {}, bytes?: Uint8Array): Promise<WorkbookFile> {
  const read = bytes ?? (await readInputBytes(path));
  try {
    return { path, bytes: read, snapshot: await readWorkbookBuffer(read, options) };
  } catch (e) {
    if (e instanceof XlsxReadError) throw withFile(e, basename(path));
    throw e;
  }
}

/** Writes the grids into a copy of the workbook, from the bytes it was read from; where each went (and what a refresh could not keep). */
export async function writeWorkbookCopy(input: WorkbookFile, grids: readonly ReportGrid[], outPath: string, options: { readonly inPlace?: boolean; readonly mode?: 'insert' | 'refresh' | 'refresh-or-insert' } = {}): Promise<readonly WriteResult[]> {
  if (resolve(input.path) === resolve(outPath) && options.inPlace !== true) throw new XlsxWriteError('would-overwrite', { file: basename(outPath) });
  let bytes: Uint8Array;
  let results: readonly WriteResult[];
  try {
    ({ bytes, results } = await addGridsWithResults(input.bytes, grids, options.mode ?? 'refresh-or-insert'));
  } catch (e) {
    if (isXlsxError(e)) throw withFile(e, basename(input.path));
    throw e;
  }
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, outPath);
    return results;
  } catch (e) {
    await rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new XlsxWriteError('unwritable', { file: basename(outPath), detail: code ?? String(e) });
  }
}
