import * as ExcelJS from 'exceljs';
import { assignmentGrids, readAssignments, summarizeAssignments } from '../../src/core/assignments';
import { goalGrid, judgeGoals, readGoalTable } from '../../src/core/goals';
import type { ReportGrid } from '../../src/core/grid';
import { createExcelPort } from '../../src/io/excel';
import { createSimulator } from '../fakes/office-sim';
import type { Simulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';
import { withManual } from '../fixtures/goals/alingsas-data';
import { assignmentRows, header } from '../fixtures/goals/assignments-data';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';
import { writeLegacyKeyColumn } from '../helpers/legacy-block';

/**
 * Whatever fails inside Excel, the workbook is as it was before the click. Each test first runs
 * the write once without a fault to count its syncs and the operations of each, then repeats it
 * on a fresh, identical workbook with a failure injected at every operation in turn (Excel
 * applies a batch's operations in order up to the failing one), and compares everything visible
 * (sim.state(): cells, formats, widths, conditional formats, names and their comments, sheets).
 */
jest.setTimeout(120_000);

type Case = { readonly label: string; readonly grid: ReportGrid; readonly changed: (g: ReportGrid) => ReportGrid };

/** The same report a month later: other amounts, one line fewer (Övrigt gone), no status rules. */
function nextMonth(g: ReportGrid): ReportGrid {
  const rows = g.rows.filter((_, i) => i !== 4).map((r, i) => r.map((c, j) => (i >= 2 && i <= 3 && j === 2 && typeof c.value === 'number' ? { ...c, value: c.value + 100 } : c)));
  return { ...g, rows, rowKeys: g.rowKeys?.filter((_, i) => i !== 4), conditionalFormats: [] };
}

const goals = goalGrid(judgeGoals(readGoalTable(workbookOf(sheetOf('Mål', withManual()))).table!, {}), { lang: 'sv' });
const assignments = assignmentGrids(summarizeAssignments(readAssignments(workbookOf(sheetOf('Uppdrag', [header, ...assignmentRows()]))).items, { asOf: '2025-08-31' }), { lang: 'sv' })[0];

/**
 * Row keys long enough that KR_Metadata's entry takes two cells (3 000 keys of 12 characters:
 * over 36 000 characters of JSON, cut at 32 000), so its writes and reads span several syncs.
 * The keys are more than the rows, so rows match by label; what is tested is the metadata's
 * atomicity, not the matching.
 */
const longKeys = (g: ReportGrid): ReportGrid => ({ ...g, rowKeys: [...(g.rowKeys ?? []), ...Array.from({ length: 3000 }, (_, i) => `extra:${String(i).padStart(6, '0')}`)] });

const cases: Case[] = [
  { label: 'report', grid: sampleGrid(), changed: nextMonth },
  { label: 'report with a long key list (KR_Metadata over several syncs)', grid: longKeys(sampleGrid()), changed: () => longKeys(nextMonth(sampleGrid())) },
  // Column B narrowed to 8 characters: its heading wraps, so the refresh sets taller header rows.
  { label: 'goal table (icon sets)', grid: goals, changed: (g) => ({ ...g, rows: g.rows.slice(0, g.rows.length - 1), columnWidths: g.columnWidths.map((w, j) => (j === 1 ? 8 : w)) }) },
  // The first column frozen too: the refresh changes the sheet's panes.
  { label: 'assignment table', grid: assignments, changed: (g) => ({ ...g, rows: [...g.rows, [{ value: 'Ny rad' }]], freeze: { rows: g.freeze?.rows ?? 0, columns: 1 } }) },
];

type Setup = { sim: Simulator; write: () => Promise<unknown>; wb: ExcelJS.Workbook };

/** A workbook holding the inserted grid with the user's comments on it, and the refresh to run. */
async function refreshSetup(c: Case, minor: number): Promise<Setup> {
  const wb = ledgerWorkbook(3);
  const sim = createSimulator(wb, { excelApiMinor: minor });
  let n = 0;
  const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= minor, tempSheetName: () => `KR tmp ${(n += 1)}`, syncBudgetBytes: 2_000 });
  const r = await port.writeGrid(c.grid, 'insert');
  const ws = wb.getWorksheet(r.sheet) as ExcelJS.Worksheet;
  const commentCol = (c.grid.commentColumn ?? 5) + 1;
  ws.getCell(4, commentCol).value = 'Vakanser under våren';
  ws.getCell(3, commentCol).value = 'Enligt plan';
  ws.getCell(2, 12).value = 'bredvid';
  sim.resetStats();
  return { sim, wb, write: () => port.writeGrid(c.changed(c.grid), 'refresh') };
}

/**
 * The report as the previous version wrote it: row keys in hidden column G, the name over A1:G6
 * with `keys=1` in its comment, no KR_Metadata. The refresh creates KR_Metadata and clears and
 * shows column G, so a failure must delete the sheet and hide the column again.
 */
async function legacySetup(minor: number): Promise<Setup> {
  const s = await refreshSetup(cases[0], minor);
  s.wb.removeWorksheet((s.wb.getWorksheet('KR_Metadata') as ExcelJS.Worksheet).id);
  await writeLegacyKeyColumn(s.wb, s.sim);
  s.sim.resetStats();
  return s;
}

async function insertSetup(c: Case, minor: number, first: 'report there' | 'empty workbook' = 'report there'): Promise<Setup> {
  const wb = ledgerWorkbook(3);
  const sim = createSimulator(wb, { excelApiMinor: minor });
  let n = 0;
  const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= minor, tempSheetName: () => `KR tmp ${(n += 1)}`, syncBudgetBytes: 2_000 });
  // A report already there (the next insert picks new names and adds its KR_Metadata rows), or none (the insert creates KR_Metadata).
  if (first === 'report there') await port.writeGrid(c.grid, 'insert');
  sim.resetStats();
  return { sim, wb, write: () => port.writeGrid(c.grid, 'insert') };
}

/** Operations per sync of a fault-free run. */
async function opsPerSync(setup: () => Promise<Setup>): Promise<number[]> {
  const s = await setup();
  await s.write();
  return s.sim.stats.requests.map((r) => r.ops);
}

async function failEveryStep(setup: () => Promise<Setup>, compare: (s: Setup) => string = (s) => s.sim.state()): Promise<number> {
  const ops = await opsPerSync(setup);
  let steps = 0;
  for (let sync = 1; sync <= ops.length; sync++) {
    for (let op = 0; op < ops[sync - 1]; op++) {
      const s = await setup();
      const before = compare(s);
      s.sim.failAt(sync, op);
      const err = await s.write().then(() => null, (e: unknown) => e);
      expect({ sync, op, failed: err !== null, triggered: s.sim.pendingFaults() === 0 }).toEqual({ sync, op, failed: true, triggered: true });
      expect({ sync, op, state: compare(s) }).toEqual({ sync, op, state: before });
      steps += 1;
    }
  }
  return steps;
}

describe.each(cases)('Excel writes are all or nothing: $label', (c) => {
  it('refresh: a failure at any operation of any sync leaves the old block, its comments, name and formats as they were', async () => {
    const steps = await failEveryStep(() => refreshSetup(c, 17));
    expect(steps).toBeGreaterThan(20);
  });

  it('insert: a failure at any operation leaves no sheet, no name and no change', async () => {
    const steps = await failEveryStep(() => insertSetup(c, 17));
    expect(steps).toBeGreaterThan(5);
  });

  it('insert into a workbook without KR_Metadata: a failure at any operation leaves no KR_Metadata either', async () => {
    const steps = await failEveryStep(() => insertSetup(c, 17, 'empty workbook'));
    expect(steps).toBeGreaterThan(5);
  });
});

describe('Excel refresh of a block the previous version wrote (hidden key column, no KR_Metadata)', () => {
  it.each([17, 7])('ExcelApi 1.%i: a failure at any step leaves the key column, its hidden state, the name and no KR_Metadata', async (minor) => {
    const steps = await failEveryStep(() => legacySetup(minor), minor === 7 ? contentsAndColumns : undefined);
    expect(steps).toBeGreaterThan(20);
  });
});

/** Cells, number formats, columns and names: a block without a format record (written before there were records) gets its fills and fonts back only where copyFrom exists. */
function contentsAndColumns(s: Setup): string {
  const state = JSON.parse(s.sim.state()) as { sheets: { name: string; state: string; columns: unknown; cells: Record<string, { value: unknown; style?: { numFmt?: string } }> }[]; names: unknown };
  return JSON.stringify({
    sheets: state.sheets.map((sh) => ({ name: sh.name, state: sh.state, columns: sh.columns, cells: Object.entries(sh.cells).filter(([, v]) => v.value !== undefined && v.value !== null).map(([k, v]) => [k, v.value, v.style?.numFmt ?? null]) })),
    names: state.names,
  });
}

describe('Excel writes on an ExcelApi 1.7 host (no Range.copyFrom)', () => {
  // Everything visible, fills, fonts, borders and conditional formats included: the add-in
  // re-applies the old block's formats from its record in KR_Metadata (format-record.ts).
  it.each([cases[0], cases[2], cases[3]])('refresh of the $label: a failure at any step puts back the old contents, comments, formats, conditional formats and the name', async (c) => {
    const steps = await failEveryStep(() => refreshSetup(c, 7));
    expect(steps).toBeGreaterThan(20);
  });
});

/**
 * The reply of sync n is lost after Excel applied its whole batch (a dropped connection): the
 * write may report success only with the workbook in the refreshed state, and failure only with
 * it exactly as before, never a mix (new cells under the old name and old KR_Metadata keys).
 */
async function loseEveryReply(setup: () => Promise<Setup>): Promise<{ succeeded: number; failed: number }> {
  const clean = await setup();
  await clean.write();
  const after = clean.sim.state();
  const syncs = clean.sim.stats.syncs;
  const seen = { succeeded: 0, failed: 0 };
  for (let sync = 1; sync <= syncs; sync++) {
    const s = await setup();
    const before = s.sim.state();
    s.sim.loseReplyAt(sync);
    const ok = await s.write().then(() => true, () => false);
    expect({ sync, triggered: s.sim.pendingFaults() === 0 }).toEqual({ sync, triggered: true });
    expect({ sync, ok, state: s.sim.state() }).toEqual({ sync, ok, state: ok ? after : before });
    seen[ok ? 'succeeded' : 'failed'] += 1;
  }
  return seen;
}

describe('Excel refresh whose sync reply is lost after Excel applied the batch', () => {
  it.each([17, 7])('ExcelApi 1.%i: a lost reply at any sync ends refreshed (success) or exactly as before (failure)', async (minor) => {
    const seen = await loseEveryReply(() => refreshSetup(cases[0], minor));
    // The commit's reply lost: the refresh was done, so it is reported as done.
    expect(seen.succeeded).toBeGreaterThanOrEqual(1);
    expect(seen.failed).toBeGreaterThan(3);
  });
});

describe('Excel refresh without a fault', () => {
  it('leaves no temporary sheet, keeps the comments of lines that remain and points the same name at the new block', async () => {
    const s = await refreshSetup(cases[0], 17);
    await s.write();
    expect(s.wb.worksheets.map((w) => w.name)).toEqual(['Info', 'Huvudbok', 'Rapport 2025-08', 'KR_Metadata']);
    const ws = s.wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    // Rows after Övrigt's removal: title, header, Intäkter (Enligt plan), Personal (Vakanser), Summa.
    expect([ws.getCell('F3').value, ws.getCell('F4').value, ws.getCell('A5').value, ws.getCell('A6').value]).toEqual(['Enligt plan', 'Vakanser under våren', 'Summa', null]);
    expect(ws.getCell('C4').value).toBe(-5600 + 100);
    expect(s.wb.definedNames.model).toEqual([{ name: 'KR_Rapport_2025_08', ranges: ["'Rapport 2025-08'!$A$1:$F$5"] }]);
    expect(ws.getCell('L2').value).toBe('bredvid');
  });
});
