import { planBlock } from '../../src/core/block/plan';
import type { ReportGrid } from '../../src/core/grid';
import { sampleGrid } from '../fakes/office-sim/fixtures';

/** The block plan: what every writer does, decided once. Expectations are worked out by hand from sampleGrid (fixtures.ts). */
describe('planBlock', () => {
  it('places the block, its name, widths, freeze and print relative to the anchor', () => {
    // Anchor C5 (row 4, col 2): 6 rows × 6 columns, keys in KR_Metadata → C5:H10.
    const plan = planBlock(sampleGrid(), { row: 4, col: 2 });
    expect(plan.address).toBe('C5:H10');
    expect(plan.name).toEqual({ name: 'KR_Rapport_2025_08', address: 'C5:H10' });
    expect(plan.shift).toEqual({ rows: 4, cols: 2 });
    // Widths 28, 12, 12, 12, 10, 40 characters: n × 7 px + 5 px.
    expect(plan.columns.map((c) => [c.col, c.pixels])).toEqual([[2, 201], [3, 89], [4, 89], [5, 89], [6, 75], [7, 285]]);
    // grid.freeze { rows: 2, columns: 1 } below the block's own header: panes split at row 4 + 2, column 2 + 1.
    expect(plan.freeze).toEqual({ rows: 6, columns: 3 });
    expect(plan.print).toEqual({ paper: 'A4', landscape: true, fitToWidth: true });
    expect(plan.keys).toEqual({ kind: 'metadata', key: 'rowKeys:KR_Rapport_2025_08', value: [null, null, 'a', 'b', 'c', 'total'] });
    expect(plan.clear).toBeNull();
  });

  it('puts the key column right of the grid when keys go in a column (the Office.js layout today)', () => {
    const plan = planBlock(sampleGrid(), { row: 0, col: 0 }, undefined, 'column');
    expect(plan.address).toBe('A1:G6');
    expect(plan.keys).toEqual({ kind: 'column', col: 6 });
  });

  it('centres the cells under a conditional format, right-aligns headings over amount columns and keeps indented labels left', () => {
    const plan = planBlock(sampleGrid(), { row: 0, col: 0 });
    const at = (align: string): string[] => plan.horizontal.filter((h) => h.align === align).map((h) => `${h.rect.row},${h.rect.col},${h.rect.rows},${h.rect.cols}`);
    // E3:E5 carries the status rule; B2:D2 head the amount columns B–D; A3:A5 are indented lines.
    expect(at('center')).toEqual(['2,4,3,1']);
    expect(at('right')).toEqual(['1,1,1,3']);
    expect(at('left')).toEqual(['2,0,3,1']);
    expect(plan.conditionalFormats.map((c) => c.rect)).toEqual([{ row: 2, col: 4, rows: 3, cols: 1 }]);
  });

  it('gives a header row whose heading wraps the height of its lines', () => {
    const g = sampleGrid();
    const rows = g.rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === 4 ? { ...c, value: 'Status enligt prognos' } : c)) : r));
    // 'Status enligt prognos' in a 10-character column: room 9 → 'Status' / 'enligt' / 'prognos', 3 lines × 15 pt.
    expect(planBlock({ ...g, rows }, { row: 0, col: 0 }).rowHeights).toEqual([{ row: 1, points: 45 }]);
  });

  it('on refresh clears the old and the new block together and keeps each duplicate row its own comment', () => {
    const g: ReportGrid = {
      name: 'KR_X', sheetName: 'X', columnWidths: [10, 10], commentColumn: 1,
      rows: [[{ value: 'Övrigt' }, {}], [{ value: 'Löner' }, {}], [{ value: 'Övrigt' }, {}]],
    };
    // The old block: 4 rows × 3 columns; 'Övrigt' twice with different comments, matched by label.
    const existing = { rows: 4, cols: 3, storedKeys: undefined, firstColumn: ['Övrigt', 'Övrigt', 'Löner', 'Hyror'], comments: ['första', 'andra', '', 'borta'] };
    const plan = planBlock(g, { row: 9, col: 0 }, existing);
    expect(plan.clear).toEqual({ row: 9, col: 0, rows: 4, cols: 3 });
    expect([...plan.comments]).toEqual([[0, 'första'], [2, 'andra']]);
    // 'Hyror' is not in the new grid: its comment is not written back, and the plan says so.
    expect(plan.droppedComments).toEqual([{ label: 'Hyror', text: 'borta' }]);
  });

  it('names the comments whose line is gone, matched by stored keys; the header and empty cells are not comments', () => {
    const g: ReportGrid = {
      name: 'KR_X', sheetName: 'X', columnWidths: [10, 10], commentColumn: 1, rowKeys: [null, 'a', 'c'],
      rows: [[{ value: 'Unit', style: 'header' }, { value: 'Comment', style: 'header' }], [{ value: 'Löner' }, {}], [{ value: 'Övrigt' }, {}]],
    };
    // Old rows: header (key null, the old heading 'Kommentar'), a 'Löner', b 'Hyror' (gone), c 'Övrigt' (empty), d 'Lokaler' (gone, empty).
    const existing = {
      rows: 5, cols: 2, storedKeys: [null, 'a', 'b', 'c', 'd'],
      firstColumn: ['Verksamhet', 'Löner', 'Hyror', 'Övrigt', 'Lokaler'],
      comments: ['Kommentar', 'lönerevision', 'uppsagt avtal', '', null],
    };
    const plan = planBlock(g, { row: 0, col: 0 }, existing);
    expect([...plan.comments]).toEqual([[1, 'lönerevision']]);
    expect(plan.droppedComments).toEqual([{ label: 'Hyror', text: 'uppsagt avtal' }]);
  });

  it('with stale stored keys (one row too many) matches and drops by label', () => {
    const g: ReportGrid = {
      name: 'KR_X', sheetName: 'X', columnWidths: [10, 10], commentColumn: 1, rowKeys: ['a', 'b'],
      rows: [[{ value: 'Löner' }, {}], [{ value: 'Hyror' }, {}]],
    };
    // Three old rows but two stored keys: a row was inserted by hand ('Egen rad'); the keys say nothing.
    const existing = { rows: 3, cols: 2, storedKeys: ['a', 'b'], firstColumn: ['Löner', 'Egen rad', 'Hyror'], comments: ['x', 'min egen', 'y'] };
    const plan = planBlock(g, { row: 0, col: 0 }, existing);
    expect([...plan.comments]).toEqual([[0, 'x'], [1, 'y']]);
    expect(plan.droppedComments).toEqual([{ label: 'Egen rad', text: 'min egen' }]);
  });

  it('a first write drops nothing', () => {
    const g: ReportGrid = { name: 'KR_X', sheetName: 'X', columnWidths: [10], commentColumn: 0, rows: [[{ value: 'a' }]] };
    expect(planBlock(g, { row: 0, col: 0 }).droppedComments).toEqual([]);
  });
});
