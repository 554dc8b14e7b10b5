import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import type { ForecastMethod } from '../../src/core/report/report-types';
import type { Entry } from '../helpers/ledger-builder';
import { buildLedger } from '../helpers/ledger-builder';
import { hasErrors } from '../../src/core/issue';

/**
 * One cost account (5010, bookkeeping sign: costs positive), January–March 2025.
 * Budget by month: 50, 50, 50, then 1 050/9 a month: B = 1 200, Bm = 150.
 * Actuals 100, 120, 140: U = 360. Prior year: 60 a month in Q1, 100 a month after: 1 080, s = 180/1 080 = 1/6.
 * Manual forecast 1 500. A second cost account (6410) has budget 120 (whole-year row) and actual 30, no forecast.
 */
function entries(): Entry[] {
  const e: Entry[] = [];
  for (let m = 1; m <= 12; m++) e.push({ account: '5010', period: 202500 + m, kind: 'budget', amount: m <= 3 ? 50 : 1050 / 9 });
  [100, 120, 140].forEach((amount, i) => e.push({ account: '5010', period: 202501 + i, kind: 'actual', amount }));
  for (let m = 1; m <= 12; m++) e.push({ account: '5010', period: 202400 + m, kind: 'actual', amount: m <= 3 ? 60 : 100 });
  e.push({ account: '5010', period: 202500, kind: 'forecast', amount: 1500 });
  e.push({ account: '6410', period: 202500, kind: 'budget', amount: 120 });
  e.push({ account: '6410', period: 202502, kind: 'actual', amount: 30 });
  e.push({ account: '3010', period: 202501, kind: 'actual', amount: -1 }); // makes the raw sign detectable
  return e;
}

const ledger = buildLedger(entries());
const run = (forecast: ForecastMethod) => buildReport(ledger, defaultTemplate(false), { forecast, signs: 'costs-negative', unit: 'kr' });
const value = (forecast: ForecastMethod, id: string) => run(forecast).lines.find((l) => l.id === id)?.values.forecastYear;

describe('forecast methods (DOMAIN.md §5), costs negative', () => {
  it('reports through March 2025, the last month with actuals', () => {
    const r = run('linear');
    expect([r.year, r.through]).toEqual([2025, 3]);
    const v = r.lines.find((l) => l.id === 'personnel')?.values;
    expect(v?.budgetYear).toBeCloseTo(-1200, 9);
    expect(v?.budgetPeriod).toBeCloseTo(-150, 9);
    expect(v?.actualPeriod).toBeCloseTo(-360, 9);
    expect(v?.actualPriorPeriod).toBeCloseTo(-180, 9);
    expect(v?.actualPriorYear).toBeCloseTo(-1080, 9);
  });

  it('linear run-rate: U × 12/m = −360 × 4 = −1 440', () => expect(value('linear', 'personnel')).toBeCloseTo(-1440, 9));
  it('remaining budget: U + (B − Bm) = −360 − 1 050 = −1 410', () => expect(value('remaining-budget', 'personnel')).toBeCloseTo(-1410, 9));
  it('budget ratio: B × U/Bm = −1 200 × 360/150 = −2 880', () => expect(value('budget-ratio', 'personnel')).toBeCloseTo(-2880, 9));
  it('prior-year profile: U/s = −360 × 6 = −2 160', () => expect(value('prior-year-profile', 'personnel')).toBeCloseTo(-2160, 9));
  it('manual: the forecast rows, −1 500', () => expect(value('manual', 'personnel')).toBeCloseTo(-1500, 9));

  it('falls back to outcome + remaining budget where there is no manual figure, and says so', () => {
    // 6410: whole-year budget 120 spread evenly: Bm = 30; U = 30; forecast = −30 + (−120 + 30) = −120.
    const r = run('manual');
    expect(r.lines.find((l) => l.id === 'other')?.values.forecastYear).toBeCloseTo(-120, 9);
    const flagged = r.issues.filter((i) => i.code === 'report.forecast.fallback').map((i) => i.params.id);
    expect(flagged).toEqual(expect.arrayContaining(['other']));
    expect(flagged).not.toContain('personnel');
    // The fallback line must not break the forecast reconciliation (no table would be written).
    expect(hasErrors(r.issues)).toBe(false);
  });

  it('falls back for the prior-year profile when there is no prior year', () => {
    const r = run('prior-year-profile');
    expect(r.issues.some((i) => i.code === 'report.forecast.fallback' && i.params.id === 'other')).toBe(true);
    expect(r.lines.find((l) => l.id === 'other')?.values.forecastYear).toBeCloseTo(-120, 9);
  });

  it('sums forecasts of the parts on sum lines', () => {
    const r = run('budget-ratio');
    const costs = r.lines.find((l) => l.id === 'costs')?.values.forecastYear as number;
    // personnel −2 880; other: B × U/Bm = −120 × 30/30 = −120
    expect(costs).toBeCloseTo(-3000, 9);
  });
});
