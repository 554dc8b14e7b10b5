import * as ExcelJS from 'exceljs';
import type { ReportGrid } from '../../../src/core/grid';

/**
 * Inputs for the adapter tests and the sync benchmark: a ledger workbook built directly in
 * exceljs, and a small report grid with SUM and variance formulas, status cells and comments.
 */
export const LEDGER_HEADER = ['Ansvar', 'Konto', 'Kontotext', 'Period', 'Utfall', 'Budget'];

export function ledgerWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet('Info');
  info.getCell('A1').value = 'Huvudbok 2025';
  info.getCell('B2').value = 10;
  info.getCell('B3').value = { formula: 'B2*2', result: 20 } as ExcelJS.CellValue;
  const ws = wb.addWorksheet('Huvudbok');
  ws.addRow(LEDGER_HEADER);
  const texts = ['Löner', 'Material', 'Hyror', 'Avgifter'];
  for (let i = 0; i < rows; i++) {
    ws.addRow([1000 + (i % 50), 40000 + (i % 40) * 100, texts[i % 4], 202501 + (i % 8), ((i * 7919) % 100000) / 100, ((i * 104729) % 90000) / 100]);
  }
  return wb;
}

/** Title, header, three lines, a SUM total, a variance column, a status column and a comment column. */
export function sampleGrid(name = 'KR_Rapport_2025_08', sheetName = 'Rapport 2025-08'): ReportGrid {
  const fmt = '#,##0;-#,##0';
  const line = (id: string, label: string, budget: number, utfall: number, status: string): ReportGrid['rows'][number] => [
    { value: label, style: 'line', indent: 1 },
    { value: budget, format: fmt, style: 'line' },
    { value: utfall, format: fmt, style: 'line' },
    { formula: '', style: 'line' },
    { value: status, style: status === 'Röd' ? 'status-red' : 'status-green' },
    { value: null, style: 'comment' },
  ];
  const rows = [
    [{ value: 'Driftredovisning augusti 2025', style: 'title' as const }],
    [
      { value: 'Verksamhet', style: 'header' as const },
      { value: 'Budget', style: 'header' as const },
      { value: 'Utfall', style: 'header' as const },
      { value: 'Avvikelse', style: 'header' as const },
      { value: 'Status', style: 'header' as const },
      { value: 'Kommentar', style: 'header' as const },
    ],
    line('a', 'Intäkter', 1000, 1200, 'Grön'),
    line('b', 'Personal', -5000, -5600, 'Röd'),
    line('c', 'Övrigt', -2000, -1900, 'Grön'),
    [
      { value: 'Summa', style: 'total' as const },
      { formula: 'SUM(B3:B5)', format: fmt, style: 'total' as const },
      { formula: 'SUM(C3:C5)', format: fmt, style: 'total' as const },
      { formula: 'C6-B6', format: fmt, style: 'total' as const },
      { value: null, style: 'total' as const },
      { value: null, style: 'total' as const },
    ],
  ].map((r, i) => (i >= 2 && i <= 4 ? r.map((c, j) => (j === 3 ? { formula: `C${i + 1}-B${i + 1}`, format: fmt, style: 'line' as const } : c)) : r));
  return {
    name,
    sheetName,
    rows,
    columnWidths: [28, 12, 12, 12, 10, 40],
    freeze: { rows: 2, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    conditionalFormats: [{ range: 'E3:E5', rules: [{ equals: 'Röd', style: 'status-red' }, { equals: 'Grön', style: 'status-green' }] }],
    commentColumn: 5,
    rowKeys: [null, null, 'a', 'b', 'c', 'total'],
  };
}

/** Every supported requirement set, as a modern Excel host reports. */
export const allSupported = (): boolean => true;

export async function saveAndLoad(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(buf as ArrayBuffer);
  return out;
}
