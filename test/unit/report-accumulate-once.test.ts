/**
 * The report reads the ledger's rows once (accumulate-keyed.ts: raw sums per account × motpart
 * class × group, routed afterwards by what each key holds) instead of twice (a pass for the
 * keys' flags, then each row routed: accumulateByRow, still used when there are too many
 * (key, group) pairs to index). Both must aggregate alike on any ledger: the groups with entries, first
 * rows, the rows behind a manual forecast's rest and the prior-year flag exactly; the sums up to
 * the order of float additions (the one pass adds per key first).
 */
import fc from 'fast-check';
import { accumulate, accumulateByRow, type Accumulation } from '../../src/core/report/accumulate';
import { defaultTemplate } from '../../src/core/report/default-template';
import { mapLines } from '../../src/core/report/line-map';
import type { Ledger } from '../../src/core/ledger/types';
import type { Entry } from '../helpers/ledger-builder';
import { buildLedger } from '../helpers/ledger-builder';

// Accounts in and out of the default structure (1510 and 2440 are balance accounts: out of scope).
const ACCOUNTS = ['1510', '2440', '3110', '3510', '4010', '4610', '5010', '6110', '7010', '8410'];

const entry = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  // 2023: outside the report's two years; month 0: a whole-year amount.
  period: fc.tuple(fc.constantFrom(2023, 2024, 2025), fc.integer({ min: 0, max: 12 })).map(([y, m]) => y * 100 + m),
  kind: fc.constantFrom('actual' as const, 'budget' as const, 'forecast' as const),
  amount: fc.integer({ min: -5_000_000, max: 5_000_000 }).map((n) => n / 100),
  motpart: fc.constantFrom('', '190', '410', '910'),
  ansvar: fc.constantFrom('110', '120', '130'),
});

const ledgerArb = fc
  .tuple(fc.array(entry, { minLength: 1, maxLength: 80 }), fc.constantFrom<Ledger['form']>('long', 'aggregated'), fc.integer({ min: 0, max: 1000 }))
  .map(([es, form, seed]): Ledger => {
    const ledger = buildLedger(es.map(({ motpart, ansvar, ...e }): Entry => ({ ...e, dims: { Motpart: motpart, Ansvar: ansvar } })));
    // Sheet rows out of entry order, as a typed list spread over columns may give: the first row
    // of an account is its first entry's row, not the smallest row number.
    const sourceRow = ledger.sourceRow.map((_, i) => ((i * 7919 + seed) % 997) + 1);
    return { ...ledger, form, sourceRow };
  });

function close(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(b[i])));
}

function same(a: Accumulation, b: Accumulation): void {
  expect([a.groups, a.lines, a.priorYearKnown]).toEqual([b.groups, b.lines, b.priorYearKnown]);
  // Which groups hold entries of the report (a group without is no block).
  expect(Array.from(a.entries, (n) => n > 0)).toEqual(Array.from(b.entries, (n) => n > 0));
  expect(Array.from(a.firstRow)).toEqual(Array.from(b.firstRow));
  expect(Array.from(a.restRow)).toEqual(Array.from(b.restRow));
  expect(close(a.sums, b.sums)).toBe(true);
  expect(close(a.outside, b.outside)).toBe(true);
}

describe('the report reads the rows once, and aggregates as reading them twice does', () => {
  it('on any ledger, month, with or without Motpart and a breakdown, listing or not (fast-check)', () => {
    fc.assert(
      fc.property(ledgerArb, fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.boolean(), (ledger, through, motpart, by) => {
        const template = defaultTemplate(motpart);
        const map = mapLines(ledger, template);
        const dim = ledger.dimensions.Ansvar;
        const group = by ? dim.index : null;
        const groups = by ? dim.values.length : 1;
        const once = accumulate(ledger, map, template.lines.length, 2025, through, group, groups);
        const twice = accumulateByRow(ledger, map, template.lines.length, 2025, through, group, groups);
        same(once, twice);
      }),
      { numRuns: 300 },
    );
  });

  it('with more (key, group) cells than it sizes for at first (65 536), as reading the rows twice does', () => {
    // 300 accounts × 240 ansvar, each pair with an actual, a monthly budget after the month, a
    // prior-year actual and a row of 2023 (outside the report): 72 000 cells.
    const entries: Entry[] = [];
    for (let a = 0; a < 300; a++) {
      for (let g = 0; g < 240; g++) {
        const account = String(4000 + a * 10);
        const dims = { Ansvar: String(1000 + g) };
        entries.push({ account, period: 202503, kind: 'actual', amount: a + g / 100, dims });
        entries.push({ account, period: 202511, kind: 'budget', amount: 2 * a + 0.5, dims });
        entries.push({ account, period: 202402, kind: 'actual', amount: g - a, dims });
        entries.push({ account, period: 202305, kind: 'actual', amount: 7, dims });
      }
    }
    const ledger = buildLedger(entries);
    const template = defaultTemplate(false);
    const map = mapLines(ledger, template);
    const dim = ledger.dimensions.Ansvar;
    same(accumulate(ledger, map, template.lines.length, 2025, 6, dim.index, dim.values.length), accumulateByRow(ledger, map, template.lines.length, 2025, 6, dim.index, dim.values.length));
  });

  it('routes by hand: a whole-year budget beside monthly ones is not spread; without them it is, × m/12', () => {
    // 5010 has a whole-year budget 1 200 and monthly budgets 100 (Jan–Mar): annual budget = the
    // whole-year amount 1 200, budget to date = the monthly amounts through March = 300.
    // 6110 has only a whole-year budget 1 200: budget to date = 1 200 × 3/12 = 300.
    const ledger = buildLedger([
      { account: '5010', period: 202500, kind: 'budget', amount: 1200 },
      ...[1, 2, 3].map((m): Entry => ({ account: '5010', period: 202500 + m, kind: 'budget', amount: 100 })),
      { account: '6110', period: 202500, kind: 'budget', amount: 1200 },
    ]);
    const template = defaultTemplate(false);
    const map = mapLines(ledger, template);
    const acc = accumulate(ledger, map, template.lines.length, 2025, 3, null, 1);
    const leaf = (account: number) => map.leafOf[account * 2];
    const slot = (line: number, s: number) => acc.sums[line * 7 + s];
    expect([slot(leaf(0), 0), slot(leaf(0), 1)]).toEqual([1200, 300]);
    expect([slot(leaf(1), 0), slot(leaf(1), 1)]).toEqual([1200, 300]);
    expect(acc.entries[0]).toBeGreaterThan(0);
  });
});
