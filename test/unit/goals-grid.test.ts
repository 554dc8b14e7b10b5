import { readGoalTable, judgeGoals, goalGrid } from '../../src/core/goals';
import { readAssignments, summarizeAssignments, assignmentGrids } from '../../src/core/assignments';
import type { GridCell, ReportGrid } from '../../src/core/grid';
import { parseRangeA1 } from '../../src/core/address';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';
import { withManual } from '../fixtures/goals/alingsas-data';
import { assignmentRows } from '../fixtures/goals/assignments-data';

const cells = (g: ReportGrid): GridCell[] => g.rows.flat();

describe('goal grid', () => {
  const report = judgeGoals(readGoalTable(workbookOf(sheetOf('Mål', withManual()))).table!, {});

  it.each(['sv', 'en'] as const)('every coloured cell carries its status text and a rule colours that text (%s)', (lang) => {
    const grid = goalGrid(report, { lang });
    const coloured = cells(grid).filter((c) => c.style?.startsWith('status-'));
    expect(coloured.length).toBe(7 + 7 + 12 + 5); // goal status, by-the-rule status (a manual one is present), indicators, summary labels
    for (const c of coloured) expect(typeof c.value === 'string' && c.value.length > 0).toBe(true);
    const statusCol = grid.conditionalFormats![0];
    const range = parseRangeA1(statusCol.range)!;
    for (let r = range.row; r < range.row + range.rows; r++) {
      const c = grid.rows[r]?.[range.col];
      if (c?.style?.startsWith('status-')) {
        expect(statusCol.rules.find((rule) => rule.equals === c.value)?.style).toBe(c.style);
      }
    }
  });

  it('shows the Swedish statuses in the order of the report, with their colours', () => {
    const grid = goalGrid(report, { lang: 'sv' });
    const goalRows = grid.rows.filter((r) => r[0]?.style === 'subtotal');
    expect(goalRows.map((r) => [r[6].value, r[6].style])).toEqual([
      ['Helt uppfyllt', 'status-green'],
      ['Ej uppfyllt', 'status-red'],
      ['Ej utvärderad', 'status-grey'],
      ['Delvis uppfyllt', 'status-yellow'],
      ['Ej utvärderad', 'status-grey'],
      ['Ej utvärderad', 'status-grey'],
      ['Delvis uppfyllt', 'status-yellow'],
    ]);
  });

  it('writes user text as values, never as formulas, even when it starts with =', () => {
    const rows = withManual();
    rows[3] = [...rows[3]];
    rows[3][1] = '=HYPERLINK("http://x","y")';
    const grid = goalGrid(judgeGoals(readGoalTable(workbookOf(sheetOf('Mål', rows))).table!, {}), { lang: 'sv' });
    expect(cells(grid).some((c) => c.formula !== undefined)).toBe(false);
    expect(cells(grid).some((c) => c.value === '=HYPERLINK("http://x","y")')).toBe(true);
  });

  it('marks preliminary outcomes and percentages in the number format', () => {
    const grid = goalGrid(report, { lang: 'sv' });
    const g1 = grid.rows.find((r) => r[0]?.value === 'Företagsklimat enl. ÖJ (Insikt) - Totalt, NKI')!;
    expect([g1[3].value, g1[3].format]).toEqual([72, '"("0")"']);
    const pct = grid.rows.find((r) => String(r[0]?.value).startsWith('Andel chefer'))!;
    expect([pct[3].value, pct[3].format]).toEqual([52.6, '0.0" %"']);
  });
});

describe('assignment grids', () => {
  const items = readAssignments(workbookOf(sheetOf('Uppdrag', assignmentRows()))).items;
  const [matrix, deviations] = assignmentGrids(summarizeAssignments(items, { asOf: '2023-08-31' }), { lang: 'sv' });

  it('the matrix totals are SUM formulas whose values match the counts', () => {
    const total = matrix.rows[matrix.rows.length - 1];
    expect(total[0].value).toBe('Totalt');
    expect(total.slice(2).map((c) => [c.formula, c.value])).toEqual([
      ['=SUM(C4:C9)', 8],
      ['=SUM(D4:D9)', 2],
      ['=SUM(E4:E9)', 10],
    ]);
    expect(matrix.rows[3].map((c) => c.formula ?? c.value)).toEqual(['Uppdrag', 'Ej påbörjad', 0, 1, '=SUM(C4:D4)']);
  });

  it('the deviation table lists titles and comments as text and flags the overdue item in red with text', () => {
    expect(cells(deviations).some((c) => c.formula !== undefined)).toBe(false);
    const titles = deviations.rows.map((r) => r[1]?.value);
    expect(titles).toContain('Ta fram utvecklingsplaner för kommunens landsbygdstätorter');
    const flag = deviations.rows.find((r) => r[4]?.style === 'status-red')!;
    expect([flag[1].value, flag[4].value]).toEqual(['Införa språkkrav och tillhörande obligatorisk språkutbildning för all kommunal välfärdspersonal', 'Slutdatum passerat']);
  });
});
