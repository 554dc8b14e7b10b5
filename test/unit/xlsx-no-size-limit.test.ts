/**
 * No size cliff (issue 11): the reader no longer refuses a workbook by the declared size of its
 * sheet XML (the exceljs path refused more than 80 MB, about 300 000 ledger rows). Only the
 * zip-bomb guard stays. A package declaring 100 MB of sheet XML is read, not refused up front:
 * its part is 300 KB of noise, so reading it finds the damage ('corrupt'), where the old check
 * answered 'too-large' before inflating anything. The real million-row ledger goes through the
 * CLI in test/integration/bad-corpus-large.test.ts and in bench figure 7.
 */
import * as zlib from 'node:zlib';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { XlsxReadError } from '../../src/io/xlsx/errors';

type RawEntry = { name: string; data?: string; raw?: Buffer; size?: number; crc?: number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeZip } = require('../fixtures/bad/lib/zip.js') as { writeZip(entries: RawEntry[]): Buffer };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageParts } = require('../fixtures/bad/lib/raw-xlsx.js') as { packageParts(sheets: string[], strings: string[]): RawEntry[] };

const MB = 1_000_000;

/** A package whose sheet part declares `declared` bytes; its 300 KB of noise keep it under the zip-bomb ratio. */
function declaredSheet(declared: number): Buffer {
  const noise = Buffer.alloc(300_000);
  let x = 12345;
  for (let i = 0; i < noise.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    noise[i] = x >>> 16;
  }
  const raw = zlib.deflateRawSync(noise);
  return writeZip([...packageParts(['Huvudbok'], ['Konto']), { name: 'xl/worksheets/sheet1.xml', raw, size: declared, crc: 0 }]);
}

test('a workbook declaring 100 MB of sheet XML is read, not refused as too large', async () => {
  const e = await readWorkbookBuffer(declaredSheet(100 * MB)).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(XlsxReadError);
  expect((e as XlsxReadError).code).toBe('corrupt');
  expect((e as XlsxReadError).params.detail).toBe('xl/worksheets/sheet1.xml');
});

test('the zip-bomb guard stays: 3 GB declared from 300 KB is refused as too large', async () => {
  // 3 000 MB / 0.3 MB is a ratio of 10 000, above the guard's 1 000.
  const e = await readWorkbookBuffer(declaredSheet(3000 * MB)).catch((x: unknown) => x);
  expect((e as XlsxReadError).code).toBe('too-large');
});
