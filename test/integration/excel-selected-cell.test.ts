import { createExcelPort } from '../../src/io/excel';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';

// Visa underlag in Excel starts from the cell the user selected in the inserted report.
describe('the selected cell inside Excel', () => {
  it('is the active cell of the report sheet, as sheet and A1 address', async () => {
    const sim = createSimulator(ledgerWorkbook(3), {});
    let n = 0;
    const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => `KR tmp ${(n += 1)}` });
    const at = await port.writeGrid(sampleGrid(), 'insert');
    await port.selectCell(at.sheet, 'D5');
    expect(await port.selectedCell?.()).toEqual({ sheet: at.sheet, address: 'D5' });
  });
});
