import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { readTemplate } from '../../src/core/report/read-template';
import { reportGrid } from '../../src/core/layout/report-grid';
import type { GridCell, ReportGrid } from '../../src/core/grid';
import type { Entry } from '../helpers/ledger-builder';
import { buildLedger } from '../helpers/ledger-builder';
import { sheet, workbook } from '../helpers/snapshot-builder';
import { ekeroEntries } from '../fixtures/report/ekero';

const findRow = (grid: ReportGrid, key: string) => (grid.rowKeys ?? []).indexOf(key);
const cell = (grid: ReportGrid, key: string, col: number): GridCell => grid.rows[findRow(grid, key)][col];

describe('reportGrid', () => {
  const ledger = buildLedger(ekeroEntries());
  const report = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr' });
  const grid = reportGrid(report, { lang: 'sv', title: 'Ekonomisk uppföljning – Kommunstyrelsen' });

  it('names the block and the sheet by the period, and prints landscape with a frozen header', () => {
    expect(grid.name).toBe('KR_Rapport_2023_12');
    expect(grid.sheetName).toBe('Rapport 2023-12');
    expect(grid.print).toEqual({ landscape: true, fitToWidth: true });
    expect(grid.freeze).toEqual({ rows: 4, columns: 1 });
    expect(grid.rows.slice(0, 3).map((r) => r[0].value)).toEqual(['Ekonomisk uppföljning – Kommunstyrelsen', 'Utfall jan–dec 2023', 'Belopp i tkr']);
    expect(grid.rows[3][1].value).toBe('Budget helår 2023');
    expect(grid.rows[3][grid.commentColumn as number].value).toBe('Kommentar');
  });

  it('keeps the unrounded total: −128 669 tkr where the rounded parts add to −128 670 (DOMAIN.md §4)', () => {
    const parts = ['personnel', 'premises', 'other'].map((k) => cell(grid, k, 3).value as number);
    expect(parts.map((v) => Math.round(v / 1000))).toEqual([-42890, -42890, -42890]);
    const costs = cell(grid, 'costs', 3);
    expect(costs.formula).toBe(`=SUM(D${findRow(grid, 'personnel') + 1}:D${findRow(grid, 'other') + 1})`);
    expect(Math.round((costs.value as number) / 1000)).toBe(-128669);
    expect(costs.format).toBe('[>=500]#,##0,;[<=-500]-#,##0,;0,');
  });

  it('writes variance columns as formulas over the row itself', () => {
    const r = findRow(grid, 'personnel') + 1;
    expect(cell(grid, 'personnel', 4).formula).toBe(`=D${r}-C${r}`);
    expect(cell(grid, 'personnel', 6).formula).toBe(`=F${r}-B${r}`);
    expect(cell(grid, 'personnel', 8).formula).toBe(`=D${r}-H${r}`);
  });

  it('styles sums and of-rows, and keeps of-rows out of every sum', () => {
    expect(cell(grid, 'result', 0).style).toBe('total');
    expect(cell(grid, 'costs', 0).style).toBe('subtotal');
    expect(cell(grid, 'income.grants', 0).style).toBe('of-row');
    const ofRow = String(findRow(grid, 'income.grants') + 1);
    const formulas = grid.rows.flat().map((c) => c.formula ?? '').filter((f) => f.startsWith('=SUM'));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.some((f) => new RegExp(`[A-Z]${ofRow}(?!\\d)`).test(f))).toBe(false);
  });

  it('scales number formats by the unit, never with a literal space', () => {
    const kr = reportGrid({ ...report, unit: 'kr' }, { lang: 'sv' });
    const mnkr = reportGrid({ ...report, unit: 'mnkr' }, { lang: 'en' });
    expect(cell(kr, 'costs', 1).format).toBe('[>=0.5]#,##0;[<=-0.5]-#,##0;0');
    expect(cell(mnkr, 'costs', 1).format).toBe('[>=50000]#,##0.0,,;[<=-50000]-#,##0.0,,;0.0,,');
    expect(mnkr.rows[2][0].value).toBe('Amounts in SEK million');
    expect(grid.rows.flat().every((c) => !c.format || !c.format.includes(' '))).toBe(true);
    expect(cell(grid, 'result', 2).format).toBe('[>=500]#,##0,;[<=-500]-#,##0,;0,');
  });

  it('writes a user label that looks like a formula as a plain value', () => {
    const t = readTemplate(
      workbook(
        sheet('Rapportstruktur', [
          ['Id', 'Rubrik', 'Typ', 'Konton', 'Motpart', 'Summa av'],
          ['a', '=HYPERLINK("http://x")', 'konton', '5;6;4', '', ''],
          ['b', 'Intäkter', 'konton', '3', '', ''],
          ['s', 'Summa', 'summa', '', '', 'a;b'],
        ]),
      ),
    ).template;
    const g = reportGrid(buildReport(ledger, t as NonNullable<typeof t>, { forecast: 'linear', signs: 'costs-negative', unit: 'tkr' }), { lang: 'sv' });
    const label = cell(g, 'a', 0);
    expect(label.value).toBe('=HYPERLINK("http://x")');
    expect(label.formula).toBeUndefined();
  });

  it('lays out a breakdown: total, a summary pointing at each block net row, then the blocks', () => {
    const entries: Entry[] = ['100', '200'].flatMap((ansvar, i) => [
      { account: '5010', period: 202503, kind: 'actual' as const, amount: 1000 * (i + 1), dims: { Ansvar: ansvar } },
      { account: '3010', period: 202503, kind: 'actual' as const, amount: -300, dims: { Ansvar: ansvar } },
    ]);
    const r = buildReport(buildLedger(entries), defaultTemplate(false), { forecast: 'linear', signs: 'costs-negative', unit: 'kr', by: 'Ansvar' });
    const g = reportGrid(r, { lang: 'sv' });
    expect(g.name).toBe('KR_Rapport_2025_03_Ansvar');
    const summary = cell(g, 'summary:200', 3);
    expect(summary.formula).toBe(`=D${findRow(g, 'Ansvar=200:net') + 1}`);
    expect(summary.value).toBeCloseTo(-1700, 9);
    expect(cell(g, 'net', 3).value).toBeCloseTo(-2400, 9);
    expect(new Set(g.rowKeys?.filter((k) => k !== null)).size).toBe(g.rowKeys?.filter((k) => k !== null).length);
  });
});
