/**
 * Prepare once, render many, without a different answer: the pane keeps the prepared ledger, the
 * period's aggregate and the deviation analysis's pass over the ledger between option changes.
 * Whatever it keeps, each option change must give exactly the grid (values, formulas, drafted
 * commentary) that a fresh read of the same workbook gives. The fresh read is a copy of the
 * snapshot: a new object, so nothing cached for the first one can serve it.
 */
import { engine } from '../../src/taskpane/engine';
import type { ReportOptions } from '../../src/taskpane/engine-types';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

/**
 * Two years of monthly rows for three accounts and two ansvar, amounts that differ by month,
 * ansvar and year, so that every option (month, breakdown, unit, sign, forecast method) changes
 * some number in the grid or in the commentary drafted under it.
 */
function workbook(): WorkbookSnapshot {
  const rows: (string | number | null)[][] = [['Konto', 'Period', 'Ansvar', 'Utfall', 'Budget']];
  for (const year of [2024, 2025]) {
    for (let m = 1; m <= 12; m++) {
      if (year === 2025 && m > 6) break;
      for (const [a, ansvar] of [
        [0, '110'],
        [1, '120'],
      ] as const) {
        const k = (year - 2023) * (1 + a);
        rows.push([5010, year * 100 + m, ansvar, 100_000 * k + 7_000 * m * (a + 1), 110_000 * k]);
        rows.push([4610, year * 100 + m, ansvar, 20_000 * k + (m % 3) * 9_000 * (2 - a), 15_000 * k]);
        rows.push([3110, year * 100 + m, ansvar, -(60_000 * k + 3_000 * m), -55_000 * k]);
      }
    }
  }
  return { sheets: [{ name: 'Huvudbok', originRow: 0, originCol: 0, values: rows }] };
}

/** Each step changes one option of the previous state, as a click in the pane does. */
const STEPS: readonly Partial<ReportOptions>[] = [
  { unit: 'kr' },
  { signs: 'income-negative' },
  { forecast: 'linear' },
  { through: 202503 }, // another month of the same year
  { forecast: 'budget-ratio' },
  { by: 'Ansvar' },
  { unit: 'mnkr' },
  { forecast: 'prior-year-profile' },
  { through: 202506 },
  { signs: 'costs-negative' },
  { layout: 'table' },
  { forecast: 'remaining-budget' },
  { by: undefined, layout: undefined },
  { through: 202505 },
];

describe('an option change renders exactly what a fresh read renders', () => {
  it('for every change of month, breakdown, unit, sign convention and forecast method', () => {
    const kept = workbook();
    engine.inspect(kept);
    let options: ReportOptions = { through: 202506, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative' };
    const seen = new Set<string>();
    for (const step of [{}, ...STEPS]) {
      options = { ...options, ...step };
      const cached = engine.report(kept, options, 'sv');
      const fresh = workbook();
      engine.inspect(fresh);
      const expected = engine.report(fresh, options, 'sv');
      expect(expected.grid).not.toBeNull();
      expect({ options, grid: cached.grid, issues: cached.issues, commentary: cached.commentary }).toEqual({ options, grid: expected.grid, issues: expected.issues, commentary: expected.commentary });
      seen.add(JSON.stringify(expected.grid));
    }
    // Every step changed the grid: a cache that ignored any of these options would have failed above.
    expect(seen.size).toBe(STEPS.length + 1);
  });

  it('the drafted commentary is part of what is compared: this ledger drafts some', () => {
    const snapshot = workbook();
    const run = engine.report(snapshot, { through: 202506, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative', by: 'Ansvar' }, 'sv');
    expect(run.commentary?.length ?? 0).toBeGreaterThan(0);
  });
});
