/**
 * The Excel path end to end, checked by an independent spreadsheet: the example ledger is
 * snapshotted through the Office.js adapter over the simulator, the engine builds the report,
 * the adapter inserts it (values, live SUM and variance formulas), the simulated workbook is saved
 * as .xlsx, and LibreOffice recalculates it. Every amount it computes must equal the engine's
 * number, and the report's formula cells must really be formulas (not pasted values).
 */
import * as ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExcelPort } from '../../src/io/excel';
import { runReport } from '../../src/core/report/run-report';
import { parseCellA1 } from '../../src/core/address';
import { createSimulator } from '../fakes/office-sim';
import { recalcSheetsToCsv } from '../helpers/libreoffice';

jest.setTimeout(240_000);

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kommunstyrelsen-2025.xlsx');

it('a report inserted through the Office.js adapter recalculates in LibreOffice to the engine numbers', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const sim = createSimulator(wb);
  const port = createExcelPort(sim.run, { supports: () => true });
  const snapshot = await port.snapshot();
  const result = runReport(snapshot, { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr', by: 'Ansvar', lang: 'sv' });
  expect(result.grids.length).toBe(1);
  const grid = result.grids[0];
  const written = await port.writeGrid(grid, 'insert');
  const origin = parseCellA1(written.address.split(':')[0]);
  expect(origin).not.toBeNull();

  const dir = mkdtempSync(join(tmpdir(), 'kr-sim-lo-'));
  try {
    const file = join(dir, 'simulated.xlsx');
    await wb.xlsx.writeFile(file);
    const sheets = await recalcSheetsToCsv(file);
    const csv = sheets[written.sheet];
    expect(csv).toBeDefined();
    let formulas = 0;
    let amounts = 0;
    const mismatches: string[] = [];
    grid.rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (typeof cell.value !== 'number') return;
        const text = csv[origin!.row + i]?.[origin!.col + j] ?? '';
        // The CSV export keeps a percent format's '%' (Förbrukning %): 64.82% is 0.6482.
        const got = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
        amounts += 1;
        if (cell.formula) formulas += 1;
        // Amounts are kronor: equal to the öre (a balanced total may be a float residue such as
        // 3e-8 in one program and 0 in the other); ratios (Förbrukning %) to 1e-9.
        const tolerance = cell.format?.includes('%') ? 1e-9 : 0.005;
        if (text === '' || !(Math.abs(got - cell.value) <= tolerance)) mismatches.push(`${String.fromCharCode(65 + j)}${i + 1}: LibreOffice ${text}, engine ${cell.value}`);
      });
    });
    expect(mismatches).toEqual([]);
    // A breakdown report by six ansvar: hundreds of amounts, a large share of them live formulas.
    expect(amounts).toBeGreaterThan(300);
    expect(formulas).toBeGreaterThan(100);
    // The source ledger sheet is still there, unchanged in size.
    expect(wb.getWorksheet('Huvudbok')?.rowCount).toBe(snapshot.sheets.find((s) => s.name === 'Huvudbok')!.originRow + snapshot.sheets.find((s) => s.name === 'Huvudbok')!.values.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
