import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { buildLedger } from '../helpers/ledger-builder';

/**
 * The report period: the latest month with actuals unless the caller names year and month; a
 * ledger without actuals is said to have none either way.
 */
const options = { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr' } as const;

const budgetOnly = buildLedger([
  { account: '5010', period: 202500, kind: 'budget', amount: 120_000 },
  { account: '3110', period: 202500, kind: 'budget', amount: -12_000 },
]);

const withActuals = buildLedger([
  { account: '5010', period: 202500, kind: 'budget', amount: 120_000 },
  { account: '5010', period: 202503, kind: 'actual', amount: 10_000 },
  { account: '5010', period: 202505, kind: 'actual', amount: 11_000 },
]);

it('takes the latest month with actuals when no period is given', () => {
  const r = buildReport(withActuals, defaultTemplate(false), options);
  expect([r.year, r.through]).toEqual([2025, 5]);
  expect(r.issues.map((i) => i.code)).not.toContain('report.no-actuals');
});

it.each([
  ['no period given', {}],
  ['year and month given', { year: 2025, throughMonth: 6 }],
])('warns that a ledger has no actuals (%s)', (_label, period) => {
  const r = buildReport(budgetOnly, defaultTemplate(false), { ...options, ...period });
  expect(r.issues.map((i) => i.code)).toContain('report.no-actuals');
});

it('keeps the period the caller names, and finds the actuals without searching for the latest month', () => {
  const r = buildReport(withActuals, defaultTemplate(false), { ...options, year: 2025, throughMonth: 4 });
  expect([r.year, r.through]).toEqual([2025, 4]);
  expect(r.issues.map((i) => i.code)).not.toContain('report.no-actuals');
  // Personnel actuals through April: only the March row, 10 000 kr, shown as a cost (negative).
  expect(r.lines.find((l) => l.id === 'personnel')?.values.actualPeriod).toBe(-10_000);
});
