import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { readTemplate } from '../../src/core/report/read-template';
import { reportGrid } from '../../src/core/layout/report-grid';
import type { ReportGrid } from '../../src/core/grid';
import type { Template } from '../../src/core/report/template';
import { writeReportFile } from '../../src/io/xlsx/write-file';
import { parseCsv, recalcSheetsToCsv } from '../helpers/libreoffice';
import { buildLedger } from '../helpers/ledger-builder';
import { alingsasEntries, alingsasStructure, PUBLISHED } from '../fixtures/report/alingsas';
import { ekeroEntries } from '../fixtures/report/ekero';

/**
 * The written report, opened and recalculated by LibreOffice (an independent spreadsheet): every
 * amount cell (values and live formulas alike) must come out as the engine computed it, and be
 * displayed as the engine's number rounded to the unit. CI installs soffice; no skipping.
 */
jest.setTimeout(240_000);

/** As-shown CSV export (displayed text, not raw values), one file per sheet; fresh profile. */
function shownCsv(xlsx: string): Record<string, string[][]> {
  const profile = mkdtempSync(join(tmpdir(), 'kr-r-profile-'));
  const out = mkdtempSync(join(tmpdir(), 'kr-r-shown-'));
  try {
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1';
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', filter, '--outdir', out, xlsx], { timeout: 180_000 });
    const sheets: Record<string, string[][]> = {};
    for (const f of readdirSync(out).filter((x) => x.endsWith('.csv'))) sheets[f.replace(/^out-/, '').replace(/\.csv$/, '')] = parseCsv(readFileSync(join(out, f), 'utf8'));
    return sheets;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

const shownNumber = (text: string): number => {
  expect(text).not.toMatch(/^-0(\.0)?$/); // the zero band: never a stray minus on zero
  return Number(text.replace(/[,\s\u00a0]/g, '').replace('\u2212', '-'));
};

describe('report workbook recalculated by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-report-lo-'));
  const grids: ReportGrid[] = [];
  let raw: Record<string, string[][]> = {};
  let shown: Record<string, string[][]> = {};

  beforeAll(async () => {
    const alingsas = buildReport(buildLedger(alingsasEntries()), readTemplate({ sheets: [alingsasStructure()] }).template as Template, { forecast: 'manual', signs: 'costs-negative', unit: 'tkr' });
    const ekero = buildReport(buildLedger(ekeroEntries()), defaultTemplate(false), { forecast: 'remaining-budget', signs: 'income-negative', unit: 'tkr' });
    const breakdown = buildReport(
      buildLedger(alingsasEntries().map((e, i) => ({ ...e, dims: { Ansvar: ['100', '200', '300'][i % 3] } }))),
      defaultTemplate(false),
      { forecast: 'budget-ratio', signs: 'costs-negative', unit: 'mnkr', by: 'Ansvar' },
    );
    grids.push(reportGrid(alingsas, { lang: 'sv', title: 'Alingsås KS' }), { ...reportGrid(ekero, { lang: 'sv' }), name: 'KR_Ekero', sheetName: 'Ekero' }, reportGrid(breakdown, { lang: 'en' }));
    const input = join(dir, 'in.xlsx');
    const wb = new Workbook();
    wb.addWorksheet('Huvudbok').addRow(['Konto', 'Belopp']);
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'out.xlsx');
    await writeReportFile(input, grids, out);
    raw = await recalcSheetsToCsv(out);
    shown = shownCsv(out);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('recalculates every amount to the engine value and displays it rounded to the unit', () => {
    let checked = 0;
    for (const grid of grids) {
      const r = raw[grid.sheetName];
      const s = shown[grid.sheetName];
      expect(r).toBeDefined();
      expect(s).toBeDefined();
      const divisor = grid.rows.flat().some((c) => c.format?.includes(',,')) ? 100_000 : 1000;
      grid.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (typeof cell.value !== 'number' || !cell.format || cell.format === '0%') return;
          expect(Number(r[i][j])).toBeCloseTo(cell.value, 2);
          // tkr shows whole thousands; mnkr one decimal: both are whole multiples of the divisor.
          const expected = Math.round(cell.value / divisor) * (divisor === 1000 ? 1 : 0.1);
          expect(shownNumber(s[i][j])).toBeCloseTo(expected + 0, 6);
          checked += 1;
        }),
      );
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('shows the published Alingsås figures and the Ekerö total of unrounded parts', () => {
    const s = shown['Rapport 2023-08'];
    const row = (label: string) => s.find((r) => r[0] === label) as string[];
    // Columns: B budget helår, F prognos helår, G avvikelse prognos/budget, D utfall, H utfall fg år, I förändring.
    for (const p of Object.values(PUBLISHED)) {
      const r = row(p.label);
      expect([r[1], r[5], r[6], r[3], r[7], r[8]].map(shownNumber)).toEqual([p.budget, p.forecast, p.avv, p.actual, p.prior, p.diff].map((n) => n + 0));
    }
    const e = shown.Ekero;
    const costs = e.find((r) => r[0] === 'Verksamhetens kostnader') as string[];
    // income-negative convention: costs are positive, 3 × 42 889,6 = 128 668,8 → 128 669
    expect(shownNumber(costs[3])).toBe(128669);
  });
});
