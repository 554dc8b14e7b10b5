import { Workbook } from 'exceljs';
import type { GridCell, ReportGrid } from '../../src/core/grid';

/**
 * A small report-like grid (a driftredovisning per verksamhet, amounts in kronor shown in tkr)
 * with SUM and variance formulas, an "varav" row, a status column with conditional formats and
 * a Kommentar column holding strings that look like formulas. The expected numbers are worked
 * out by hand in `expectedTotals` below, not by the program.
 */
export const TKR = '#,##0,;-#,##0,';

const text = (value: string, style: GridCell['style'] = 'line', indent?: number): GridCell => ({
  value,
  style,
  ...(indent ? { indent } : {}),
});
const amount = (value: number, style: GridCell['style'] = 'line'): GridCell => ({ value, format: TKR, style });
const formula = (f: string, style: GridCell['style'] = 'line'): GridCell => ({ formula: f, format: TKR, style });
const status = (s: string): GridCell => ({ value: s, style: 'line' });

export const injected = ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)'] as const;

/** Row r of the grid is sheet row r+1; columns A..G = Verksamhet, Budget, Utfall, Prognos, Avvikelse, Status, Kommentar. */
export function sampleReportGrid(name = 'KR_Drift_2025_08', sheetName = 'Rapport 2025-08'): ReportGrid {
  const rows: GridCell[][] = [
    [text('Driftredovisning per verksamhet', 'title')],
    [text('Januari–augusti 2025, belopp i tkr', 'subtitle')],
    [],
    ['Verksamhet', 'Budget helår', 'Utfall jan–aug', 'Prognos helår', 'Avvikelse budget–prognos', 'Status', 'Kommentar'].map((h) => text(h, 'header')),
    [text('Förskola', 'line', 1), amount(125_400_000), amount(84_210_500), amount(126_900_000), formula('=B5-D5'), status('Gul'), text(injected[0], 'comment')],
    [text('Grundskola', 'line', 1), amount(210_300_000), amount(139_880_250), amount(208_750_000), formula('=B6-D6'), status('Grön'), text(injected[1], 'comment')],
    [text('varav fritidshem', 'of-row', 2), amount(18_200_000, 'of-row'), amount(12_450_400, 'of-row'), amount(18_900_000, 'of-row'), formula('=B7-D7', 'of-row'), status('Gul'), text('', 'comment')],
    [text('Summa utbildning', 'subtotal'), formula('=B5+B6', 'subtotal'), formula('=C5+C6', 'subtotal'), formula('=D5+D6', 'subtotal'), formula('=B8-D8', 'subtotal'), text('', 'subtotal'), text('', 'comment')],
    [text('Äldreomsorg', 'line', 1), amount(180_000_000), amount(121_333_333), amount(183_500_000), formula('=B9-D9'), status('Röd'), text(injected[2], 'comment')],
    [text('Individ- och familjeomsorg', 'line', 1), amount(64_500_000), amount(44_100_750.5), amount(66_000_000), formula('=B10-D10'), status('Röd'), text(injected[3], 'comment')],
    [text('Summa vård och omsorg', 'subtotal'), formula('=SUM(B9:B10)', 'subtotal'), formula('=SUM(C9:C10)', 'subtotal'), formula('=SUM(D9:D10)', 'subtotal'), formula('=B11-D11', 'subtotal'), text('', 'subtotal'), text('', 'comment')],
    [text('Summa verksamheterna', 'total'), formula('=B8+B11', 'total'), formula('=C8+C11', 'total'), formula('=D8+D11', 'total'), formula('=B12-D12', 'total'), text('', 'total'), text('', 'comment')],
    [],
    [text('Källa: huvudbok per 2025-08-31. Negativ avvikelse = prognosen överskrider budget.', 'note')],
  ];
  return {
    name,
    sheetName,
    rows,
    columnWidths: [34, 14, 14, 14, 16, 10, 40],
    freeze: { rows: 4, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    conditionalFormats: [
      {
        range: 'F5:F12',
        rules: [
          { equals: 'Röd', style: 'status-red' },
          { equals: 'Gul', style: 'status-yellow' },
          { equals: 'Grön', style: 'status-green' },
        ],
      },
    ],
    commentColumn: 6,
    rowKeys: [null, null, null, null, 'forskola', 'grundskola', 'fritids', 'sum-utb', 'aldre', 'ifo', 'sum-vo', 'total', null, null],
  };
}

/**
 * Hand calculation (kronor), row label → [budget, utfall, prognos, avvikelse = budget − prognos]:
 * Summa utbildning  = Förskola + Grundskola (the varav row is inside Grundskola, not added).
 *   budget 125 400 000 + 210 300 000 = 335 700 000; utfall 84 210 500 + 139 880 250 = 224 090 750;
 *   prognos 126 900 000 + 208 750 000 = 335 650 000; avvikelse 335 700 000 − 335 650 000 = 50 000.
 * Summa vård och omsorg: budget 180 000 000 + 64 500 000 = 244 500 000;
 *   utfall 121 333 333 + 44 100 750.5 = 165 434 083.5; prognos 183 500 000 + 66 000 000 = 249 500 000;
 *   avvikelse −5 000 000.
 * Summa verksamheterna: budget 580 200 000; utfall 389 524 833.5; prognos 585 150 000; avvikelse −4 950 000.
 */
export const expectedTotals: Readonly<Record<string, readonly [number, number, number, number]>> = {
  Förskola: [125_400_000, 84_210_500, 126_900_000, -1_500_000],
  Grundskola: [210_300_000, 139_880_250, 208_750_000, 1_550_000],
  'varav fritidshem': [18_200_000, 12_450_400, 18_900_000, -700_000],
  'Summa utbildning': [335_700_000, 224_090_750, 335_650_000, 50_000],
  Äldreomsorg: [180_000_000, 121_333_333, 183_500_000, -3_500_000],
  'Individ- och familjeomsorg': [64_500_000, 44_100_750.5, 66_000_000, -1_500_000],
  'Summa vård och omsorg': [244_500_000, 165_434_083.5, 249_500_000, -5_000_000],
  'Summa verksamheterna': [580_200_000, 389_524_833.5, 585_150_000, -4_950_000],
};

/** A small source workbook: a ledger sheet with a formula and a date, and a goals sheet. */
export async function sampleSourceWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const hb = wb.addWorksheet('Huvudbok');
  hb.addRow(['Datum', 'Konto', 'Ansvar', 'Belopp', 'Text']);
  hb.addRow([new Date(Date.UTC(2025, 7, 31)), 3010, 'Förskola', 1200.5, 'Avgift']);
  hb.addRow([new Date(Date.UTC(2025, 7, 15)), 4010, 'Förskola', -300, '=inte en formel']);
  hb.addRow([null, null, 'Summa', { formula: 'SUM(D2:D3)', result: 900.5 }, null]);
  hb.getColumn(1).numFmt = 'yyyy-mm-dd';
  const mal = wb.addWorksheet('Mål');
  mal.addRow(['Mål', 'Indikator', 'Utfall']);
  mal.addRow(['Trygg uppväxt', 'Andel behöriga till gymnasiet', 0.87]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
