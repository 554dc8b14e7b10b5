/**
 * No formula injection through the .xlsx writer: a workbook whose account texts, ansvar names,
 * Rapportstruktur labels, goal texts, assignment titles and comments are hostile strings
 * (=HYPERLINK(...), =cmd|' /C calc'!A0, +1+1, -2+3, @SUM(1), =1+1) goes through the report,
 * goal and assignment paths; in the written file every such string is a text cell and no <f>
 * element carries any of it. Checked in the sheet XML itself, not through exceljs.
 */
import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { runReport } from '../../src/core/report/run-report';
import { goalGrid, judgeGoals, readGoalTable } from '../../src/core/goals';
import { assignmentGrids, readAssignments, summarizeAssignments } from '../../src/core/assignments';
import type { ReportGrid } from '../../src/core/grid';
import { HOSTILE_FORMULAS } from '../fixtures/bad/arbitraries';
import { hostileWorkbook, sheetCells } from '../fixtures/bad/hostile-workbook';

jest.setTimeout(60_000);

/** Payload markers: none of them may ever appear inside a formula the add-in writes. */
const MARKERS = /HYPERLINK|cmd\||@SUM|SUM\(1\)|\+1\+1|-2\+3|=1\+1/i;

async function allGrids(bytes: Uint8Array): Promise<ReportGrid[]> {
  const snapshot = await readWorkbookBuffer(bytes, { withFormats: true });
  const report = runReport(snapshot, { lang: 'sv', by: 'Ansvar', title: HOSTILE_FORMULAS[0] });
  const goals = readGoalTable(snapshot);
  const assignments = readAssignments(snapshot);
  const grids = [...report.grids];
  if (goals.table) grids.push(goalGrid(judgeGoals(goals.table), { lang: 'sv' }));
  grids.push(...assignmentGrids(summarizeAssignments(assignments.items, { asOf: '2025-08-31' }), { lang: 'sv' }));
  return grids;
}

describe('hostile text through the .xlsx writer', () => {
  let input: Uint8Array;
  let grids: ReportGrid[];
  let output: ReturnType<typeof sheetCells>;

  beforeAll(async () => {
    input = await hostileWorkbook();
    grids = await allGrids(input);
    const out = await addGridsToWorkbook(input, grids, 'insert');
    output = sheetCells(Buffer.from(out));
  });

  it('the report, goal and assignment paths all produce a table from the hostile workbook', () => {
    // Otherwise the checks below would look at nothing.
    const names = grids.map((g) => g.name).join(' ');
    expect(grids.length).toBeGreaterThanOrEqual(3);
    expect(names).toMatch(/Rapport|Report/i);
    expect(names).toMatch(/Mal|Mål|Goal/i);
    expect(names).toMatch(/Uppdrag|Assign/i);
  });

  it('every hostile string that reaches a grid is a text value there, never a formula', () => {
    const inFormula = grids.flatMap((g) => g.rows.flat().filter((c) => c.formula !== undefined && MARKERS.test(c.formula)).map((c) => `${g.name}: ${c.formula}`));
    expect(inFormula).toEqual([]);
    const asText = new Set(grids.flatMap((g) => g.rows.flat().map((c) => c.value).filter((v): v is string => typeof v === 'string')));
    const reached = HOSTILE_FORMULAS.filter((h) => [...asText].some((t) => t.includes(h)));
    // Account texts, ansvar names, labels, goal texts and comments are shown: the payloads reach the grids.
    expect(reached.length).toBeGreaterThanOrEqual(4);
  });

  it('no <f> element in the written file carries any payload', () => {
    const bad: string[] = [];
    for (const [sheet, cells] of output) for (const c of cells) if (c.formula !== null && MARKERS.test(c.formula)) bad.push(`${sheet}!${c.ref}: <f>${c.formula}</f>`);
    expect(bad).toEqual([]);
  });

  it('in the written report sheets the payloads are text cells (shared or inline strings)', () => {
    const found: string[] = [];
    const wrong: string[] = [];
    for (const [sheet, cells] of output) {
      for (const c of cells) {
        if (c.text === null || !HOSTILE_FORMULAS.some((h) => c.text?.includes(h))) continue;
        found.push(`${sheet}!${c.ref}`);
        if (c.formula !== null || !['s', 'inlineStr', 'str'].includes(c.type ?? '')) wrong.push(`${sheet}!${c.ref} t=${c.type} f=${c.formula}`);
      }
    }
    expect(wrong).toEqual([]);
    const sheetsWithPayload = new Set(found.map((f) => f.split('!')[0]));
    // The source sheets plus at least the report, goal and assignment sheets.
    expect(sheetsWithPayload.size).toBeGreaterThanOrEqual(6);
  });

  it('exceljs, reading the file back, sees text where the payloads are', async () => {
    const wb = new ExcelJS.Workbook();
    const out = await addGridsToWorkbook(input, grids, 'insert');
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula && MARKERS.test(String(cell.formula))) formulas.push(`${ws.name}!${cell.address}`);
        }),
      ),
    );
    expect(formulas).toEqual([]);
  });
});
