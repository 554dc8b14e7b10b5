import { runReport } from '../../src/core/report/run-report';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { hasErrors } from '../../src/core/issue';
import { ledgerBook } from '../helpers/snapshot-builder';
import { buildLedger } from '../helpers/ledger-builder';
import { said } from '../helpers/issue-text';

/**
 * A manual forecast where only some accounts have forecast rows (bookkeeping sign in the sheet:
 * income negative, costs positive), January 2025:
 *   3010 income: actual −100, budget −100, no forecast
 *   5110 wages:  actual 40, budget 40, forecast 5 000
 *   5120 pension: actual 50, budget 40, no forecast
 * Costs negative in the report. Personnel = 5110 + 5120:
 *   5110 manual −5 000; 5120 U + (B − Bm) = −50 + (−40 − (−40)) = −50; personnel −5 050.
 * Income: no forecast rows at all, U + (B − Bm) = 100 + (100 − 100) = 100.
 */
const book = ledgerBook(
  ['Konto', 'Period', 'Utfall', 'Budget', 'Prognos'],
  [
    [3010, '2025-01', -100, -100, null],
    [5110, '2025-01', 40, 40, 5000],
    [5120, '2025-01', 50, 40, null],
  ],
);
const run = () => runReport(book, { forecast: 'manual', unit: 'kr' });
const line = (r: ReturnType<typeof run>, id: string) => r.report?.lines.find((l) => l.id === id)?.values;

describe('manual forecast, accounts without forecast rows', () => {
  it('writes the table: a line that fell back does not break the reconciliation', () => {
    const r = run();
    expect(hasErrors(r.issues)).toBe(false);
    expect(r.issues.map((i) => i.code)).not.toContain('report.reconcile.mismatch');
    expect(r.grids).toHaveLength(1);
    expect(r.report?.checks.find((c) => c.column === 'forecastYear')?.ok).toBe(true);
  });

  it('keeps the account without forecast rows in the line: −5 000 − 50 = −5 050', () => {
    const r = run();
    expect(line(r, 'personnel')?.forecastYear).toBeCloseTo(-5050, 9);
    expect(line(r, 'income')?.forecastYear).toBeCloseTo(100, 9);
    // net = 100 − 5 050
    expect(line(r, 'net')?.forecastYear).toBeCloseTo(-4950, 9);
  });

  it('flags both lines, naming the ledger sheet and the first row of the account without forecast', () => {
    const r = run();
    const flagged = r.issues.filter((i) => i.code === 'report.forecast.fallback');
    const personnel = flagged.find((i) => i.params.id === 'personnel');
    // Header on sheet row 1, 5120 on row 4: the account cell A4.
    expect(personnel).toMatchObject({ sheet: 'Huvudbok', address: 'A4' });
    expect(said(personnel).sv).toContain("bladet 'Huvudbok', cell A4");
    expect(flagged.find((i) => i.params.id === 'income')).toMatchObject({ sheet: 'Huvudbok', address: 'A2' });
  });

  it('does not flag a line whose accounts all have forecast rows', () => {
    const all = ledgerBook(
      ['Konto', 'Period', 'Utfall', 'Budget', 'Prognos'],
      [
        [3010, '2025-01', -100, -100, -1300],
        [5110, '2025-01', 40, 40, 500],
      ],
    );
    const r = runReport(all, { forecast: 'manual', unit: 'kr' });
    expect(r.issues.filter((i) => i.code === 'report.forecast.fallback')).toEqual([]);
    expect(r.report?.lines.find((l) => l.id === 'personnel')?.values.forecastYear).toBeCloseTo(-500, 9);
    expect(hasErrors(r.issues)).toBe(false);
  });
});

describe('prior-year profile', () => {
  it('falls back when the prior year to date and the prior full year have opposite signs', () => {
    // 5010: prior year Jan–Mar −10 a month (−30), Apr–Dec +60 in all: full year +30, s = −30/30 = −1.
    // 2025: actual 100 a month Jan–Mar (U = 300), whole-year budget 1 200 (Bm = 300).
    // U/s would be −300 (the sign flipped); fall back: U + (B − Bm) = 300 + 900 = 1 200 → −1 200.
    const ledger = buildLedger([
      ...[1, 2, 3].map((m) => ({ account: '5010', period: 202400 + m, kind: 'actual' as const, amount: -10 })),
      { account: '5010', period: 202412, kind: 'actual', amount: 60 },
      ...[1, 2, 3].map((m) => ({ account: '5010', period: 202500 + m, kind: 'actual' as const, amount: 100 })),
      { account: '5010', period: 202500, kind: 'budget', amount: 1200 },
      { account: '3010', period: 202501, kind: 'actual', amount: -1 },
    ]);
    const r = buildReport(ledger, defaultTemplate(false), { forecast: 'prior-year-profile', signs: 'costs-negative', unit: 'kr' });
    expect(r.lines.find((l) => l.id === 'personnel')?.values.forecastYear).toBeCloseTo(-1200, 9);
    expect(r.issues.some((i) => i.code === 'report.forecast.fallback' && i.params.id === 'personnel')).toBe(true);
  });
});
