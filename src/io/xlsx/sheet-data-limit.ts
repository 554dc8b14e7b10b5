import { XlsxReadError } from './errors';
import type { ZipInfo } from './zip-guard';

/**
 * How much worksheet XML the file path (CLI, browser page) can turn into a snapshot within its
 * bounds: 30 s and a 2 GiB heap. exceljs parses the whole package into objects first, so time and
 * memory grow with the uncompressed size of the sheet parts (plus the shared-string table), which
 * the zip's central directory declares before anything is inflated. Refusing there answers at
 * once instead of after a minute, and works the same in Node and the browser.
 *
 * Measured on this project's machine (2 shared cores, load average 8-10), CLI `validate`:
 * - bench's 200 000-row ledger (bench/data/ledger-200000-*.xlsx, 9.2 MB zipped):
 *   55.4 MB of sheet XML, read in 19 s with 745 MB peak RSS;
 * - the bad corpus's million-rows case (1 000 000 rows × 3 columns, 12.8 MB zipped):
 *   112.5 MB of sheet XML, killed after 30 s before this limit existed.
 * The limit, 80 MB, sits near the geometric middle of the two (78.9 MB): 1.44 × headroom over
 * the 200 000-row ledger, while the million rows are 1.41 × over it. Scaling the 200 000-row
 * figures (0.35 s and 13 MB of RSS per MB of sheet XML on this loaded machine), a file just under
 * the limit takes about 28 s and 1.1 GB: inside the bounds, without much to spare, so lower the
 * limit rather than raise it if a slower target machine has to meet the 30 s.
 */
export const SHEET_DATA_LIMIT_BYTES = 80_000_000;

/** Parts exceljs parses in full and whose size drives its time and memory. */
const SHEET_DATA_PART = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;

/** Declared uncompressed bytes of the worksheet parts and the shared-string table. */
export function sheetDataBytes(info: ZipInfo): number {
  let total = 0;
  for (const e of info.entries) if (SHEET_DATA_PART.test(e.name)) total += e.uncompressed;
  return total;
}

const megabytes = (bytes: number): number => Math.max(1, Math.round(bytes / 1_000_000));

/** Throws 'too-large' (naming the size and the limit) when the sheets hold more than `limit` bytes of XML. */
export function checkSheetData(info: ZipInfo, limit: number = SHEET_DATA_LIMIT_BYTES): void {
  const bytes = sheetDataBytes(info);
  if (bytes > limit) throw new XlsxReadError('too-large', { sheetMegabytes: megabytes(bytes), limitMegabytes: megabytes(limit) });
}
