import type * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { readGoalTable } from '../../src/core/goals';
import { readPaneSnapshot } from '../../src/taskpane/engine-snapshot';
import { createSimulator } from '../fakes/office-sim';
import { allSupported, ledgerWorkbook } from '../fakes/office-sim/fixtures';

/**
 * Number formats through the Office.js adapter: a goal table stores 94 % as 0.94 in a
 * %-formatted cell, and the goal reader turns it back into 94 only when the format arrives.
 */
const LEDGER_ROWS = 200;

function withGoalSheet(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.addWorksheet('Mål');
  ws.addRow(['Mål', 'Indikator', 'Målvärde 2023', 'Utfall 2023']);
  ws.addRow(['Bredband', 'Hushåll med bredband (%)', 0.94, 0.9]);
  ws.getCell('C2').numFmt = '0%';
  ws.getCell('D2').numFmt = '0.0%';
  return wb;
}

function portOn(wb: ExcelJS.Workbook) {
  const sim = createSimulator(wb);
  return { sim, port: createExcelPort(sim.run, { supports: allSupported }) };
}

describe('number formats in the Excel snapshot', () => {
  it('delivers the format of a %-formatted cell when formats are asked for', async () => {
    const { port } = portOn(withGoalSheet(ledgerWorkbook(3)));
    const snap = await port.snapshot({ sheets: ['Mål'], withFormats: true });
    const goals = snap.sheets[0];
    expect(goals.values[1]).toEqual(['Bredband', 'Hushåll med bredband (%)', 0.94, 0.9]);
    expect(goals.formats?.[1]).toEqual([null, null, '0%', '0.0%']);
    expect(goals.formats?.[0]).toEqual([null, null, null, null]);
  });

  it('loads no number formats when they are not asked for', async () => {
    const { sim, port } = portOn(withGoalSheet(ledgerWorkbook(3)));
    const snap = await port.snapshot({ sheets: ['Mål'] });
    expect(snap.sheets[0].formats).toBeUndefined();
    // 2 rows x 4 columns, values only.
    expect(sim.stats.cellsRead).toBe(8);
  });

  it('the pane reads formats for the goal sheet only, so the goal reader sees 94 % and the ledger is read once', async () => {
    const { sim, port } = portOn(withGoalSheet(ledgerWorkbook(LEDGER_ROWS)));
    const snap = await readPaneSnapshot(port);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Info', 'Huvudbok', 'Mål']);
    expect(snap.sheets.find((s) => s.name === 'Huvudbok')?.formats).toBeUndefined();
    expect(snap.sheets.find((s) => s.name === 'Mål')?.formats?.[1][2]).toBe('0%');
    // Info A1:B3 = 6 cells and the formula of Info!B3 (1), Huvudbok 201 x 6 = 1206, Mål 2 x 4 = 8 read plain; then Mål again, values and formats (16).
    expect(sim.stats.cellsRead).toBe(6 + 1 + (LEDGER_ROWS + 1) * 6 + 8 + 16);
    const read = readGoalTable(snap);
    expect(read.table?.goals[0]?.indicators[0]?.target).toEqual({ kind: 'number', value: 94, preliminary: false, percent: true });
  });

  it('the pane reads once, without formats, when no sheet holds a goal table', async () => {
    const { sim, port } = portOn(ledgerWorkbook(LEDGER_ROWS));
    const snap = await readPaneSnapshot(port);
    expect(snap.sheets.every((s) => s.formats === undefined)).toBe(true);
    // Info A1:B3 and the formula of Info!B3, then the ledger.
    expect(sim.stats.cellsRead).toBe(6 + 1 + (LEDGER_ROWS + 1) * 6);
  });
});
