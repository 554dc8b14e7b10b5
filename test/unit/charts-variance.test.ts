import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { reportGrid } from '../../src/core/layout/report-grid';
import { cellA1, parseRangeA1 } from '../../src/core/address';
import { varianceCharts } from '../../src/core/charts';
import { chartLedger as ledger, reportColumn as col } from '../helpers/chart-ledger';

describe('variance charts (pure spec)', () => {
  const report = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr', by: 'Ansvar' });
  const grid = reportGrid(report, { lang: 'sv' });
  const charts = varianceCharts(report, grid, 'sv');
  const keys = grid.rowKeys ?? [];

  it('charts each konton line of the total and the net, through formulas pointing at the table', () => {
    const lines = charts.lines;
    if (!lines) throw new Error('no line chart');
    const ids = ['income', 'personnel', 'premises', 'other', 'allocation', 'financial', 'net'];
    const body = lines.data.rows.slice(1);
    expect(body.map((r) => r[0].formula)).toEqual(ids.map((id) => `=${cellA1(keys.indexOf(id), 0)}`));
    expect(body.map((r) => r[1].formula)).toEqual(ids.map((id) => `=${cellA1(keys.indexOf(id), col('variancePeriod'))}`));
    expect(body.map((r) => r[2].formula)).toEqual(ids.map((id) => `=${cellA1(keys.indexOf(id), col('varianceYear'))}`));
    // The data block lies below the grid: it covers none of the report's cells.
    expect(lines.data.row).toBeGreaterThanOrEqual(grid.rows.length);
  });

  it('reads categories and both series from the data block, in table order, in the report unit', () => {
    const { chart, data } = charts.lines ?? { chart: null, data: null };
    if (!chart || !data) throw new Error('no line chart');
    const first = data.row + 1;
    const n = data.rows.length - 1;
    expect(parseRangeA1(chart.categories)).toEqual({ row: first, col: 0, rows: n, cols: 1 });
    expect(chart.series.map((s) => [s.name, s.nameCell, parseRangeA1(s.values)])).toEqual([
      ['Avvikelse perioden', cellA1(data.row, 1), { row: first, col: 1, rows: n, cols: 1 }],
      ['Avvikelse prognos/budget', cellA1(data.row, 2), { row: first, col: 2, rows: n, cols: 1 }],
    ]);
    expect(chart).toMatchObject({ kind: 'bar-clustered', reverseCategoryOrder: true, numberFormat: '[>=500]#,##0,;[<=-500]-#,##0,;0,' });
    // Beside the table, never over it.
    expect(chart.anchor.fromCol).toBeGreaterThan(grid.columnWidths.length);
  });

  it('charts the breakdown straight from the contiguous summary rows', () => {
    const blocks = charts.blocks;
    if (!blocks) throw new Error('no block chart');
    const rows = ['summary:110', 'summary:120'].map((k) => keys.indexOf(k));
    expect(rows[1]).toBe(rows[0] + 1);
    expect(parseRangeA1(blocks.categories)).toEqual({ row: rows[0], col: 0, rows: 2, cols: 1 });
    expect(blocks.series.map((s) => parseRangeA1(s.values))).toEqual([
      { row: rows[0], col: col('variancePeriod'), rows: 2, cols: 1 },
      { row: rows[0], col: col('varianceYear'), rows: 2, cols: 1 },
    ]);
    expect(blocks.series[0].nameCell).toBe(cellA1(3, col('variancePeriod')));
    expect(blocks.title).toBe('Avvikelse mot budget per ansvar');
    expect(blocks.anchor.fromRow).toBeGreaterThan(charts.lines?.chart.anchor.toRow ?? Infinity);
  });

  it('has no block chart without a breakdown', () => {
    const plain = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr' });
    expect(varianceCharts(plain, reportGrid(plain, { lang: 'en' }), 'en').blocks).toBeNull();
  });
});
