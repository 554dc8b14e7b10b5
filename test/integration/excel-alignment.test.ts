import * as ExcelJS from 'exceljs';
import type { ReportGrid } from '../../src/core/grid';
import { createExcelPort } from '../../src/io/excel';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';

/**
 * The Office.js writer does what the file writer does (issue 12's list of divergences): A4
 * paper, header rows as high as their wrapped headings, cells under a conditional format
 * centred, a deleted report sheet reported as report-not-found, and duplicate row labels that
 * each keep their own comment on refresh.
 */
function setup() {
  const wb = ledgerWorkbook(3);
  const sim = createSimulator(wb);
  let n = 0;
  return { wb, sim, port: createExcelPort(sim.run, { supports: () => true, tempSheetName: () => `KR tmp ${(n += 1)}` }) };
}

describe('Excel writer aligned with the file writer', () => {
  it('prints on A4 and gives a wrapping header row the height of its lines', async () => {
    const { wb, port } = setup();
    const g = sampleGrid();
    const rows = g.rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === 4 ? { ...c, value: 'Status enligt prognos' } : c)) : r));
    const r = await port.writeGrid({ ...g, rows }, 'insert');
    const ws = wb.getWorksheet(r.sheet) as ExcelJS.Worksheet;
    expect(ws.pageSetup.paperSize).toBe(9); // OOXML paper size 9 = A4
    // 'Status enligt prognos' in a 10-character column: three lines of 15 pt.
    expect(ws.getRow(2).height).toBe(45);
  });

  it('centres the cells under a conditional format, whatever their style', async () => {
    const { wb, port } = setup();
    const g = sampleGrid();
    // Budget amounts B3:B5 under a text rule: centred like the file writer does.
    const r = await port.writeGrid({ ...g, conditionalFormats: [...(g.conditionalFormats ?? []), { range: 'B3:B5', rules: [{ equals: 'x', style: 'status-grey' }] }] }, 'insert');
    const ws = wb.getWorksheet(r.sheet) as ExcelJS.Worksheet;
    expect(['B3', 'B4', 'B5', 'C3'].map((a) => ws.getCell(a).alignment?.horizontal)).toEqual(['center', 'center', 'center', undefined]);
  });

  it('says report-not-found when the report sheet was deleted (its name then refers to #REF!)', async () => {
    const { wb, sim, port } = setup();
    const r = await port.writeGrid(sampleGrid(), 'insert');
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(r.sheet).delete();
      await context.sync();
    });
    await expect(port.writeGrid(sampleGrid(), 'refresh')).rejects.toMatchObject({ code: 'report-not-found' });
    // KR_Metadata (very hidden) is the insert's, as in the file adapter; the refresh added nothing.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Info', 'Huvudbok', 'KR_Metadata']);
  });

  it('keeps the comment of each duplicate row in its own row (the n-th occurrence gets the n-th comment)', async () => {
    const { wb, port } = setup();
    const grid: ReportGrid = {
      name: 'KR_Dubbel', sheetName: 'Dubbel', columnWidths: [12, 8, 20], commentColumn: 2,
      rows: [[{ value: 'Rad' }, { value: 'Belopp' }, { value: 'Kommentar' }], [{ value: 'Övrigt' }, { value: 1 }, {}], [{ value: 'Löner' }, { value: 2 }, {}], [{ value: 'Övrigt' }, { value: 3 }, {}]],
    };
    const r = await port.writeGrid(grid, 'insert');
    const ws = wb.getWorksheet(r.sheet) as ExcelJS.Worksheet;
    ws.getCell('C2').value = 'första övrigt';
    ws.getCell('C4').value = 'andra övrigt';
    await port.writeGrid(grid, 'refresh');
    expect(['C2', 'C3', 'C4'].map((a) => ws.getCell(a).value)).toEqual(['första övrigt', null, 'andra övrigt']);
  });
});
