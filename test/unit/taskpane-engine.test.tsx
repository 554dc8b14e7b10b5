import { engine } from '../../src/taskpane/engine';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { ReportGrid } from '../../src/core/grid';

/**
 * The pane's engine facade over src/core on a small ledger worked by hand: personnel (class 5)
 * 100 kr a month in Jan–Mar 2025, budget 120 a month; fees (class 3) −50 a month (bookkeeping
 * sign, income negative).
 */
const rows: (string | number | null)[][] = [['Huvudbok KS'], [], ['Konto', 'Period', 'Utfall', 'Budget', 'Notering']];
for (const m of [1, 2, 3]) {
  rows.push([5010, 202500 + m, 100, 120, 7]);
  rows.push([3110, 202500 + m, -50, -40, 7]);
}
const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Huvudbok', originRow: 0, originCol: 0, values: rows }] };

function cell(grid: ReportGrid, label: string, col: number): unknown {
  const row = grid.rows.find((r) => String(r[0]?.value ?? '').startsWith(label));
  return row?.[col]?.value;
}

describe('engine facade', () => {
  it('tells the pane what it found: sheet, range, columns with roles, months', () => {
    const { ledger } = engine.inspect(snapshot);
    expect(ledger).toMatchObject({ sheet: 'Huvudbok', years: [2025], lastActual: 202503, months: [202501, 202502, 202503] });
    expect(ledger?.columns.map((c) => [c.header, c.role])).toEqual([
      ['Konto', 'account'],
      ['Period', 'period'],
      ['Utfall', 'actual'],
      ['Budget', 'budget'],
      ['Notering', 'ignore'],
    ]);
  });

  it('runs the report for the chosen month: personnel outcome Jan–Feb is −200 kr', () => {
    const run = engine.report(snapshot, { through: 202502, forecast: 'remaining-budget', unit: 'kr', signs: 'costs-negative' }, 'sv');
    expect(run.grid).not.toBeNull();
    // Columns: Rad, Budget helår, Budget perioden, Utfall perioden.
    expect(cell(run.grid!, 'Personalkostnader', 3)).toBeCloseTo(-200, 6);
  });

  it('a column set to Ignore reaches the report: without Budget, personnel budget is 0 kr and outcome −300 kr (3 × 100)', () => {
    const run = engine.report(snapshot, { through: 202503, forecast: 'remaining-budget', unit: 'kr', signs: 'costs-negative', roles: { Budget: 'ignore' } }, 'sv');
    expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(run.grid).not.toBeNull();
    // Columns: Rad, Budget helår, Budget perioden, Utfall perioden. With the column's −360 kr (3 × −120) it would be −360.
    expect([cell(run.grid!, 'Personalkostnader', 1), cell(run.grid!, 'Personalkostnader', 2), cell(run.grid!, 'Personalkostnader', 3)]).toEqual([0, 0, -300]);
  });
});
