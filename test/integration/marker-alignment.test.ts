import * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { addGridsToWorkbook } from '../../src/io/xlsx';
import type { ReportGrid } from '../../src/core/grid';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook } from '../fakes/office-sim/fixtures';

// A suppressed sick-leave figure is the text "–" in a column of percentages: it must sit right,
// under the numbers, not at the left edge of the cell (seen in a LibreOffice rendering).
const grid: ReportGrid = {
  name: 'KR_Sjukfranvaro_2025',
  sheetName: 'Sjukfrånvaro 2025',
  columnWidths: [30, 10, 10],
  rows: [
    [{ value: 'Sjukfrånvaro', style: 'header' }, { value: '2024', style: 'header' }, { value: '2025', style: 'header' }],
    [{ value: 'Total sjukfrånvaro', style: 'subtotal' }, { value: 0.036, format: '0.0%', style: 'subtotal' }, { value: 0.034, format: '0.0%', style: 'subtotal' }],
    [{ value: '29 år eller yngre', style: 'line' }, { value: 0.033, format: '0.0%', style: 'line' }, { value: '–', style: 'line' }],
  ],
};

describe('a text marker among amounts lines up with them, in both hosts', () => {
  it('file: the "–" cell is right-aligned, the label stays left', async () => {
    const src = new ExcelJS.Workbook();
    src.addWorksheet('Data').addRow(['x']);
    const out = await addGridsToWorkbook(new Uint8Array(await src.xlsx.writeBuffer()), [grid], 'insert');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Sjukfrånvaro 2025')!;
    expect(ws.getCell('C3').value).toBe('–');
    expect(ws.getCell('C3').alignment?.horizontal).toBe('right');
    expect(ws.getCell('A3').alignment?.horizontal).not.toBe('right');
  });

  it('Excel: the "–" cell is right-aligned', async () => {
    const wb = ledgerWorkbook(3);
    const sim = createSimulator(wb, {});
    const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => 'KR tmp' });
    const at = await port.writeGrid(grid, 'insert');
    const ws = wb.getWorksheet(at.sheet)!;
    expect(ws.getCell('C3').value).toBe('–');
    expect(ws.getCell('C3').alignment?.horizontal).toBe('right');
  });
});
