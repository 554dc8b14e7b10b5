import { runReport } from '../../src/core/report/run-report';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { hasErrors } from '../../src/core/issue';
import { reportJson } from '../../src/core/report/report-json';
import { ledgerBook } from '../helpers/snapshot-builder';
import { buildLedger } from '../helpers/ledger-builder';
import { said } from '../helpers/issue-text';

type Run = ReturnType<typeof runReport>;
const values = (r: Run, id: string) => r.report?.lines.find((l) => l.id === id)?.values;

describe('period budget beside a whole-year budget', () => {
  it('aggregated listing: Budget helår is the annual budget, Budget ack the budget to date', () => {
    // Listing through August 2025. 5110: Budget helår 1 200, Budget ack 800, Utfall ack 700.
    // Costs negative: annual −1 200 (not 1 200 + 800), to date −800 (not 1 200 × 8/12 + 800).
    const book = ledgerBook(
      ['Konto', 'Budget helår', 'Budget ack', 'Utfall ack'],
      [
        [3010, -2000, -1300, -1400],
        [5110, 1200, 800, 700],
      ],
      { title: 'Period: 2025-08' },
    );
    const r = runReport(book, { unit: 'kr' });
    expect(hasErrors(r.issues)).toBe(false);
    expect(values(r, 'personnel')).toMatchObject({ budgetYear: -1200, budgetPeriod: -800, actualPeriod: -700, variancePeriod: 100 });
    expect(values(r, 'income')).toMatchObject({ budgetYear: 2000, budgetPeriod: 1300, actualPeriod: 1400 });
  });

  it('long form with Periodbudget and a repeated Årsbudget on each row', () => {
    // 5110, Jan–Mar 2025: Periodbudget 100 a month, Årsbudget 1 200 on every row, Utfall 90 a month.
    // Annual −1 200 (once, not 3 × 1 200 + 300); to date −300 (the period amounts, no spread added).
    const rows = [1, 2, 3].flatMap((m) => [
      [3010, `2025-0${m}`, -150, -160, -2000],
      [5110, `2025-0${m}`, 90, 100, 1200],
    ]);
    const r = runReport(ledgerBook(['Konto', 'Period', 'Utfall', 'Periodbudget', 'Årsbudget'], rows), { unit: 'kr' });
    expect(hasErrors(r.issues)).toBe(false);
    expect(values(r, 'personnel')).toMatchObject({ budgetYear: -1200, budgetPeriod: -300, actualPeriod: -270 });
    expect(values(r, 'income')).toMatchObject({ budgetYear: 2000, budgetPeriod: 480, actualPeriod: 450 });
  });

  it('spreads a whole-year budget only for accounts without period amounts', () => {
    // Through March 2025. 5110: monthly budget 100 Jan–Dec (annual 1 200, to date 300).
    // 5120: whole-year budget 600 only: to date 600 × 3/12 = 150. Personnel: −1 800 and −450.
    const ledger = buildLedger([
      ...Array.from({ length: 12 }, (_, i) => ({ account: '5110', period: 202501 + i, kind: 'budget' as const, amount: 100 })),
      { account: '5120', period: 202500, kind: 'budget', amount: 600 },
      { account: '5110', period: 202503, kind: 'actual', amount: 10 },
      { account: '3010', period: 202503, kind: 'actual', amount: -1 },
    ]);
    const r = buildReport(ledger, defaultTemplate(false), { signs: 'costs-negative', unit: 'kr', forecast: 'remaining-budget' });
    const v = r.lines.find((l) => l.id === 'personnel')?.values;
    expect(v?.budgetYear).toBeCloseTo(-1800, 9);
    expect(v?.budgetPeriod).toBeCloseTo(-450, 9);
  });
});

describe('aggregated listing, prior year to date only', () => {
  // Through August 2025. 5110: Budget helår 1 200, Utfall ack 700, Utfall fg år ack 600.
  const book = ledgerBook(
    ['Konto', 'Budget helår', 'Utfall ack', 'Utfall fg år ack'],
    [
      [3010, -2000, -1400, -1300],
      [5110, 1200, 700, 600],
    ],
    { title: 'Period: 2025-08' },
  );

  it('shows the prior year to date, and no prior full year', () => {
    const r = runReport(book, { unit: 'kr' });
    expect(hasErrors(r.issues)).toBe(false);
    expect(values(r, 'personnel')?.actualPriorPeriod).toBe(-600);
    expect(values(r, 'personnel')?.changePeriod).toBe(-100);
    expect(values(r, 'personnel')?.actualPriorYear).toBeNull();
    expect(values(r, 'net')?.actualPriorYear).toBeNull();
    expect(r.grids).toHaveLength(1);
    const json = reportJson(r.report as NonNullable<Run['report']>, r.issues, 'sv');
    expect(json.lines.find((l) => l.id === 'personnel')?.values.actualPriorYear).toBeNull();
  });

  it('prior-year profile falls back without a prior full year, and says so', () => {
    // U + (B − Bm) = −700 + (−1 200 + 800) = −1 100 (not U/s with s = 600/600 = 1: −700).
    const r = runReport(book, { unit: 'kr', forecast: 'prior-year-profile' });
    expect(values(r, 'personnel')?.forecastYear).toBeCloseTo(-1100, 9);
    const issue = r.issues.find((i) => i.code === 'report.forecast.fallback' && i.params.id === 'personnel');
    expect(said(issue).sv).toContain('helårsutfall saknas');
  });
});

describe('issue locations', () => {
  it('out-of-scope names the ledger sheet and the account cell of its first row', () => {
    const book = ledgerBook(
      ['Konto', 'Period', 'Utfall'],
      [
        [3010, '2025-01', -100],
        [5110, '2025-01', 40],
        [1510, '2025-01', 25],
      ],
    );
    const issue = runReport(book, { unit: 'kr' }).issues.find((i) => i.code === 'report.out-of-scope');
    expect(issue).toMatchObject({ sheet: 'Huvudbok', address: 'A4' });
  });

  it('reconcile mismatch names the column by its heading, not its id', () => {
    // A template whose top line leaves out personnel: the ledger total differs by the 40 of 5110.
    const ledger = buildLedger([
      { account: '3010', period: 202501, kind: 'actual', amount: -100 },
      { account: '5110', period: 202501, kind: 'actual', amount: 40 },
    ]);
    const base = defaultTemplate(false);
    const template = { ...base, lines: base.lines.map((l) => (l.id === 'costs' ? { ...l, sumOf: ['premises', 'other'] } : l)) };
    const r = buildReport(ledger, template, { signs: 'costs-negative', unit: 'kr', forecast: 'remaining-budget' });
    const issue = r.issues.find((i) => i.code === 'report.reconcile.mismatch' && String(i.params.column).startsWith('Utfall'));
    expect(issue?.params.column).toBe('Utfall jan 2025');
    expect(said(issue).en).toContain('Actual Jan 2025');
    expect(said(issue).sv).not.toContain('actualPeriod');
  });
});
