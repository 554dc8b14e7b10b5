import fc from 'fast-check';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { readTemplate } from '../../src/core/report/read-template';
import type { Template } from '../../src/core/report/template';
import type { ForecastMethod, SignConvention } from '../../src/core/report/report-types';
import { analyseDeviations } from '../../src/core/analysis';
import type { Decomposition, LineDeviation } from '../../src/core/analysis';
import type { Entry } from '../helpers/ledger-builder';
import { entriesArb } from '../helpers/ledger-arbitrary';
import { buildLedger, monthly } from '../helpers/ledger-builder';
import { alingsasStructure } from '../fixtures/report/alingsas';

const ACCOUNTS = ['1510', '3110', '3510', '3610', '4010', '4610', '5010', '5410', '6110', '6410', '7010', '8010', '8410', '8510', '2440'];
const MOTPART = ['', '190', '410', '840', '910'];
const METHODS: ForecastMethod[] = ['linear', 'remaining-budget', 'budget-ratio', 'prior-year-profile', 'manual'];

const ledgerArb = entriesArb({ accounts: ACCOUNTS, motpart: MOTPART, ansvar: ['110', '120', '130'], maxLength: 60 });

const sum = (d: Decomposition) => d.parts.reduce((s, p) => s + p.ore, 0) + d.rest.ore;

function everyLine(a: ReturnType<typeof analyseDeviations>): LineDeviation[] {
  return [...a.lines, ...a.blocks.flatMap((b) => b.lines)];
}

describe('deviation analysis: the parts add up to the deviation (fast-check)', () => {
  it('per line and per block, every decomposition adds up to the report cell in öre, and with every part listed the rest is only rounding', () => {
    fc.assert(
      fc.property(
        ledgerArb,
        fc.constantFrom(...METHODS),
        fc.constantFrom<SignConvention>('costs-negative', 'income-negative'),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        (entries, method, signs, by, through) => {
          const ledger = buildLedger(entries, { rawSign: 'income-negative' });
          const report = buildReport(ledger, defaultTemplate(true), { year: 2025, throughMonth: through, forecast: method, signs, unit: 'kr', ...(by ? { by: 'Ansvar' } : {}) });
          const lines = [...report.lines, ...(report.breakdown?.blocks.flatMap((b) => b.lines) ?? [])];
          for (const top of [2, Infinity]) {
            const analysed = everyLine(analyseDeviations(ledger, report, { top }));
            expect(analysed.map((l) => l.lineId)).toEqual(lines.map((l) => l.id));
            analysed.forEach((l, i) => {
              const v = lines[i].values;
              // The deviation is the report's own cell, to the öre.
              expect(Math.abs(l.period.ore - (v.variancePeriod as number) * 100)).toBeLessThanOrEqual(0.5 + 1e-6);
              expect(Math.abs(l.forecast.ore - (v.varianceYear as number) * 100)).toBeLessThanOrEqual(0.5 + 1e-6);
              for (const dev of [l.period, l.forecast]) {
                // Account, Motpart, Ansvar (not Ansvar inside an Ansvar block).
                expect(dev.decompositions.length).toBeGreaterThanOrEqual(2);
                for (const d of dev.decompositions) {
                  expect(sum(d)).toBe(dev.ore);
                  if (top === Infinity) {
                    expect(d.rest.count).toBe(0);
                    // Each part is rounded to the öre (at most ½ öre off) and a part under ½ öre
                    // is dropped: at most ½ öre per account or value, plus 1 for float error.
                    expect(Math.abs(d.rest.ore)).toBeLessThanOrEqual(1 + 0.5 * (ledger.accounts.length + 5));
                  }
                }
              }
            });
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('lists parts largest first by size', () => {
    fc.assert(
      fc.property(ledgerArb, (entries) => {
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        const report = buildReport(ledger, defaultTemplate(true), { year: 2025, throughMonth: 6, forecast: 'remaining-budget', signs: 'costs-negative', unit: 'kr' });
        for (const l of analyseDeviations(ledger, report).lines) {
          for (const d of [...l.period.decompositions, ...l.forecast.decompositions]) {
            const sizes = d.parts.map((p) => Math.abs(p.ore));
            expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
            expect(d.parts.length).toBeLessThanOrEqual(5);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Köp av tjänster as Alingsås explains it (seeds/alingsas-ks-delarsbokslut-2023.txt): "Medan
 * periodbudgeten för konsulttjänster har överskridits med 1 424 tkr har inte hela budgeten
 * nyttjats gällande administrativa tjänster (IT), som genererar en positiv avvikelse om
 * 3 445 tkr. Resterande del av avvikelsen består av kostnader för övriga tjänster ... 129 tkr."
 * Monthly budget and actual rows January–August 2023 (bookkeeping sign, costs positive), tkr:
 *   4610 Konsulttjänster           budget  8 576, actual 10 000 → deviation 8 576 − 10 000 = −1 424
 *   4620 Administrativa tjänster IT budget 15 445, actual 12 000 → 15 445 − 12 000 = +3 445
 *        (Ansvar 110: budget 10 000, actual 7 000 → +3 000; Ansvar 120: 5 445 − 5 000 = +445)
 *   4630 Övriga tjänster            budget  4 635, actual  4 764 → −129
 * Line: budget 28 656, actual 26 764, deviation +1 892 (costs negative: −26 764 − (−28 656)).
 */
describe('Köp av tjänster, split by account and Ansvar (hand calculation)', () => {
  const rows: [string, string, string, number, number][] = [
    ['4610', 'Konsulttjänster', '110', 8_576_000, 10_000_000],
    ['4620', 'Administrativa tjänster (IT)', '110', 10_000_000, 7_000_000],
    ['4620', 'Administrativa tjänster (IT)', '120', 5_445_000, 5_000_000],
    ['4630', 'Övriga tjänster', '120', 4_635_000, 4_764_000],
  ];
  const entries: Entry[] = rows.flatMap(([account, text, ansvar, budget, actual]) => [
    ...monthly(budget, 2023, 8).map((m): Entry => ({ account, text, ...m, kind: 'budget', amount: m.amount, dims: { Ansvar: ansvar } })),
    ...monthly(actual, 2023, 8).map((m): Entry => ({ account, text, ...m, kind: 'actual', amount: m.amount, dims: { Ansvar: ansvar } })),
  ]);
  const ledger = buildLedger(entries, { rawSign: 'income-negative' });
  const template = readTemplate({ sheets: [alingsasStructure()] }).template as Template;

  it.each<SignConvention>(['costs-negative', 'income-negative'])('gives −1 424, +3 445 and −129 tkr by account and +3 000, −1 108 by Ansvar (%s)', (signs) => {
    const report = buildReport(ledger, template, { forecast: 'remaining-budget', signs, unit: 'tkr' });
    const services = analyseDeviations(ledger, report).lines.find((l) => l.lineId === 'services') as LineDeviation;
    expect(services.period.ore).toBe(1_892_000_00);
    const [byAccount, byAnsvar] = services.period.decompositions;
    expect(byAccount.parts).toEqual([
      { key: '4620', label: '4620 Administrativa tjänster (IT)', ore: 3_445_000_00 },
      { key: '4610', label: '4610 Konsulttjänster', ore: -1_424_000_00 },
      { key: '4630', label: '4630 Övriga tjänster', ore: -129_000_00 },
    ]);
    expect(byAccount.rest).toEqual({ ore: 0, count: 0 });
    // Ansvar 110: −1 424 + 3 000 = 1 576; Ansvar 120: 445 − 129 = 316.
    expect(byAnsvar).toMatchObject({ by: 'dimension', dimension: 'Ansvar', parts: [{ key: '110', ore: 1_576_000_00 }, { key: '120', ore: 316_000_00 }], rest: { ore: 0, count: 0 } });
    // Outcome + remaining budget with no budget after August: the forecast deviation equals the period's.
    expect(services.forecast.decompositions[0].parts.map((p) => p.ore)).toEqual([3_445_000_00, -1_424_000_00, -129_000_00]);
  });

  it('with top 1 the rest carries the other two accounts: −1 424 − 129 = −1 553 tkr', () => {
    const report = buildReport(ledger, template, { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr' });
    const services = analyseDeviations(ledger, report, { top: 1 }).lines.find((l) => l.lineId === 'services') as LineDeviation;
    expect(services.period.decompositions[0].rest).toEqual({ ore: -1_553_000_00, count: 2 });
  });
});

describe('blockLines: summary', () => {
  it('analyses only each block\'s summary line, the same as the full analysis gives it', () => {
    fc.assert(
      fc.property(ledgerArb, (entries) => {
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        const report = buildReport(ledger, defaultTemplate(true), { year: 2025, throughMonth: 5, forecast: 'budget-ratio', signs: 'costs-negative', unit: 'kr', by: 'Ansvar' });
        const all = analyseDeviations(ledger, report);
        const some = analyseDeviations(ledger, report, { blockLines: 'summary' });
        expect(some.lines).toEqual(all.lines);
        some.blocks.forEach((b, i) => {
          expect(b.lines.map((l) => l.lineId)).toEqual(['net']);
          expect(b.lines[0]).toEqual(all.blocks[i].lines.find((l) => l.lineId === 'net'));
        });
      }),
      { numRuns: 30 },
    );
  });
});
