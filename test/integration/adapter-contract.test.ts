import type { ReportGrid } from '../../src/core/grid';
import { sampleGrid } from '../fakes/office-sim/fixtures';
import { differences } from '../helpers/contract/diff';
import type { Case } from '../helpers/contract/grids';
import { assignmentTable, breakdownReport, goalTable, keylessDuplicate } from '../helpers/contract/grids';
import { cellRef } from '../helpers/contract/model';
import type { BlockModel } from '../helpers/contract/model';
import { subjects } from '../helpers/contract/subjects';
import type { Kind, Subject } from '../helpers/contract/subjects';

/**
 * The adapter contract (issue 12): the same grid, written by the Office.js adapter on the
 * simulator and by the file adapter into a real .xlsx package, inserted and then refreshed with
 * the user's Kommentar typed in between, gives the same normalised block (test/helpers/contract:
 * address and sheet, values, formulas, number formats, fills, fonts, borders, alignment,
 * indents, widths in pixels, row heights, freeze, print, conditional formats, defined names,
 * row keys on KR_Metadata). Differences are listed field by field. The comments are also
 * checked against where they must be (worked out from the grids' row keys or labels), so two
 * adapters that lost them alike would not pass. And both refuse the same refreshes with the
 * same error.
 */
jest.setTimeout(120_000);

const KINDS: readonly Kind[] = ['excel', 'file'];

/** A comment the user types: at grid row `row` before the refresh, expected at grid row `after` (null: its row is gone). */
type Typed = { readonly row: number; readonly text: string; readonly after: number | null };

/** Rows of the breakdown report to comment on: two rows of the same label in blocks 100 and 200, the summary row of 100 and a row of block 300 (gone after the refresh). */
function typedForBreakdown(c: Case): Typed[] {
  const keys = c.grid.rowKeys ?? [];
  const label = (i: number): unknown => c.grid.rows[i]?.[0]?.value;
  const in100 = keys.findIndex((k, i) => typeof k === 'string' && k.startsWith('Ansvar=100:') && keys.some((o, j) => typeof o === 'string' && o.startsWith('Ansvar=200:') && label(j) === label(i)));
  const in200 = keys.findIndex((k, j) => typeof k === 'string' && k.startsWith('Ansvar=200:') && label(j) === label(in100));
  const in300 = keys.findIndex((k) => typeof k === 'string' && k.startsWith('Ansvar=300:'));
  const summary = keys.indexOf('summary:100');
  const where = (i: number): number | null => {
    const at = (c.refreshed.rowKeys ?? []).indexOf(keys[i]);
    return at < 0 ? null : at;
  };
  expect([in100, in200, in300, summary].every((i) => i >= 0)).toBe(true);
  expect(label(in100)).toBe(label(in200)); // the duplicate label
  return [
    { row: in100, text: 'Vakanser under våren', after: where(in100) },
    { row: in200, text: 'Lägre konsultkostnad', after: where(in200) },
    { row: summary, text: 'Se block 100', after: where(summary) },
    { row: in300, text: 'Upphör', after: null },
  ];
}

/** Keyless: the first and second "Personal" (grid rows 3 and 4) keep their own comments. */
const typedForDuplicate: Typed[] = [
  { row: 3, text: 'första', after: 3 },
  { row: 4, text: 'andra', after: 4 },
];

async function insertAndModel(s: Subject, grid: ReportGrid): Promise<BlockModel> {
  const r = await s.write(grid, 'insert');
  return s.model(r.name);
}

/** The comment column's cells that hold something the grid did not write (the kept comments), by grid row. */
function commentsOf(m: BlockModel, grid: ReportGrid): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  const top = Number(/\d+/.exec(m.address)?.[0]) - 1;
  const col = grid.commentColumn ?? -1;
  Object.entries(m.cells).forEach(([ref, cell]) => {
    const row = Number(/\d+$/.exec(ref)?.[0]) - 1 - top;
    if (ref === cellRef(top + row, col) && cell.value !== null && cell.value !== (grid.rows[row]?.[col]?.value ?? null)) out[row] = cell.value;
  });
  return out;
}

function expectSame(models: Record<Kind, BlockModel>): void {
  expect(differences(models.excel, models.file)).toEqual([]);
}

const cases: readonly (Case & { readonly typed: (c: Case) => readonly Typed[] })[] = [
  { ...breakdownReport(), typed: typedForBreakdown },
  { ...goalTable(), typed: () => [] },
  { ...assignmentTable(), typed: () => [] },
  { ...keylessDuplicate(), typed: () => typedForDuplicate },
];

describe.each(cases)('both adapters write the same block: $label', (c) => {
  it('on insert', async () => {
    const models = {} as Record<Kind, BlockModel>;
    for (const kind of KINDS) models[kind] = await insertAndModel(await subjects[kind](), c.grid);
    expect(models.excel.sheet).toBe(c.grid.sheetName);
    expectSame(models);
  });

  it('on refresh, with the comments the user typed in between kept on their rows', async () => {
    const typed = c.typed(c);
    const models = {} as Record<Kind, BlockModel>;
    const comments = {} as Record<Kind, Record<number, unknown>>;
    for (const kind of KINDS) {
      const s = await subjects[kind]();
      const r = await s.write(c.grid, 'insert');
      for (const t of typed) await s.type(r.sheet, cellRef(t.row, c.grid.commentColumn ?? 0), t.text);
      await s.write(c.refreshed, 'refresh');
      models[kind] = await s.model(r.name);
      comments[kind] = commentsOf(models[kind], c.refreshed);
    }
    const expected: Record<number, unknown> = {};
    for (const t of typed) if (t.after !== null) expected[t.after] = t.text;
    expect(comments).toEqual({ excel: expected, file: expected });
    expectSame(models);
  });
});

type Outcome = { readonly code: unknown; readonly params: unknown };

async function refusal(s: Subject, grid: ReportGrid): Promise<Outcome> {
  const e = (await s.write(grid, 'refresh').then(() => ({ code: 'written' }), (x: unknown) => x)) as { code?: unknown; params?: unknown };
  return { code: e.code, params: e.params };
}

describe('both adapters refuse the same refreshes with the same error', () => {
  it('a report whose sheet the user deleted: report-not-found', async () => {
    const out = {} as Record<Kind, Outcome>;
    for (const kind of KINDS) {
      const s = await subjects[kind]();
      const r = await s.write(sampleGrid(), 'insert');
      await s.deleteSheet(r.sheet);
      out[kind] = await refusal(s, sampleGrid());
    }
    expect(out.excel.code).toBe('report-not-found');
    expect(out.file).toEqual(out.excel);
  });

  it('a report whose defined name the user deleted: report-not-found', async () => {
    const out = {} as Record<Kind, Outcome>;
    for (const kind of KINDS) {
      const s = await subjects[kind]();
      const r = await s.write(sampleGrid(), 'insert');
      await s.deleteName(r.name);
      out[kind] = await refusal(s, sampleGrid());
    }
    expect(out.excel.code).toBe('report-not-found');
    expect(out.file).toEqual(out.excel);
  });

  it('a larger block that would cover a cell of the user: refresh-would-overwrite, the block unchanged', async () => {
    const c = goalTable();
    const shorter: ReportGrid = { ...c.grid, rows: c.grid.rows.slice(0, -2), rowKeys: c.grid.rowKeys?.slice(0, -2) };
    const out = {} as Record<Kind, Outcome>;
    const models = {} as Record<Kind, BlockModel>;
    for (const kind of KINDS) {
      const s = await subjects[kind]();
      const r = await s.write(shorter, 'insert');
      // The row just under the shorter block, second column: inside the full block.
      await s.type(r.sheet, cellRef(shorter.rows.length, 1), 'användarens');
      const before = await s.model(r.name);
      out[kind] = await refusal(s, c.grid);
      models[kind] = await s.model(r.name);
      expect(differences(models[kind], before, ['after', 'before'])).toEqual([]);
    }
    expect(out.excel).toMatchObject({ code: 'refresh-would-overwrite', params: { address: cellRef(shorter.rows.length, 1) } });
    expect(out.file).toEqual(out.excel);
    expectSame(models);
  });
});
