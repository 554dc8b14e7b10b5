import fc from 'fast-check';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { COLUMN_IDS } from '../../src/core/report/report-types';
import type { ForecastMethod, SignConvention } from '../../src/core/report/report-types';
import { reportGrid } from '../../src/core/layout/report-grid';
import { cellRefAt, drillDown, toOre } from '../../src/core/analysis';
import { entriesArb } from '../helpers/ledger-arbitrary';
import { buildLedger } from '../helpers/ledger-builder';

const ACCOUNTS = ['3110', '3510', '4010', '4610', '5010', '5410', '6110', '7010', '8010', '8410'];
const METHODS: ForecastMethod[] = ['linear', 'remaining-budget', 'budget-ratio', 'prior-year-profile', 'manual'];
const ledgerArb = entriesArb({ accounts: ACCOUNTS, motpart: ['', '190', '840'], ansvar: ['110', '120'], maxLength: 40 });

describe('drill-down: the ledger rows behind a cell sum to the cell', () => {
  it('for every amount cell of every line, total and block (fast-check)', () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom(...METHODS), fc.constantFrom<SignConvention>('costs-negative', 'income-negative'), fc.boolean(), (entries, method, signs, by) => {
        const ledger = buildLedger(entries, { rawSign: 'income-negative' });
        const report = buildReport(ledger, defaultTemplate(true), { year: 2025, throughMonth: 7, forecast: method, signs, unit: 'kr', ...(by ? { by: 'Ansvar' } : {}) });
        const scopes = [{ block: undefined as string | undefined, lines: report.lines }, ...(report.breakdown?.blocks.map((b) => ({ block: b.key as string | undefined, lines: b.lines })) ?? [])];
        for (const { block, lines } of scopes) {
          for (const line of lines) {
            for (const column of COLUMN_IDS) {
              const u = drillDown(ledger, report, { lineId: line.id, column, ...(block !== undefined ? { block } : {}) });
              if (column === 'utilisation') {
                expect(u).toBeNull();
                continue;
              }
              const cell = line.values[column] ?? 0;
              expect(u?.value).toBe(line.values[column] ?? 0);
              const rows = u?.accounts.flatMap((a) => a.rows) ?? [];
              const sum = rows.reduce((s, r) => s + r.amount, 0);
              expect(Math.abs(sum - cell)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(cell)));
              // Exact in öre: the rows and the rounding make the cell.
              expect(rows.reduce((s, r) => s + r.ore, 0) + (u?.rounding ?? NaN)).toBe(toOre(cell));
              expect(Math.abs(u?.rounding ?? 0)).toBeLessThanOrEqual(1 + rows.length / 2);
              for (const a of u?.accounts ?? []) expect(a.ore).toBe(a.rows.reduce((s, r) => s + r.ore, 0));
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  /**
   * Sheet rows (header on row 1, so entry i is on row i + 2): 2–3 wages 5010 January and
   * February 100 000 and 50 000, 4 wages 5410 January 30 000, 5 a whole-year budget 5010
   * 2 400 000. Through February: Personalkostnader actual 180 000 = 150 000 (rows 2, 3) + 30 000
   * (row 4); budget to date 2 400 000 × 2/12 = 400 000 (row 5); costs negative: variance
   * −180 000 − (−400 000) = +220 000 = −150 000 − 30 000 + 400 000.
   */
  it('lists the rows by account, with their sheet row numbers (hand calculation)', () => {
    const ledger = buildLedger([
      { account: '5010', text: 'Löner', period: 202501, kind: 'actual', amount: 100_000 },
      { account: '5010', text: 'Löner', period: 202502, kind: 'actual', amount: 50_000 },
      { account: '5410', text: 'Sociala avgifter', period: 202501, kind: 'actual', amount: 30_000 },
      { account: '5010', text: 'Löner', period: 202500, kind: 'budget', amount: 2_400_000 },
    ]);
    const report = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr' });
    const actual = drillDown(ledger, report, { lineId: 'personnel', column: 'actualPeriod' });
    expect(actual?.accounts.map((a) => [a.label, a.amount, a.rows.map((r) => [r.row, r.amount])])).toEqual([
      ['5010 Löner', -150_000, [[2, -100_000], [3, -50_000]]],
      ['5410 Sociala avgifter', -30_000, [[4, -30_000]]],
    ]);
    const variance = drillDown(ledger, report, { lineId: 'personnel', column: 'variancePeriod' });
    expect(variance?.value).toBeCloseTo(220_000, 6);
    expect(variance?.accounts.map((a) => [a.account, a.ore])).toEqual([
      ['5010', 25_000_000],
      ['5410', -3_000_000],
    ]);
    // The summa line Verksamhetens kostnader goes through its parts: the same rows.
    expect(drillDown(ledger, report, { lineId: 'costs', column: 'actualPeriod' })?.accounts.map((a) => a.amount)).toEqual([-150_000, -30_000]);
    expect(drillDown(ledger, report, { lineId: 'personnel', column: 'utilisation' })).toBeNull();
    expect(drillDown(ledger, report, { lineId: 'nope', column: 'actualPeriod' })).toBeNull();
  });

  it('finds the report cell under a grid cell: total rows, block rows and summary rows', () => {
    const ledger = buildLedger([
      { account: '5010', period: 202501, kind: 'actual', amount: 100, dims: { Ansvar: '110' } },
      { account: '5010', period: 202501, kind: 'actual', amount: 40, dims: { Ansvar: '120' } },
    ]);
    const report = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'kr', by: 'Ansvar' });
    const grid = reportGrid(report, { lang: 'sv' });
    const keys = grid.rowKeys ?? [];
    const col = 1 + COLUMN_IDS.indexOf('actualPeriod');
    expect(cellRefAt(grid, report, keys.indexOf('personnel'), col)).toEqual({ lineId: 'personnel', column: 'actualPeriod' });
    expect(cellRefAt(grid, report, keys.indexOf('Ansvar=120:personnel'), col)).toEqual({ lineId: 'personnel', column: 'actualPeriod', block: '120' });
    expect(cellRefAt(grid, report, keys.indexOf('summary:110'), col)).toEqual({ lineId: 'net', column: 'actualPeriod', block: '110' });
    expect(cellRefAt(grid, report, keys.indexOf('personnel'), 0)).toBeNull();
    expect(cellRefAt(grid, report, 0, col)).toBeNull();
    const ref = cellRefAt(grid, report, keys.indexOf('Ansvar=120:personnel'), col);
    expect(ref && drillDown(ledger, report, ref)?.accounts[0].rows.map((r) => r.row)).toEqual([3]);
  });
});
