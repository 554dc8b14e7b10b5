import fc from 'fast-check';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { COLUMN_IDS } from '../../src/core/report/report-types';
import type { Entry } from '../helpers/ledger-builder';
import { buildLedger } from '../helpers/ledger-builder';
import { entryFields } from '../helpers/ledger-arbitrary';

const ACCOUNTS = ['1510', '3110', '3510', '3610', '4010', '4610', '5010', '5410', '6110', '6410', '7010', '8010', '8410', '8510', '8910', '2440'];
const MOTPART = ['', '190', '410', '840', '910'];

const entry = fc.record({ ...entryFields(ACCOUNTS), motpart: fc.constantFrom(...MOTPART) });
/**
 * The accounts the default template puts on a konton line, written out independently of the
 * code (docs/domain.md, "The default structure"): classes 3–7 (income, personnel, premises,
 * other) and groups 80, 82 (Kommunbidrag), 84, 85 (Finansnetto). Of ACCOUNTS, 1510, 2440 and
 * 8910 are out of scope. Class 3 is covered with and without a Motpart split (external + internal).
 */
const inScope = (account: string): boolean => /^[34567]/.test(account) || /^8[0245]/.test(account);

const ledgerArb = fc.array(entry, { minLength: 1, maxLength: 60 }).map((es) => es.map(({ motpart, ...e }): Entry => ({ ...e, dims: { Motpart: motpart, Ansvar: String(100 + (Math.abs(e.amount) % 3 | 0)) } })));

describe('report invariants (fast-check)', () => {
  it('leaf lines partition the in-scope accounts: their sum is the ledger total', () => {
    fc.assert(
      fc.property(ledgerArb, fc.boolean(), fc.integer({ min: 1, max: 12 }), (entries, motpart, through) => {
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        const template = defaultTemplate(motpart);
        const r = buildReport(ledger, template, { year: 2025, throughMonth: through, forecast: 'linear', signs: 'income-negative', unit: 'kr' });
        const expected = entries
          .filter((e) => e.kind === 'actual' && e.period >= 202500 && e.period <= 202500 + through && inScope(e.account))
          .reduce((s, e) => s + e.amount, 0);
        const leaves = r.lines.filter((l) => l.type === 'konton').reduce((s, l) => s + (l.values.actualPeriod as number), 0);
        expect(leaves).toBeCloseTo(expected, 6);
        expect(r.lines.find((l) => l.id === 'result')?.values.actualPeriod).toBeCloseTo(expected, 6);
        expect(r.checks.every((c) => c.ok)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('switching the convention flips the amounts and leaves variances and utilisation alone', () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom('linear' as const, 'remaining-budget' as const, 'budget-ratio' as const, 'manual' as const), (entries, method) => {
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        const opts = { year: 2025, throughMonth: 6, forecast: method, unit: 'kr' as const, by: 'Ansvar' };
        const a = buildReport(ledger, defaultTemplate(true), { ...opts, signs: 'costs-negative' });
        const b = buildReport(ledger, defaultTemplate(true), { ...opts, signs: 'income-negative' });
        const pairs = [[a.lines, b.lines], ...(a.breakdown?.blocks ?? []).map((blk, i) => [blk.lines, b.breakdown?.blocks[i].lines ?? []])];
        for (const [la, lb] of pairs) {
          la.forEach((line, i) => {
            for (const c of COLUMN_IDS) {
              const x = line.values[c];
              const y = lb[i].values[c];
              if (x === null) expect(y).toBeNull();
              else if (c === 'variancePeriod' || c === 'varianceYear' || c === 'utilisation') expect(y as number).toBeCloseTo(x, 6);
              else expect((y as number) + (x as number)).toBeCloseTo(0, 6);
            }
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a positive variance is favourable in both conventions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (budget, actual) => {
        // A cost (raw positive) and an income (raw negative), each with budget and actual for January.
        const entries: Entry[] = [
          { account: '5010', period: 202501, kind: 'budget', amount: budget },
          { account: '5010', period: 202501, kind: 'actual', amount: actual },
          { account: '3110', period: 202501, kind: 'budget', amount: -budget },
          { account: '3110', period: 202501, kind: 'actual', amount: -actual },
        ];
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        for (const signs of ['costs-negative', 'income-negative'] as const) {
          const r = buildReport(ledger, defaultTemplate(false), { forecast: 'linear', signs, unit: 'kr' });
          const cost = r.lines.find((l) => l.id === 'personnel')?.values.variancePeriod as number;
          const income = r.lines.find((l) => l.id === 'income')?.values.variancePeriod as number;
          // Spending less than budget is favourable; earning more than budget is favourable.
          // toBe compares with Object.is, so an on-budget line must give +0, not −0.
          expect(Math.sign(cost)).toBe(Math.sign(budget - actual));
          expect(Math.sign(income)).toBe(Math.sign(actual - budget));
        }
      }),
    );
  });

  it('no report value is negative zero, in either convention (English formatting shows it as "-0")', () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom('costs-negative' as const, 'income-negative' as const), fc.boolean(), (entries, signs, by) => {
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        const r = buildReport(ledger, defaultTemplate(true), { year: 2025, throughMonth: 8, forecast: 'linear', signs, unit: 'kr', ...(by ? { by: 'Ansvar' } : {}) });
        const lines = [...r.lines, ...(r.breakdown?.blocks.flatMap((b) => b.lines) ?? [])];
        const negativeZeros = lines.flatMap((l) => Object.entries(l.values).filter(([, v]) => Object.is(v, -0)).map(([c]) => `${l.id}.${c}`));
        expect(negativeZeros).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('breakdown blocks add up to the total in every amount column', () => {
    fc.assert(
      fc.property(ledgerArb, (entries) => {
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        const r = buildReport(ledger, defaultTemplate(true), { year: 2025, throughMonth: 8, forecast: 'budget-ratio', signs: 'costs-negative', unit: 'tkr', by: 'Ansvar' });
        r.lines.forEach((line, i) => {
          for (const c of COLUMN_IDS) {
            if (c === 'utilisation') continue;
            const sum = (r.breakdown?.blocks ?? []).reduce((s, b) => s + (b.lines[i].values[c] as number), 0);
            expect(sum).toBeCloseTo(line.values[c] as number, 6);
          }
        });
      }),
      { numRuns: 80 },
    );
  });
});
