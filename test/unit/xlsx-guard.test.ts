import { Workbook } from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import type { XlsxReadErrorCode } from '../../src/io/xlsx/errors';
import { hasMacros, inspectXlsxBytes } from '../../src/io/xlsx/zip-guard';
import { errorTexts } from '../../src/core/i18n/render';

async function xlsx(): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.addWorksheet('Blad1').getCell('A1').value = 1;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Offset of the central-directory header (PK\1\2) of the entry with this name. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const enc = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const len = view.getUint16(i + 28, true);
    if (len === enc.length && enc.every((b, k) => bytes[i + 46 + k] === b)) return i;
  }
  throw new Error(`no entry ${name}`);
}

function setSizes(bytes: Uint8Array, name: string, compressed: number, uncompressed: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const at = centralEntry(copy, name);
  view.setUint32(at + 20, compressed, true);
  view.setUint32(at + 24, uncompressed, true);
  return copy;
}

async function codeOf(p: Promise<unknown>): Promise<XlsxReadErrorCode | 'no error'> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    if (e instanceof XlsxReadError) return e.code;
    throw e;
  }
}

const cfb = (extra: number[]): Uint8Array => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...extra]);
const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

describe('byte checks before exceljs', () => {
  it('accepts a real workbook', async () => {
    const info = inspectXlsxBytes(await xlsx());
    expect(info.entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(hasMacros(info)).toBe(false);
  });

  it('calls text and other non-zip bytes not-xlsx', async () => {
    expect(await codeOf(readWorkbookBuffer(new TextEncoder().encode('Konto;Belopp\n3010;100\n')))).toBe('not-xlsx');
    expect(await codeOf(readWorkbookBuffer(new Uint8Array(0)))).toBe('not-xlsx');
  });

  it('tells a password-protected workbook from an old .xls', async () => {
    expect(await codeOf(readWorkbookBuffer(cfb(utf16('EncryptionInfo'))))).toBe('encrypted');
    expect(await codeOf(readWorkbookBuffer(cfb(utf16('Workbook'))))).toBe('legacy-xls');
  });

  it('says encrypted in plain Swedish with what to do', () => {
    const e = new XlsxReadError('encrypted');
    expect(errorTexts(e).sv).toContain('lösenordsskyddad');
    expect(errorTexts(e).sv).toContain('Spara en kopia utan lösenord');
    expect(errorTexts(e).en).toContain('password');
  });

  it('calls a zip without a workbook part not-xlsx', async () => {
    const bytes = (await xlsx()).slice();
    const at = centralEntry(bytes, 'xl/workbook.xml');
    bytes[at + 46 + 'xl/workbook.xm'.length] = 'q'.charCodeAt(0);
    expect(await codeOf(readWorkbookBuffer(bytes))).toBe('not-xlsx');
  });

  it('calls a truncated file corrupt', async () => {
    const bytes = await xlsx();
    expect(await codeOf(readWorkbookBuffer(bytes.subarray(0, bytes.length - 30)))).toBe('corrupt');
    expect(await codeOf(readWorkbookBuffer(bytes.subarray(0, Math.floor(bytes.length / 2))))).toBe('corrupt');
  });

  it('calls damaged content that exceljs cannot parse corrupt, with a plain message', async () => {
    const bytes = (await xlsx()).slice();
    const view = new DataView(bytes.buffer);
    const at = centralEntry(bytes, 'xl/workbook.xml');
    const local = view.getUint32(at + 42, true);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    for (let i = 0; i < 40; i++) bytes[dataAt + i] = 0xff;
    const e = await readWorkbookBuffer(bytes).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).code).toBe('corrupt');
    expect(errorTexts(e as XlsxReadError).sv).toContain('Öppna den i Excel');
  });

  it('refuses a zip that promises more than the total limit', async () => {
    const bomb = setSizes(await xlsx(), 'xl/workbook.xml', 0x00100000, 0xf0000000);
    expect(await codeOf(readWorkbookBuffer(bomb))).toBe('too-large');
  });

  it('refuses one entry with an absurd compression ratio', async () => {
    // 200 MiB from 1 KiB: a ratio of 204 800, far above any real sheet XML.
    const bomb = setSizes(await xlsx(), 'xl/workbook.xml', 1024, 200 * 1024 * 1024);
    expect(await codeOf(readWorkbookBuffer(bomb))).toBe('too-large');
  });

  it('applies caller limits', async () => {
    const bytes = await xlsx();
    expect(() => inspectXlsxBytes(bytes, { maxTotalBytes: 100, maxRatio: 1000, ratioFloorBytes: 1e9 })).toThrow(XlsxReadError);
  });
});

describe('readWorkbookFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-xlsx-'));

  it('says not-found and names the file', async () => {
    const path = join(dir, 'saknas.xlsx');
    const e = await readWorkbookFile(path).catch((x: unknown) => x);
    expect((e as XlsxReadError).code).toBe('not-found');
    expect(errorTexts(e as XlsxReadError).sv).toContain('saknas.xlsx');
  });

  it('names the file in byte-check errors', async () => {
    const path = join(dir, 'gammal.xls');
    writeFileSync(path, cfb([]));
    const e = await readWorkbookFile(path).catch((x: unknown) => x);
    expect((e as XlsxReadError).code).toBe('legacy-xls');
    expect(errorTexts(e as XlsxReadError).sv).toContain('"gammal.xls"');
  });

  it('reads a real file', async () => {
    const path = join(dir, 'ok.xlsx');
    writeFileSync(path, await xlsx());
    const snap = await readWorkbookFile(path);
    expect(snap.sheets[0].values).toEqual([[1]]);
  });
});
