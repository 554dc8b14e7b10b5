import { createExcelPort } from '../../src/io/excel';
import type { ReportGrid } from '../../src/core/grid';
import { createSimulator } from '../fakes/office-sim';
import { allSupported, ledgerWorkbook } from '../fakes/office-sim/fixtures';

/** 2 000 rows of 3 cells; a 20 kB sync budget splits them into several write chunks. */
const grid: ReportGrid = {
  name: 'KR_Lang',
  sheetName: 'Lång',
  rows: Array.from({ length: 2000 }, (_, i) => [{ value: `Rad ${i + 1}` }, { value: i }, { formula: `B${i + 1}*2` }]),
  columnWidths: [12, 8, 8],
};

describe('Excel adapter: suspensions of a chunked insert', () => {
  it('suspends screen updating once per batch and calculation for every chunk', async () => {
    const wb = ledgerWorkbook(1);
    const sim = createSimulator(wb);
    const port = createExcelPort(sim.run, { supports: allSupported, syncBudgetBytes: 20_000 });
    await port.writeGrid(grid, 'insert');
    const writes = sim.stats.suspendedCalculation;
    expect(writes).toBeGreaterThan(2); // one per chunk: the grid did not fit one sync
    expect(sim.stats.suspendedScreenUpdating).toBe(1);
    expect(wb.getWorksheet('Lång')?.getCell('C2000').formula).toBe('B2000*2');
  });
});
