import * as ExcelJS from 'exceljs';
import { createExcelPort, ExcelReadError } from '../../src/io/excel';
import { createSimulator } from '../fakes/office-sim';
import { allSupported, ledgerWorkbook } from '../fakes/office-sim/fixtures';
import { errorTexts } from '../../src/core/i18n/render';

function portOn(wb: ExcelJS.Workbook, opts: { maxCellsTotal?: number } = {}) {
  const sim = createSimulator(wb);
  return { sim, port: createExcelPort(sim.run, { supports: allSupported, ...opts }) };
}

describe('Excel adapter: reading has a size bound', () => {
  it('refuses a sheet whose used range a stray value at XFD1048576 stretches to 17 billion cells, before reading it', async () => {
    const wb = ledgerWorkbook(10);
    (wb.getWorksheet('Huvudbok') as ExcelJS.Worksheet).getCell('XFD1048576').value = 'x';
    const { sim, port } = portOn(wb);
    const err = await port.snapshot({ sheets: ['Huvudbok'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelReadError);
    expect(err).toMatchObject({ code: 'too-large', params: { sheet: 'Huvudbok', address: 'A1:XFD1048576', cells: 1_048_576 * 16_384 } });
    const { sv, en } = errorTexts(err as ExcelReadError);
    expect(sv).toContain("Bladet 'Huvudbok' har det använda området A1:XFD1048576, 17 179 869 184 celler");
    expect(sv).toContain('Ctrl+End');
    expect(en).toContain("Sheet 'Huvudbok' has used range A1:XFD1048576");
    // Only the geometry and the first block of rows (at most 16 columns) were read.
    expect(sim.stats.cellsRead).toBeLessThan(1_000_000);
  });

  it('refuses sheets that are each within the bound but together above it, naming the largest', async () => {
    const wb = ledgerWorkbook(99); // Huvudbok: 100 rows × 6 columns = 600 cells; Info: B3 → 3 × 2 = 6 cells
    const { port } = portOn(wb, { maxCellsTotal: 600 });
    await expect(port.snapshot()).rejects.toMatchObject({ code: 'too-large', params: { sheet: 'Huvudbok', address: 'A1:F100', cells: 606, limit: 600, scope: 'workbook' } });
    const fits = portOn(ledgerWorkbook(99), { maxCellsTotal: 606 });
    const snap = await fits.port.snapshot();
    expect(snap.sheets.find((s) => s.name === 'Huvudbok')?.values).toHaveLength(100);
  });
});
