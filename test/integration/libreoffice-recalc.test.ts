import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workbook } from 'exceljs';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { expectedTotals, injected, sampleReportGrid, sampleSourceWorkbook } from '../helpers/grid-samples';
import { recalcSheetsToCsv, xlsxToPng } from '../helpers/libreoffice';

/**
 * The report written by exceljs, opened and recalculated by LibreOffice (an independent
 * spreadsheet): every total and variance must equal the hand calculation in grid-samples.ts.
 */
jest.setTimeout(600_000);

const dir = mkdtempSync(join(tmpdir(), 'kr-lo-test-'));
let sheets: Record<string, string[][]>;
let original: Record<string, string[][]>;

beforeAll(async () => {
  const source = await sampleSourceWorkbook();
  const sourcePath = join(dir, 'kalla.xlsx');
  writeFileSync(sourcePath, source);
  const outPath = join(dir, 'rapport.xlsx');
  writeFileSync(outPath, await addGridsToWorkbook(source, [sampleReportGrid()], 'insert'));
  original = await recalcSheetsToCsv(sourcePath);
  sheets = await recalcSheetsToCsv(outPath);
});

/** tkr as the format '#,##0,;-#,##0,' shows it: kronor / 1000, rounded half away from zero. */
const tkr = (kr: number): number => Math.sign(kr) * Math.round(Math.abs(kr) / 1000);

describe('LibreOffice recalculates the written report', () => {
  it('exports the report sheet next to the untouched source sheets', () => {
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['Huvudbok', 'Mål', 'Rapport 2025-08']));
  });

  it('computes every amount, subtotal, total and variance as calculated by hand', () => {
    const report = sheets['Rapport 2025-08'];
    const checked: string[] = [];
    for (const row of report) {
      const want = expectedTotals[row[0]];
      if (!want) continue;
      const got = row.slice(1, 5).map(Number);
      want.forEach((kr, i) => {
        expect(got[i]).toBeCloseTo(kr, 6);
        expect(tkr(got[i])).toBe(tkr(kr));
      });
      checked.push(row[0]);
    }
    expect(checked).toEqual(Object.keys(expectedTotals));
  });

  it('shows the formula-looking comments as the same text, not as formulas', () => {
    const report = sheets['Rapport 2025-08'];
    const comments = report.map((r) => r[6]).filter((c) => c !== undefined && c !== '' && c !== 'Kommentar');
    expect(comments).toEqual([...injected]);
  });

  it('leaves the source sheets exactly as LibreOffice showed them before', () => {
    expect(sheets['Huvudbok']).toEqual(original['Huvudbok']);
    expect(sheets['Mål']).toEqual(original['Mål']);
    expect(sheets['Huvudbok'][3][3]).toBe('900.5');
  });
});

describe('the printed report', () => {
  it('prints on one landscape page, as the grid asks (picture: test-artifacts/report-sample-1.png)', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Tomt');
    const empty = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const bytes = await addGridsToWorkbook(empty, [sampleReportGrid()], 'insert');
    // Only the report is printed: remove the empty sheet.
    const only = new Workbook();
    await only.xlsx.load(bytes as unknown as ArrayBuffer);
    only.removeWorksheet(only.getWorksheet('Tomt')!.id);
    const path = join(dir, 'report-sample.xlsx');
    writeFileSync(path, new Uint8Array((await only.xlsx.writeBuffer()) as ArrayBuffer));
    const out = resolve(__dirname, '../../test-artifacts');
    mkdirSync(out, { recursive: true });
    const pngs = await xlsxToPng(path, out);
    // One page: the sample's 12 columns fit to the width and its rows to one sheet of paper.
    expect(pngs.length).toBe(1);
    // Landscape: the page is wider than it is tall (PNG IHDR: width at byte 16, height at byte 20).
    const png = readFileSync(pngs[0]);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(png.readUInt32BE(20));
  });
});
