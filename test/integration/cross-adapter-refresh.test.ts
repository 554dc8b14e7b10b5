/**
 * A report inserted outside Excel (CLI or browser page, file adapter) and later refreshed inside
 * Excel (Office.js adapter) keeps the controller's Kommentar cells: the Excel adapter matches the
 * old rows by their label when the block carries none of its own row keys.
 */
import * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { createFilePort } from '../../src/io/xlsx/file-port';
import type { ReportGrid } from '../../src/core/grid';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';

/** A fresh temporary sheet name per call: an atomic refresh stages on two temporary sheets at once. */
let temps = 0;
const nextTempName = (): string => `KR tmp ${(temps += 1)}`;

async function insertedByFileAdapter(grid: ReportGrid): Promise<ExcelJS.Workbook> {
  const source = new Uint8Array(await ledgerWorkbook(5).xlsx.writeBuffer());
  const port = await createFilePort(source, 'huvudbok.xlsx');
  await port.writeGrid(grid, 'insert');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await port.bytes()) as unknown as ArrayBuffer);
  return wb;
}

function excelPortOn(wb: ExcelJS.Workbook) {
  const sim = createSimulator(wb);
  return createExcelPort(sim.run, { supports: () => true, tempSheetName: nextTempName });
}

it('keeps comments by line label when Excel refreshes a block the file adapter wrote', async () => {
  const wb = await insertedByFileAdapter(sampleGrid());
  const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
  // sampleGrid: rows 3-5 are Intäkter, Personal, Övrigt; column F is Kommentar.
  ws.getCell('F4').value = 'Vakanser under våren';
  ws.getCell('F5').value = 'Lägre konsultkostnad';
  const refreshed = sampleGrid();
  // The new run drops "Intäkter" and keeps the other lines in a new order.
  const rows = [refreshed.rows[0], refreshed.rows[1], refreshed.rows[4], refreshed.rows[3], refreshed.rows[5]];
  await excelPortOn(wb).writeGrid({ ...refreshed, rows, rowKeys: undefined, conditionalFormats: [] }, 'refresh');
  expect(ws.getCell('A3').value).toBe('Övrigt');
  expect(ws.getCell('F3').value).toBe('Lägre konsultkostnad');
  expect(ws.getCell('A4').value).toBe('Personal');
  expect(ws.getCell('F4').value).toBe('Vakanser under våren');
});

it('gives a label that occurs twice the comment of the same occurrence in the old block (the first Personal keeps the first comment)', async () => {
  const g = sampleGrid();
  const twice = g.rows.map((r, i) => (i === 4 ? r.map((c, j) => (j === 0 ? { ...c, value: 'Personal' } : c)) : r));
  const wb = await insertedByFileAdapter({ ...g, rows: twice });
  const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
  ws.getCell('F4').value = 'första';
  ws.getCell('F5').value = 'andra';
  await excelPortOn(wb).writeGrid({ ...sampleGrid(), rowKeys: undefined, conditionalFormats: [] }, 'refresh');
  expect(ws.getCell('A4').value).toBe('Personal');
  expect(ws.getCell('F4').value).toBe('första');
});
