/**
 * The sheet-data limit: the reader refuses a workbook whose worksheet XML (declared in the zip's
 * central directory) is more than the file path can parse within its bounds, before exceljs
 * sees it, with a message that names the size and the limit and says what to do instead.
 */
import * as zlib from 'node:zlib';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import { checkSheetData, sheetDataBytes, SHEET_DATA_LIMIT_BYTES } from '../../src/io/xlsx/sheet-data-limit';
import type { ZipEntry, ZipInfo } from '../../src/io/xlsx/zip-guard';

type RawEntry = { name: string; data?: string; raw?: Buffer; size?: number; crc?: number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeZip } = require('../fixtures/bad/lib/zip.js') as { writeZip(entries: RawEntry[]): Buffer };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageParts } = require('../fixtures/bad/lib/raw-xlsx.js') as { packageParts(sheets: string[], strings: string[]): RawEntry[] };

const MB = 1_000_000;

function info(parts: Record<string, number>): ZipInfo {
  const entries: ZipEntry[] = Object.entries(parts).map(([name, uncompressed]) => ({ name, uncompressed, compressed: uncompressed / 10, method: 8, offset: 0, crc: 0 }));
  return { entries, totalUncompressed: entries.reduce((s, e) => s + e.uncompressed, 0) };
}

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

function refusal(run: () => void): XlsxReadError {
  try {
    run();
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('sheetDataBytes', () => {
  it('adds the worksheet parts and the shared strings, nothing else', () => {
    const bytes = sheetDataBytes(
      info({ 'xl/worksheets/sheet1.xml': 30 * MB, 'xl/worksheets/sheet2.xml': 20 * MB, 'xl/sharedStrings.xml': 5 * MB, 'xl/media/image1.png': 90 * MB, 'xl/styles.xml': 1 * MB, 'xl/worksheets/_rels/sheet1.xml.rels': 4 }),
    );
    expect(bytes).toBe(55 * MB);
  });
});

describe('checkSheetData', () => {
  it('lets the 200 000-row benchmark ledger (55.4 MB of sheet XML) through', () => {
    expect(() => checkSheetData(info({ 'xl/worksheets/sheet1.xml': 55_410_000, 'xl/sharedStrings.xml': 10_000 }))).not.toThrow();
  });

  it('refuses the million-row ledger (112.5 MB of sheet XML) as too large, naming size and limit', () => {
    const e = refusal(() => checkSheetData(info({ 'xl/worksheets/sheet1.xml': 112_450_000, 'xl/sharedStrings.xml': 300 })));
    expect(e.code).toBe('too-large');
    expect(e.params).toMatchObject({ sheetMegabytes: 112, limitMegabytes: 80 });
    expect(e.messages.sv).toContain('för stor');
    expect(e.messages.sv).toContain('cirka 112 MB kalkylbladsdata; gränsen är 80 MB');
    expect(e.messages.sv).toMatch(/Öppna arbetsboken i Excel och använd tillägget där/);
    // Every command gets this refusal, so it says that none of the tables can be read.
    expect(e.messages.sv).toContain('varken huvudbok, mål eller uppdrag');
    expect(e.messages.en).toContain('no ledger, goals or assignments');
    expect(e.messages.en).toContain('too large');
    expect(e.messages.en).toContain('about 112 MB of worksheet data; the limit is 80 MB');
  });

  it('counts sheets together: two 45 MB sheets are over an 80 MB limit', () => {
    expect(SHEET_DATA_LIMIT_BYTES).toBe(80 * MB);
    expect(refusal(() => checkSheetData(info({ 'xl/worksheets/sheet1.xml': 45 * MB, 'xl/worksheets/sheet2.xml': 45 * MB }))).params.sheetMegabytes).toBe(90);
  });

  it('takes the limit as a parameter', () => {
    expect(() => checkSheetData(info({ 'xl/worksheets/sheet1.xml': 2 * MB }), 1 * MB)).toThrow(XlsxReadError);
    expect(() => checkSheetData(info({ 'xl/worksheets/sheet1.xml': 1 * MB }), 1 * MB)).not.toThrow();
  });
});

describe('readWorkbookBuffer', () => {
  it('refuses a workbook declaring 100 MB of sheet XML before exceljs parses it', async () => {
    // The part is 300 KB of noise with a wrong CRC: had exceljs parsed it, the error would be 'corrupt'.
    const bytes = declaredSheet(100 * MB);
    await expect(readWorkbookBuffer(bytes)).rejects.toMatchObject({ code: 'too-large', params: { sheetMegabytes: 100, limitMegabytes: 80 } });
  });
});
