import { runReport } from '../../src/core/report/run-report';
import { ledgerBook } from '../helpers/snapshot-builder';

/**
 * A column-role correction made in the task pane reaches the report. "Belopp 2" holds the
 * budget, but its header does not say so: only the user's correction makes it the budget.
 * Hand calculation, costs negative, January–March 2025, personnel (5010, raw cost positive):
 * Utfall 3 × 100 000 = 300 000 → −300 000; Budget 3 × 120 000 = 360 000 → −360 000;
 * Avvikelse = Utfall − Budget = −300 000 − (−360 000) = +60 000 (less spent than budgeted).
 */
const book = ledgerBook(
  ['Konto', 'Period', 'Utfall', 'Belopp 2'],
  [
    ['5010', '202501', 100_000, 120_000],
    ['5010', '202502', 100_000, 120_000],
    ['5010', '202503', 100_000, 120_000],
    ['3110', '202501', -50_000, -40_000],
  ],
);
const personnel = (r: ReturnType<typeof runReport>) => r.report?.lines.find((l) => l.id === 'personnel')?.values;

describe('runReport with column-role corrections', () => {
  it('reads a column the user marked as budget as the budget', () => {
    const r = runReport(book, { roles: { 'Belopp 2': 'budget' }, year: 2025, throughMonth: 3, signs: 'costs-negative', unit: 'kr' });
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([]);
    expect(personnel(r)).toMatchObject({ actualPeriod: -300_000, budgetPeriod: -360_000, variancePeriod: 60_000 });
  });

  it('without the correction the column is not read and the report has no budget', () => {
    const r = runReport(book, { year: 2025, throughMonth: 3, signs: 'costs-negative', unit: 'kr' });
    expect(r.issues.map((i) => i.code)).toContain('no-budget');
    expect(personnel(r)).toMatchObject({ actualPeriod: -300_000, budgetPeriod: 0, variancePeriod: -300_000 });
  });

  it("drops a column marked 'ignore' and reads the one marked as actuals instead", () => {
    // Utfall ignored, Belopp 2 as actuals: 3 × 120 000 = 360 000 → −360 000.
    const r = runReport(book, { roles: { Utfall: 'ignore', 'Belopp 2': 'actual' }, year: 2025, throughMonth: 3, signs: 'costs-negative', unit: 'kr' });
    expect(personnel(r)).toMatchObject({ actualPeriod: -360_000, budgetPeriod: 0 });
  });
});
