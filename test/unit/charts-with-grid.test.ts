import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import type { Paragraph } from '../../src/core/commentary/commentary-types';
import { reportGrid } from '../../src/core/layout/report-grid';
import { cellA1, parseRangeA1 } from '../../src/core/address';
import { withVarianceCharts } from '../../src/core/charts';
import { chartLedger as ledger, reportColumn as col } from '../helpers/chart-ledger';

const commentary: Paragraph[] = [{ topic: 'net', text: 'Verksamhetens nettokostnad …' }];

describe('withVarianceCharts: the chart data lives in the grid', () => {
  // Linear forecast (U × 12/m): the forecast deviation differs from the period deviation, so both series stay.
  const report = buildReport(ledger, defaultTemplate(false), { forecast: 'linear', signs: 'costs-negative', unit: 'tkr', by: 'Ansvar' });
  const plain = reportGrid(report, { lang: 'sv', commentary });
  const grid = withVarianceCharts(plain, report, 'sv');
  const keys = grid.rowKeys ?? [];
  const [lines, blocks] = grid.charts ?? [];

  it('puts the data rows between the notes and the commentary, and the line chart reads exactly them', () => {
    const cats = parseRangeA1(lines.categories)!;
    const ids = ['income', 'personnel', 'premises', 'other', 'allocation', 'financial', 'net'];
    expect(cats.rows).toBe(ids.length);
    // Each category cell is a formula pointing at the label of its line's row in the table.
    for (let i = 0; i < ids.length; i++) {
      const r = keys.indexOf(ids[i]);
      expect(grid.rows[cats.row + i][0].formula).toBe(`=${cellA1(r, 0)}`);
      const v = parseRangeA1(lines.series[1].values)!;
      expect(grid.rows[v.row + i][v.col].formula).toBe(`=${cellA1(r, col('varianceYear'))}`);
    }
    // The series names are the data block's heading cells.
    const name = parseRangeA1(lines.series[0].nameCell)!;
    expect(grid.rows[name.row][name.col].value).toBe('Avvikelse perioden');
    // The commentary follows the data, unchanged and still last.
    const heading = keys.indexOf('commentary-heading');
    expect(heading).toBeGreaterThan(cats.row + cats.rows);
    expect(grid.rows.slice(heading).map((r) => r[0].value)).toEqual(plain.rows.slice((plain.rowKeys ?? []).indexOf('commentary-heading')).map((r) => r[0].value));
    expect(grid.rows.length).toBe(plain.rows.length + 1 + 1 + ids.length);
    expect(keys.length).toBe(grid.rows.length);
    expect(grid.rows.every((r) => r.length === plain.columnWidths.length)).toBe(true);
  });

  it('keeps the table rows where they were, so the block chart still reads the summary rows', () => {
    expect(grid.rows.slice(0, keys.indexOf('net') + 1)).toEqual(plain.rows.slice(0, keys.indexOf('net') + 1));
    const r = keys.indexOf('summary:110');
    expect(parseRangeA1(blocks.categories)).toEqual({ row: r, col: 0, rows: 2, cols: 1 });
    expect(grid.rows[r][0].value).toBe('Ansvar 110');
  });

  it('without commentary appends the data block after a blank row', () => {
    const bare = reportGrid(report, { lang: 'en' });
    const g = withVarianceCharts(bare, report, 'en');
    expect(g.rows.length).toBe(bare.rows.length + 1 + 8);
    expect(g.rows[bare.rows.length].every((c) => c.value === undefined && c.formula === undefined)).toBe(true);
    expect(parseRangeA1(g.charts![0].categories)!.row).toBe(bare.rows.length + 2);
  });

  it('shows one series when the forecast deviation equals the period deviation on every bar (outcome + remaining budget)', () => {
    // U + (B − Bm) as forecast: B − forecast = Bm − U, the period deviation, on every line and block.
    const r = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr', by: 'Ansvar' });
    const g = withVarianceCharts(reportGrid(r, { lang: 'sv' }), r, 'sv');
    expect(g.charts?.map((c) => c.series.map((s) => s.name))).toEqual([['Avvikelse perioden'], ['Avvikelse perioden']]);
    // With the linear forecast they differ: both stay.
    expect(grid.charts?.map((c) => c.series.length)).toEqual([2, 2]);
  });
});
