import { readGoalTable, judgeGoals, goalGrid } from '../../src/core/goals';
import { readAssignments, summarizeAssignments, assignmentGrids } from '../../src/core/assignments';
import type { GridCell, ReportGrid } from '../../src/core/grid';
import { parseRangeA1 } from '../../src/core/address';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';
import { withManual } from '../fixtures/goals/alingsas-data';
import { assignmentRows } from '../fixtures/goals/assignments-data';

const cells = (g: ReportGrid): GridCell[] => g.rows.flat();
/** The last row (1-based) of the goal table: the row before the blank row above the summary. */
const goalRowsEnd = (g: ReportGrid): number => g.rows.findIndex((r, i) => i > 2 && r.length === 0);

describe('goal grid', () => {
  const report = judgeGoals(readGoalTable(workbookOf(sheetOf('Mål', withManual()))).table!, {});

  it.each(['sv', 'en'] as const)('every coloured cell carries its status text and a rule colours that text (%s)', (lang) => {
    const grid = goalGrid(report, { lang });
    const coloured = cells(grid).filter((c) => c.style?.startsWith('status-'));
    expect(coloured.length).toBe(7 + 7 + 12 + 5); // goal status, by-the-rule status (a manual one is present), indicators, summary labels
    for (const c of coloured) expect(typeof c.value === 'string' && c.value.length > 0).toBe(true);
    const statusCol = grid.conditionalFormats![0];
    if (statusCol.kind === 'icon-set') throw new Error('the status column is coloured by its text');
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

  it('puts reversed traffic lights on the 1–3 score beside each goal status; Ej utvärderad has no score', () => {
    const grid = goalGrid(report, { lang: 'sv' });
    expect(grid.rows[2].slice(6, 9).map((c) => c.value)).toEqual(['Status', 'Poäng (1–3)', 'Enligt regeln']);
    const goalRows = grid.rows.filter((r) => r[0]?.style === 'subtotal');
    // DOMAIN scale: Helt uppfyllt 1, Delvis uppfyllt 2, Ej uppfyllt 3, Ej utvärderad none.
    expect(goalRows.map((r) => [r[6].value, r[7].value])).toEqual([
      ['Helt uppfyllt', 1],
      ['Ej uppfyllt', 3],
      ['Ej utvärderad', null],
      ['Delvis uppfyllt', 2],
      ['Ej utvärderad', null],
      ['Ej utvärderad', null],
      ['Delvis uppfyllt', 2],
    ]);
    const icons = grid.conditionalFormats!.filter((cf) => cf.kind === 'icon-set');
    expect(icons).toEqual([{ kind: 'icon-set', range: `H4:H${goalRowsEnd(grid)}`, iconSet: { style: 'three-traffic-lights', reverse: true, thresholds: [2, 3] } }]);
    // Every number under the icon set is a goal score; indicator rows leave the column blank.
    const r = parseRangeA1(icons[0].range)!;
    const under = grid.rows.slice(r.row, r.row + r.rows).map((row) => row[r.col]?.value ?? null);
    expect(under.filter((v) => v !== null)).toEqual([1, 3, 2, 2]);
  });

  it('colours the by-the-rule column by its text, now beside the score', () => {
    const grid = goalGrid(report, { lang: 'en' });
    const rule = grid.conditionalFormats!.find((cf) => cf.range.startsWith('I4'));
    expect(rule?.kind).toBe('text-fill');
    expect(grid.columnWidths).toHaveLength(9);
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
