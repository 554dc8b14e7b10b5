/**
 * Both ports (the Office.js adapter over the simulator, and the file port) on the hostile
 * workbook: every payload the tables show lands as text, exactly as the user wrote it (no
 * leading apostrophe left behind), never as a formula; and every source cell, value and
 * formula, is the same after insert and after refresh.
 */
import ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { createSimulator } from '../fakes/office-sim';
import { runReport } from '../../src/core/report/run-report';
import { goalGrid, judgeGoals, readGoalTable } from '../../src/core/goals';
import { assignmentGrids, readAssignments, summarizeAssignments } from '../../src/core/assignments';
import type { ReportGrid } from '../../src/core/grid';
import type { WorkbookPort } from '../../src/core/port';
import { HOSTILE_FORMULAS } from '../fixtures/bad/arbitraries';
import { hostileWorkbook } from '../fixtures/bad/hostile-workbook';

jest.setTimeout(60_000);

const MARKERS = /HYPERLINK|cmd\||@SUM|SUM\(1\)|\+1\+1|-2\+3|=1\+1/i;
const SOURCE = ['Huvudbok', 'Rapportstruktur', 'Mål', 'Uppdrag'];

async function gridsOf(port: WorkbookPort): Promise<ReportGrid[]> {
  const snapshot = await port.snapshot({ withFormats: true });
  const grids = [...runReport(snapshot, { lang: 'sv', by: 'Ansvar' }).grids];
  const goals = readGoalTable(snapshot);
  if (goals.table) grids.push(goalGrid(judgeGoals(goals.table), { lang: 'sv' }));
  grids.push(...assignmentGrids(summarizeAssignments(readAssignments(snapshot).items, { asOf: '2025-08-31' }), { lang: 'sv' }));
  return grids;
}

type Seen = { sheet: string; address: string; formula: string | null; value: string };

function cellsOf(wb: ExcelJS.Workbook): Seen[] {
  const out: Seen[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.type === ExcelJS.ValueType.Formula ? String(cell.formula) : null;
        const v = cell.type === ExcelJS.ValueType.Formula ? (cell.value as ExcelJS.CellFormulaValue).result : cell.value;
        out.push({ sheet: ws.name, address: cell.address, formula, value: v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null) });
      }),
    ),
  );
  return out;
}

function check(after: Seen[], before: Seen[]): void {
  const source = (cells: Seen[]): string[] => cells.filter((c) => SOURCE.includes(c.sheet)).map((c) => JSON.stringify(c)).sort();
  expect(source(after)).toEqual(source(before));
  expect(after.filter((c) => c.formula !== null && MARKERS.test(c.formula)).map((c) => `${c.sheet}!${c.address}: ${c.formula}`)).toEqual([]);
  const written = after.filter((c) => !SOURCE.includes(c.sheet) && c.formula === null).map((c) => c.value);
  // The payloads reach the written tables as the exact text, with no apostrophe left in front.
  const exact = HOSTILE_FORMULAS.filter((h) => written.some((v) => v.includes(JSON.stringify(h).slice(1, -1))));
  expect(exact.length).toBeGreaterThanOrEqual(4);
  expect(written.filter((v) => /^"'[=+\-@]/.test(v))).toEqual([]);
}

describe('Office.js adapter on the simulator', () => {
  it('writes payloads as text and keeps every source cell, on insert and on refresh', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await hostileWorkbook()) as unknown as ArrayBuffer);
    const before = cellsOf(wb);
    const sim = createSimulator(wb);
    // Outside Excel there is no Office global: the host answers 'every API set is supported'.
    const port = createExcelPort(sim.run, { supports: () => true });
    const grids = await gridsOf(port);
    expect(grids.length).toBeGreaterThanOrEqual(3);
    for (const g of grids) await port.writeGrid(g, 'insert');
    check(cellsOf(wb), before);
    for (const g of await gridsOf(port)) await port.writeGrid(g, 'refresh');
    check(cellsOf(wb), before);
  });
});

describe('file port', () => {
  it('writes payloads as text and keeps every source cell, on insert and on refresh', async () => {
    const input = await hostileWorkbook();
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(input as unknown as ArrayBuffer);
    const before = cellsOf(original);
    const port = await createFilePort(input, 'huvudbok.xlsx');
    const grids = await gridsOf(port);
    for (const g of grids) await port.writeGrid(g, 'insert');
    const inserted = new ExcelJS.Workbook();
    await inserted.xlsx.load((await port.bytes()) as unknown as ArrayBuffer);
    check(cellsOf(inserted), before);
    for (const g of await gridsOf(port)) await port.writeGrid(g, 'refresh');
    const refreshed = new ExcelJS.Workbook();
    await refreshed.xlsx.load((await port.bytes()) as unknown as ArrayBuffer);
    check(cellsOf(refreshed), before);
  });
});
