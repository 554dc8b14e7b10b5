import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { XlsxReadError, withFile } from './errors';
import { readWorkbookBuffer } from './read-buffer';
import type { ReadOptions } from './read-buffer';

/** Node only: reads an .xlsx file into a WorkbookSnapshot; failures are XlsxReadErrors naming the file. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxReadError('not-found', { file: path });
    if (code === 'EISDIR') throw new XlsxReadError('not-xlsx', { file: path });
    throw new XlsxReadError('unreadable', { file: path, detail: code ?? String(e) });
  }
}

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = await readFileBytes(path);
  try {
    return await readWorkbookBuffer(bytes, options);
  } catch (e) {
    if (e instanceof XlsxReadError) throw withFile(e, basename(path));
    throw e;
  }
}
