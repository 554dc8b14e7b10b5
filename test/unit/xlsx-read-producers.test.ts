/**
 * Golden tests of the streaming reader on workbooks written by other producers, made at test
 * time: openpyxl and xlsxwriter (Debian's python3-openpyxl / python3-xlsxwriter, run with
 * /usr/bin/python3 by test/fixtures/xlsx-read/make-producers.py) and LibreOffice (the
 * xlsxwriter file opened and saved again by `soffice --convert-to xlsx`, a fresh profile).
 * They carry a note and a chart, which the exceljs reader refused as damaged ("reading
 * 'comments'", "reading 'anchors'"). The expected values are the script's input, by hand:
 * 2025-01-31 is serial 45688 (=DATE(2025;1;31)); in the 1904 system it is stored as 44226
 * (45688 − 1462).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), 'kr-producers-'));
const books: Record<string, Uint8Array> = {};

beforeAll(() => {
  execFileSync('/usr/bin/python3', [join(__dirname, '../fixtures/xlsx-read/make-producers.py'), dir], { stdio: 'pipe' });
  const profile = mkdtempSync(join(tmpdir(), 'kr-lo-profile-'));
  try {
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'lo'), join(dir, 'xlsxwriter.xlsx')], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const name of ['openpyxl', 'openpyxl-1904', 'xlsxwriter']) books[name] = readFileSync(join(dir, `${name}.xlsx`));
  books.libreoffice = readFileSync(join(dir, 'lo', 'xlsxwriter.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = ['Konto', 'Kontotext', 'Period', 'Belopp', null, 'Datum'];
const ROW3 = [5010, 'Löner <tillsvidare>', 202501, 98000];
const ROW4 = [5010, 'Löner <tillsvidare>', 202502, 99000.25];

function checkCommon(snap: WorkbookSnapshot): void {
  expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ['Huvudbok', 'visible'],
    ['Gömd', 'hidden'],
  ]);
  const s = snap.sheets[0];
  expect([s.originRow, s.originCol]).toEqual([0, 0]);
  expect(s.values[0]).toEqual(HEAD);
  expect(s.values[2]).toEqual(ROW3);
  expect(s.values[3]).toEqual(ROW4);
  expect(s.values[5]).toEqual([null, 'Sammanslaget']);
  expect(s.hiddenRows).toEqual([3]);
  expect(snap.sheets[1].values).toEqual([['x']]);
  expect(snap.definedNames).toEqual([{ name: 'KR_Test', sheet: 'Huvudbok', range: 'A1:D4' }]);
}

test('openpyxl (inline strings, a formula without a cached value, a note and a chart)', async () => {
  const snap = await readWorkbookBuffer(books.openpyxl, { withFormats: true });
  checkCommon(snap);
  const s = snap.sheets[0];
  expect(s.values[1]).toEqual([3010, 'Försäljning & avgifter', 202501, -125000.5, null, 45688, true, null]);
  expect(s.formulas?.[1][7]).toBe('=D2*2');
  expect(s.values[4]).toEqual([]);
  expect(s.formats?.[1][5]).toBe('yyyy-mm-dd');
});

test('openpyxl in the 1904 date system: the date arrives as its 1900-system serial', async () => {
  const s = (await readWorkbookBuffer(books['openpyxl-1904'])).sheets[0];
  expect(s.values[1][5]).toBe(45688);
  // Numbers without a date format are not moved.
  expect(s.values[1][3]).toBe(-125000.5);
});

test('xlsxwriter (shared strings, rich text, cached formula results, an error value)', async () => {
  const snap = await readWorkbookBuffer(books.xlsxwriter, { withFormats: true });
  checkCommon(snap);
  const s = snap.sheets[0];
  expect(s.values[1]).toEqual([3010, 'Försäljning & avgifter', 202501, -125000.5, null, 45688, true, -250001, { error: '#DIV/0!' }]);
  expect(s.formulas?.[1].slice(7)).toEqual(['=D2*2', '=1/0']);
  expect(s.values[4]).toEqual([null, 'Hemtjänst']);
  expect(s.formats?.[1][5]).toBe('yyyy-mm-dd');
});

test('LibreOffice (its own styles, boolean as a TRUE() formula, a style-only merged cell)', async () => {
  const snap = await readWorkbookBuffer(books.libreoffice, { withFormats: true });
  checkCommon(snap);
  const s = snap.sheets[0];
  expect(s.values[1]).toEqual([3010, 'Försäljning & avgifter', 202501, -125000.5, null, 45688, true, -250001, { error: '#DIV/0!' }]);
  expect(s.formulas?.[1].slice(6)).toEqual(['=TRUE()', '=D2*2', '=1/0']);
  expect(s.values[4]).toEqual([null, 'Hemtjänst']);
  // LibreOffice escapes the dashes; its own "General" custom format reads as General (null).
  expect(s.formats?.[1][5]).toBe('yyyy\\-mm\\-dd');
  expect(s.formats?.[1][0]).toBeNull();
});
