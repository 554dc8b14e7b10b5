import type { Dimension, Ledger, RawSign } from '../../src/core/ledger/types';
import { AMOUNT_KIND } from '../../src/core/ledger/types';

/** Builds a columnar Ledger from plain entries, for tests (the real reader is core/ledger). */
export type Entry = {
  readonly account: string;
  readonly text?: string;
  /** year*100 + month; month 0 = whole-year amount. */
  readonly period: number;
  readonly kind: 'actual' | 'budget' | 'forecast';
  readonly amount: number;
  readonly dims?: Readonly<Record<string, string>>;
};

const KIND = AMOUNT_KIND;

export function buildLedger(entries: readonly Entry[], options: { rawSign?: RawSign; sheet?: string } = {}): Ledger {
  const accounts: string[] = [];
  const accountTexts: string[] = [];
  const accIndex = new Map<string, number>();
  const n = entries.length;
  const account = new Int32Array(n);
  const period = new Int32Array(n);
  const kind = new Uint8Array(n);
  const amount = new Float64Array(n);
  const sourceRow = new Int32Array(n);
  const dimNames = [...new Set(entries.flatMap((e) => Object.keys(e.dims ?? {})))];
  const dims = dimNames.map((name) => ({ name, values: [''], lookup: new Map<string, number>([['', 0]]), index: new Int32Array(n) }));
  const years = new Set<number>();
  entries.forEach((e, i) => {
    let a = accIndex.get(e.account);
    if (a === undefined) {
      a = accounts.length;
      accIndex.set(e.account, a);
      accounts.push(e.account);
      accountTexts.push(e.text ?? '');
    }
    account[i] = a;
    period[i] = e.period;
    kind[i] = KIND[e.kind];
    amount[i] = e.amount;
    sourceRow[i] = i + 1;
    years.add(Math.floor(e.period / 100));
    for (const d of dims) {
      const v = e.dims?.[d.name] ?? '';
      let k = d.lookup.get(v);
      if (k === undefined) {
        k = d.values.length;
        d.values.push(v);
        d.lookup.set(v, k);
      }
      d.index[i] = k;
    }
  });
  const dimensions: Record<string, Dimension> = {};
  for (const d of dims) dimensions[d.name] = { name: d.name, values: d.values, index: d.index };
  return {
    sheet: options.sheet ?? 'Huvudbok',
    range: `A1:H${n + 1}`,
    headerRow: 0,
    form: 'long',
    columns: [],
    accounts,
    accountTexts,
    size: n,
    account,
    period,
    kind,
    amount,
    sourceRow,
    dimensions,
    years: [...years].sort((x, y) => x - y),
    rawSign: options.rawSign ?? detectSign(entries),
  };
}

function detectSign(entries: readonly Entry[]): RawSign {
  let income = 0;
  let staff = 0;
  for (const e of entries) {
    if (e.kind !== 'actual') continue;
    if (e.account.startsWith('3')) income += e.amount;
    if (e.account.startsWith('5')) staff += e.amount;
  }
  if (income < 0 && staff > 0) return 'income-negative';
  if (income > 0 && staff < 0) return 'costs-negative';
  return 'unknown';
}

/** Spreads an amount over months 1..months of a year in uneven parts that add up exactly (in øre). */
export function monthly(total: number, year: number, months: number): { period: number; amount: number }[] {
  const cents = Math.round(total * 100);
  const weights = Array.from({ length: months }, (_, i) => 10 + ((i * 7) % 5));
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = cents;
  return weights.map((w, i) => {
    const part = i === months - 1 ? left : Math.trunc((cents * w) / sum);
    left -= part;
    return { period: year * 100 + i + 1, amount: part / 100 };
  });
}
