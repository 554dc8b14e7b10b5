import * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { createSimulator } from '../fakes/office-sim';
import { allSupported, sampleGrid } from '../fakes/office-sim/fixtures';

function portOn(wb: ExcelJS.Workbook) {
  const sim = createSimulator(wb);
  return { sim, port: createExcelPort(sim.run, { supports: allSupported }) };
}

describe('Excel adapter near the sheet edge (row 1 048 576, column XFD)', () => {
  it('reads a sheet whose only data sits in the last rows of the last column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kant');
    ws.getCell('XFD1048575').value = 'Utfall';
    ws.getCell('XFD1048576').value = 42;
    const { port } = portOn(wb);
    const snap = await port.snapshot({ sheets: ['Kant'] });
    expect(snap.sheets[0]).toMatchObject({ originRow: 1_048_574, originCol: 16_383, values: [['Utfall'], [42]] });
  });

  it('refreshes a block that ends on the last row, reading only the old and the new block', async () => {
    // A 6-row, 7-column report (sampleGrid plus the key column an earlier version wrote) placed in
    // the sheet's last 6 rows; its name has no comment, so rows match by label. The new block is
    // 6 columns (keys in KR_Metadata) and the old seventh column is cleared with the old block.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rapport');
    ws.getCell('A1048571').value = 'Gammal titel';
    ws.getCell('F1048574').value = 'Behåll kommentaren'; // Personal's comment, matched by its label
    ws.getCell('A1048574').value = 'Personal';
    wb.definedNames.add("'Rapport'!$A$1048571:$G$1048576", 'KR_Rapport_2025_08');
    const { sim, port } = portOn(wb);
    const r = await port.writeGrid(sampleGrid(), 'refresh');
    expect(r).toEqual({ sheet: 'Rapport', address: 'A1048571:F1048576', name: 'KR_Rapport_2025_08' });
    expect(ws.getCell('A1048571').value).toBe('Driftredovisning augusti 2025');
    expect(ws.getCell('B1048576').formula).toBe('SUM(B1048573:B1048575)');
    expect(ws.getCell('F1048574').value).toBe('Behåll kommentaren');
    // Only the old block's label column and Kommentar column, 6 rows each (the new block is not
    // larger, so no cells beyond it): not the (old + new)² of a resize by the new size.
    expect(sim.stats.cellsRead).toBe(2 * 6);
  });
});
