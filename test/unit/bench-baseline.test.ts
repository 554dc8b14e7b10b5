/**
 * The bench's typed-array baseline must compute the report the engine is compared with:
 * lines by account range, budget for the year and to date, actuals to date and the prior
 * year's same months. Expected values are worked out by hand beside each entry.
 */
import type { Ledger } from '../../src/core/ledger/types';
import { groupTypedLoop, totalOf, valueOf } from '../../bench/baseline-typed-loop';
import { COLUMNS, LINES } from '../../bench/spec';

type Entry = [account: string, period: number, kind: 0 | 1 | 2, amount: number, ansvar: string];

function ledgerOf(entries: readonly Entry[]): Ledger {
  const accounts = [...new Set(entries.map((e) => e[0]))];
  const ansvar = ['', ...new Set(entries.map((e) => e[4]))];
  return {
    sheet: 'Huvudbok',
    range: `A1:G${entries.length + 1}`,
    headerRow: 0,
    form: 'typed',
    columns: [],
    accounts,
    accountTexts: accounts.map(() => ''),
    size: entries.length,
    account: Int32Array.from(entries.map((e) => accounts.indexOf(e[0]))),
    period: Int32Array.from(entries.map((e) => e[1])),
    kind: Uint8Array.from(entries.map((e) => e[2])),
    amount: Float64Array.from(entries.map((e) => e[3])),
    sourceRow: Int32Array.from(entries.map((_, i) => i + 1)),
    dimensions: { Ansvar: { name: 'Ansvar', values: ansvar, index: Int32Array.from(entries.map((e) => ansvar.indexOf(e[4]))) } },
    years: [2024, 2025],
    rawSign: 'income-negative',
  };
}

const ACTUAL = 0;
const BUDGET = 1;
const FORECAST = 2;

const entries: Entry[] = [
  ['3110', 202503, ACTUAL, -1000, 'A'], // income, A, actual to date
  ['3110', 202510, ACTUAL, -500, 'A'], // after August: nowhere
  ['5011', 202502, BUDGET, 300, 'A'], // personnel, A, budget year and to date
  ['5011', 202511, BUDGET, 700, 'B'], // personnel, B, budget year only
  ['6110', 202408, ACTUAL, 250, 'B'], // premises (61), B, prior year to date
  ['6110', 202409, ACTUAL, 99, 'B'], // prior year after August: nowhere
  ['6210', 202501, ACTUAL, 40, 'A'], // other (62), A, actual to date
  ['4010', 202501, ACTUAL, 60, 'B'], // other (40), B, actual to date
  ['8510', 202500, BUDGET, 1200, 'A'], // financial, whole-year budget: year 1200, to date 1200 × 8/12 = 800
  ['9999', 202501, ACTUAL, 5, 'A'], // no line takes class 9
  ['4010', 202503, FORECAST, 77, 'A'], // forecast rows are not in these four columns
  ['3110', 202303, ACTUAL, -9, 'A'], // two years back: nowhere
];

const col = (id: (typeof COLUMNS)[number]): number => COLUMNS.indexOf(id);
const line = (id: string): number => LINES.findIndex((l) => l.id === id);

describe('groupTypedLoop (bench baseline)', () => {
  const g = groupTypedLoop(ledgerOf(entries), 'Ansvar', 2025, 8);

  it('puts each entry in its line, ansvar and column', () => {
    expect(valueOf(g, line('income'), 'A', col('actualToDate'))).toBe(-1000);
    expect(valueOf(g, line('personnel'), 'A', col('budgetYear'))).toBe(300);
    expect(valueOf(g, line('personnel'), 'A', col('budgetToDate'))).toBe(300);
    expect(valueOf(g, line('personnel'), 'B', col('budgetYear'))).toBe(700);
    expect(valueOf(g, line('personnel'), 'B', col('budgetToDate'))).toBe(0);
    expect(valueOf(g, line('premises'), 'B', col('actualPriorToDate'))).toBe(250);
    expect(valueOf(g, line('other'), 'A', col('actualToDate'))).toBe(40);
    expect(valueOf(g, line('other'), 'B', col('actualToDate'))).toBe(60);
  });

  it('spreads a whole-year budget row evenly over the months to date', () => {
    expect(valueOf(g, line('financial'), 'A', col('budgetYear'))).toBe(1200);
    expect(valueOf(g, line('financial'), 'A', col('budgetToDate'))).toBeCloseTo(800, 9);
  });

  it('leaves out later months, other years, forecast rows and accounts no line takes', () => {
    expect(totalOf(g, line('income'), col('actualToDate'))).toBe(-1000);
    expect(totalOf(g, line('premises'), col('actualPriorToDate'))).toBe(250);
    expect(totalOf(g, line('other'), col('actualToDate'))).toBe(100);
    const all = Array.from(g.sums).reduce((s, x) => s + x, 0);
    // -1000 + 300 + 300 + 700 + 250 + 40 + 60 + 1200 + 800
    expect(all).toBeCloseTo(2650, 9);
  });

  it('refuses a dimension the ledger does not have', () => {
    expect(() => groupTypedLoop(ledgerOf(entries), 'Verksamhet', 2025, 8)).toThrow('Verksamhet');
  });
});
