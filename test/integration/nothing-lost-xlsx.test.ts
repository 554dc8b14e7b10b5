/**
 * Nothing lost: random source workbooks (values, text, booleans, formulas with cached results,
 * hostile strings, several sheets) go through every command path and the .xlsx writer, in
 * insert and then refresh mode; every source cell, value and formula, is the same afterwards,
 * compared in the sheet XML (type, formula, text, raw value).
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { runReport } from '../../src/core/report/run-report';
import { goalGrid, judgeGoals, readGoalTable } from '../../src/core/goals';
import { assignmentGrids, readAssignments, summarizeAssignments } from '../../src/core/assignments';
import type { ReportGrid } from '../../src/core/grid';
import { HOSTILE_FORMULAS, hostileText } from '../fixtures/bad/arbitraries';
import type { XmlCell } from '../fixtures/bad/hostile-workbook';
import { sheetCells } from '../fixtures/bad/hostile-workbook';

jest.setTimeout(180_000);

type Cell = string | number | boolean | { formula: string; result: number };

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  hostileText.map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '')).filter((s) => s !== ''),
  fc.constantFrom(...HOSTILE_FORMULAS),
  fc.boolean(),
  fc.record({ formula: fc.constantFrom('A1+1', 'SUM(A1:A3)', 'IF(B2>0,"ja","nej")', "'Huvudbok'!E2*2"), result: fc.integer() }),
);

const extraSheetArb = fc.record({
  name: fc.constantFrom('Anteckningar', 'Data 2', 'Blad1', '=SUM(1)'),
  cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 }), cellArb), { maxLength: 25 }),
});

const optionsArb = fc.record({
  lang: fc.constantFrom<'sv' | 'en'>('sv', 'en'),
  unit: fc.constantFrom<'kr' | 'tkr' | 'mnkr'>('kr', 'tkr', 'mnkr'),
  forecast: fc.constantFrom<'linear' | 'remaining-budget' | 'budget-ratio'>('linear', 'remaining-budget', 'budget-ratio'),
  by: fc.constantFrom<string | undefined>(undefined, 'Ansvar'),
});

/** A valid ledger (so the report path runs), a goal and an assignment sheet, plus random sheets. */
async function sourceWorkbook(extras: { name: string; cells: [number, number, Cell][] }[], ledgerNoise: [number, number, Cell][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ledger = wb.addWorksheet('Huvudbok');
  ledger.addRow(['Konto', 'Kontotext', 'Period', 'Ansvar', 'Utfall', 'Budget']);
  for (const period of [202501, 202502]) for (const [k, u, b] of [[3110, -900, -1000], [5010, 40000, 41000], [6110, 5000, 5000]]) ledger.addRow([k, 'Text', period, '100', u, b]);
  // Noise to the right of the ledger (columns H and on), where the reader may look but must not write.
  for (const [r, c, v] of ledgerNoise) ledger.getCell(r, c + 7).value = v as ExcelJS.CellValue;
  const goals = wb.addWorksheet('Mål');
  goals.addRow(['Mål', 'Indikator', 'Målvärde 2025', 'Utfall 2024', 'Utfall 2025']);
  goals.addRow(['Trygg skola', 'Andel nöjda', 80, 70, { formula: 'D2+5', result: 75 }]);
  const assignments = wb.addWorksheet('Uppdrag');
  assignments.addRow(['Typ', 'Uppdrag', 'Slutdatum', 'Status', 'Prognos', 'Kommentar']);
  assignments.addRow(['Uppdrag', 'Utred', '2025-06-30', 'Påbörjad', 'Avvikelse', 'Sen']);
  const used = new Set(wb.worksheets.map((w) => w.name));
  for (const e of extras) {
    if (used.has(e.name)) continue;
    used.add(e.name);
    const ws = wb.addWorksheet(e.name);
    for (const [r, c, v] of e.cells) ws.getCell(r, c).value = v as ExcelJS.CellValue;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type GridOptions = { lang: 'sv' | 'en'; unit: 'kr' | 'tkr' | 'mnkr'; forecast: 'linear' | 'remaining-budget' | 'budget-ratio'; by: string | undefined };

async function gridsFor(bytes: Uint8Array, o: GridOptions): Promise<ReportGrid[]> {
  const snapshot = await readWorkbookBuffer(bytes, { withFormats: true });
  const grids = [...runReport(snapshot, { lang: o.lang, unit: o.unit, forecast: o.forecast, ...(o.by ? { by: o.by } : {}) }).grids];
  const goals = readGoalTable(snapshot);
  if (goals.table) grids.push(goalGrid(judgeGoals(goals.table), { lang: o.lang }));
  grids.push(...assignmentGrids(summarizeAssignments(readAssignments(snapshot).items, { asOf: '2025-08-31' }), { lang: o.lang }));
  return grids;
}

/** A comparable form of a cell: its type, formula and value (resolved shared string or raw <v>). */
const key = (c: XmlCell): string => JSON.stringify([c.ref, c.type === 'str' ? 'str' : c.type, c.formula, c.text ?? c.raw]);

function sourceChanges(before: Map<string, XmlCell[]>, after: Map<string, XmlCell[]>): string[] {
  const changes: string[] = [];
  for (const [sheet, cells] of before) {
    const now = after.get(sheet);
    if (!now) {
      changes.push(`sheet ${sheet} is gone`);
      continue;
    }
    const a = new Set(cells.filter((c) => c.formula !== null || c.text !== null || c.raw !== null).map(key));
    const b = new Set(now.filter((c) => c.formula !== null || c.text !== null || c.raw !== null).map(key));
    for (const k of a) if (!b.has(k)) changes.push(`${sheet}: lost or changed ${k}`);
    for (const k of b) if (!a.has(k)) changes.push(`${sheet}: new ${k}`);
  }
  return changes;
}

test('every source cell is unchanged after insert and refresh of every table', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(extraSheetArb, { maxLength: 2 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 }), cellArb), { maxLength: 6 }), optionsArb, async (extras, noise, options) => {
      const input = await sourceWorkbook(extras, noise);
      const before = sheetCells(Buffer.from(input));
      const grids = await gridsFor(input, options);
      expect(grids.length).toBeGreaterThanOrEqual(2);
      const inserted = await addGridsToWorkbook(input, grids, 'insert');
      expect(sourceChanges(before, sheetCells(Buffer.from(inserted)))).toEqual([]);
      const again = await gridsFor(inserted, options);
      const refreshed = await addGridsToWorkbook(inserted, again, 'refresh');
      expect(sourceChanges(before, sheetCells(Buffer.from(refreshed)))).toEqual([]);
    }),
    { numRuns: 50 },
  );
});
