/**
 * LibreOffice renders the variance chart the package writer adds: the output converts to PDF
 * without error, the chart's title is printed beside the data block's heading cell, and the
 * bars are there in both series' colours (picture: test-artifacts/report-chart-1.png).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workbook } from 'exceljs';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { reportGrid } from '../../src/core/layout/report-grid';
import { withVarianceCharts } from '../../src/core/charts';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { buildLedger } from '../helpers/ledger-builder';
import { xlsxToPdf } from '../helpers/libreoffice';

jest.setTimeout(240_000);

/** Pixels of a P6 PPM within 16 of an RGB colour in every channel. */
function pixelsNear(ppm: Buffer, rgb: [number, number, number]): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  let n = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) if (Math.abs(ppm[i] - rgb[0]) <= 16 && Math.abs(ppm[i + 1] - rgb[1]) <= 16 && Math.abs(ppm[i + 2] - rgb[2]) <= 16) n++;
  return n;
}

describe('LibreOffice and the variance chart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-chart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts the report with its chart to PDF and draws the bars', async () => {
    // Linear forecast (U × 12/m, m = 1). Personnel: annual budget 1 200 000 (100 000 per month),
    // January outcome 160 000: period deviation 100 000 − 160 000 = −60 tkr, forecast 1 920 000,
    // deviation 1 200 000 − 1 920 000 = −720 tkr. Income 3010: budget −600 000 (−50 000 per
    // month), outcome −80 000: +30 tkr for the period; forecast −960 000, +360 tkr for the year.
    const ledger = buildLedger([
      { account: '5010', period: 202500, kind: 'budget', amount: 1_200_000 },
      { account: '5010', period: 202501, kind: 'actual', amount: 160_000 },
      { account: '3010', period: 202500, kind: 'budget', amount: -600_000 },
      { account: '3010', period: 202501, kind: 'actual', amount: -80_000 },
    ]);
    const report = buildReport(ledger, defaultTemplate(false), { forecast: 'linear', signs: 'costs-negative', unit: 'tkr', throughMonth: 1 });
    const grid = withVarianceCharts(reportGrid(report, { lang: 'sv' }), report, 'sv');
    const wb = new Workbook();
    wb.addWorksheet('Tomt');
    const bytes = await addGridsToWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), [grid], 'insert');
    const path = join(dir, 'report-chart.xlsx');
    writeFileSync(path, bytes);
    const pdf = await xlsxToPdf(path, dir);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    // Once as the data block's heading cell, once as the chart's title.
    expect(text.match(/Avvikelse mot budget per rad/g)?.length).toBe(2);
    spawnSync('pdftoppm', ['-r', '60', pdf, join(dir, 'page')]);
    const all = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.ppm')).map((f) => readFileSync(join(dir, f)));
    expect(all.length).toBeGreaterThan(0);
    // Both series' fills (1F4E79 and 9DC3E6) cover some pixels somewhere in the print.
    expect(Math.max(...all.map((b) => pixelsNear(b, [0x1f, 0x4e, 0x79])))).toBeGreaterThan(20);
    expect(Math.max(...all.map((b) => pixelsNear(b, [0x9d, 0xc3, 0xe6])))).toBeGreaterThan(20);
    const out = resolve(__dirname, '../../test-artifacts');
    mkdirSync(out, { recursive: true });
    spawnSync('pdftoppm', ['-png', '-r', '80', pdf, join(out, 'report-chart')]);
    expect(readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});
