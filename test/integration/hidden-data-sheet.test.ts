import * as ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { createExcelPort } from '../../src/io/excel';
import { addGridsToWorkbook } from '../../src/io/xlsx';
import { historyGrid } from '../../src/core/history';
import type { ForecastHistory } from '../../src/core/history';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook } from '../fakes/office-sim/fixtures';

const history: ForecastHistory = { records: [{ year: 2025, month: 4, report: 'drift', block: '', line: 'net', label: 'Verksamhetens nettokostnad', forecast: -3600000 }] };

describe("the add-in's own data sheet (forecast history) goes in hidden in both hosts", () => {
  it('Excel: the sheet is hidden and does not take the focus', async () => {
    const wb = ledgerWorkbook(5);
    const sim = createSimulator(wb, {});
    let n = 0;
    const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => `KR tmp ${(n += 1)}` });
    const before = sim.selection().sheet;
    const result = await port.writeGrid(historyGrid(history), 'insert');
    expect(result.sheet).toBe('Prognoshistorik');
    expect(wb.getWorksheet('Prognoshistorik')?.state).toBe('hidden');
    expect(wb.getWorksheet('Huvudbok')?.state ?? 'visible').toBe('visible');
    // The user stays where they were (a visible report, by contrast, is activated).
    expect(sim.selection().sheet).toBe(before);
    expect(before).not.toBe('Prognoshistorik');
  });

  it('file: the <sheet> element says state="hidden"', async () => {
    const src = new ExcelJS.Workbook();
    src.addWorksheet('Huvudbok').addRow(['Konto', 'Period', 'Utfall']);
    const bytes = new Uint8Array(await src.xlsx.writeBuffer());
    const out = await addGridsToWorkbook(bytes, [historyGrid(history)], 'insert');
    const workbookXml = strFromU8(unzipSync(out)['xl/workbook.xml']);
    expect(workbookXml).toMatch(/<sheet name="Prognoshistorik" sheetId="\d+" state="hidden" /);
    // The user's own sheet keeps its element as it was.
    expect(workbookXml).toMatch(/<sheet sheetId="1" name="Huvudbok" state="visible" r:id="rId\d+"\/>/);
  });
});
