/**
 * Variance charts in Excel, through the Office.js simulator: insert adds a clustered bar chart per
 * spec whose series read the report's cells, reversed so the bars follow the table, placed beside
 * it and named for the block; refresh deletes and re-adds only the add-in's own charts.
 */
import * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { reportGrid } from '../../src/core/layout/report-grid';
import { withVarianceCharts } from '../../src/core/charts';
import type { ReportGrid } from '../../src/core/grid';
import { createSimulator } from '../fakes/office-sim';
import { chartLedger as ledger } from '../helpers/chart-ledger';

function grid(by?: string, lang: 'sv' | 'en' = 'sv'): ReportGrid {
  const report = buildReport(ledger, defaultTemplate(false), { forecast: 'linear', signs: 'costs-negative', unit: 'tkr', ...(by ? { by } : {}) });
  return withVarianceCharts(reportGrid(report, { lang }), report, lang);
}

function portOn(minor = 17) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data').getCell('A1').value = 1;
  const sim = createSimulator(wb, { excelApiMinor: minor });
  let n = 0;
  const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= minor, tempSheetName: () => `KR tmp ${(n += 1)}` });
  return { wb, sim, port };
}

const S = "'Rapport 2025-01'";

describe('variance charts through Office.js', () => {
  it('adds the line chart on the data block: type, series ranges, title, reversed axis, number format, position, name', async () => {
    const { sim, port } = portOn();
    await port.writeGrid(grid(), 'insert');
    // Hand-checked layout (as in xlsx-charts.test.ts): data heading on row 20, the seven lines on
    // rows 21–27, labels in A, Avvikelse perioden in B, Avvikelse prognos/budget in C. The table
    // is 12 columns (A–L); the spec anchors the chart two columns past it (core/charts, from when
    // a hidden key column M followed the table), so it starts at O1 (column 14) and ends at V20
    // (the spec's exclusive end row 20, column 22).
    expect(sim.charts('Rapport 2025-01')).toEqual([
      {
        type: 'BarClustered',
        name: 'KR_Chart_KR_Rapport_2025_01_1',
        title: 'Avvikelse mot budget per rad',
        source: `${S}!B21:B27`,
        seriesBy: 'Columns',
        series: [
          { name: 'Avvikelse perioden', values: `${S}!B21:B27`, xValues: `${S}!A21:A27` },
          { name: 'Avvikelse prognos/budget', values: `${S}!C21:C27`, xValues: `${S}!A21:A27` },
        ],
        reversePlotOrder: true,
        categoryAxisPosition: 'Maximum',
        valueAxisNumberFormat: '[>=500]#,##0,;[<=-500]-#,##0,;0,',
        dataLabels: { showValue: true, numberFormat: '[>=500]#,##0,;[<=-500]-#,##0,;0,' },
        legend: 'Bottom',
        position: { start: `${S}!O1`, end: `${S}!V20` },
      },
    ]);
  });

  it('on ExcelApi 1.7 (Excel 2019 without 1.8 members) adds the chart without the 1.8 number formats', async () => {
    const { sim, port } = portOn(7);
    await port.writeGrid(grid(), 'insert');
    const [chart] = sim.charts('Rapport 2025-01');
    expect(chart).toMatchObject({ reversePlotOrder: true, categoryAxisPosition: null, valueAxisNumberFormat: null, dataLabels: { showValue: true, numberFormat: null } });
  });

  it('adds the block chart on the summary rows of a breakdown', async () => {
    const { sim, port } = portOn();
    const g = grid('Ansvar');
    await port.writeGrid(g, 'insert');
    const r = (g.rowKeys ?? []).indexOf('summary:110') + 1;
    const charts = sim.charts('Rapport 2025-01 Ansvar');
    expect(charts.map((c) => c.name)).toEqual(['KR_Chart_KR_Rapport_2025_01_Ansvar_1', 'KR_Chart_KR_Rapport_2025_01_Ansvar_2']);
    // Avvikelse perioden is column E, Avvikelse prognos/budget column G; the categories are the summary labels.
    expect((charts[1].series as { values: string; xValues: string }[]).map((s) => [s.values, s.xValues])).toEqual([
      [`'Rapport 2025-01 Ansvar'!E${r}:E${r + 1}`, `'Rapport 2025-01 Ansvar'!A${r}:A${r + 1}`],
      [`'Rapport 2025-01 Ansvar'!G${r}:G${r + 1}`, `'Rapport 2025-01 Ansvar'!A${r}:A${r + 1}`],
    ]);
  });

  it.each([17, 8])('refresh (ExcelApi 1.%i) replaces only its own chart and leaves a chart of the user as it is', async (minor) => {
    const { sim, port } = portOn(minor);
    await port.writeGrid(grid(), 'insert');
    // The user adds a chart of their own on the report sheet.
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Rapport 2025-01');
      const c = ws.charts.add('ColumnClustered' as Excel.ChartType, ws.getRange('D5:D8'), 'Columns');
      c.name = 'Mitt diagram';
      await context.sync();
    });
    const before = sim.charts('Rapport 2025-01');
    // Refreshed in English: the same block (KR_Rapport_2025_01), its chart re-added with the new title.
    await port.writeGrid(grid(undefined, 'en'), 'refresh');
    const after = sim.charts('Rapport 2025-01');
    expect(after.map((c) => c.name)).toEqual(['Mitt diagram', 'KR_Chart_KR_Rapport_2025_01_1']);
    expect(after[0]).toEqual(before[1]);
    expect(after[1]).toEqual({ ...before[0], title: 'Variance against budget by line', series: [
      { name: 'Variance for the period', values: `${S}!B21:B27`, xValues: `${S}!A21:A27` },
      { name: 'Variance forecast/budget', values: `${S}!C21:C27`, xValues: `${S}!A21:A27` },
    ] });
  });

  it('an insert whose chart fails leaves no report sheet, name or chart behind', async () => {
    const { wb, sim, port } = portOn();
    const before = sim.state();
    sim.failNext('series.setValues');
    await expect(port.writeGrid(grid(), 'insert')).rejects.toMatchObject({ code: 'insert-failed' });
    expect(sim.state()).toBe(before);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data']);
  });

  it('the simulator refuses chart members newer than the host, at the call, as Office.js does', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 1;
    const sim = createSimulator(wb, { excelApiMinor: 7 });
    await expect(
      sim.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Data');
        const chart = ws.charts.add('BarClustered' as Excel.ChartType, ws.getRange('A1'), 'Columns');
        chart.axes.categoryAxis.reversePlotOrder = true; // 1.7: fine
        chart.axes.valueAxis.numberFormat = '0'; // 1.8: refused
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const six = createSimulator(wb, { excelApiMinor: 6 });
    await expect(six.run(async (context) => void context.workbook.worksheets.getItem('Data').charts.add('BarClustered' as Excel.ChartType, context.workbook.worksheets.getItem('Data').getRange('A1'), 'Columns').series.add('x'))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
