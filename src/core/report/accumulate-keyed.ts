import { yyyymm } from '../text/yyyymm';
import type { Ledger } from '../ledger/types';
import { AMOUNT_KIND } from '../ledger/types';
import type { LineMap } from './line-map';
import type { KeyFlags } from './account-flags';
import { FLAG } from './account-flags';

/**
 * The one pass over the ledger, without a pass before it: each entry's amount goes into a raw
 * sum of its (key, group) cell, key = account × 2 + motpart class, by what the entry is (RAW
 * below), while the cell collects what its key holds (FLAG, as account-flags.ts). Only after the
 * pass, per cell, do the flags route the raw sums to the report's slots (accumulate.ts's SLOT):
 * the same routing as entry by entry, done once per distinct (key, group) instead of once per
 * row, so the rows are read once.
 */
const RAW = {
  /** Actuals of the report year through the month (a whole-year actual counts as to date). */
  actual: 0,
  /** Budget of the report year for the whole year (month 0). */
  whole: 1,
  /** Budget of the report year for a month through the report month. */
  budgetTo: 2,
  /** Budget of the report year for a month after it. */
  budgetLater: 3,
  /** Forecast rows of the report year. */
  forecast: 4,
  /** Prior year actuals: whole year (month 0), through the month, after it. */
  prior0: 5,
  priorTo: 6,
  priorLater: 7,
} as const;
const RAWS = 8;

/** The raw cells of one pass: compact cells in order of first appearance. */
export type KeyedCells = {
  readonly count: number;
  /** Per cell: key * groups + group. */
  readonly keyGroup: Int32Array;
  /** Per cell: RAWS raw sums (source sign). */
  readonly sums: Float64Array;
  /** Per cell: FLAG bits. */
  readonly flags: Uint8Array;
  /** Per cell: RAWS entry counts; what the key holds (FLAG) and the entries counted follow from them. */
  readonly counts: Int32Array;
  readonly keyFlags: KeyFlags;
};

/** Above this many (key, group) pairs the cell index would cost more memory than the rows: the caller reads the rows twice instead. */
export const MAX_KEY_GROUPS = 4_000_000;

export function keyedCells(ledger: Ledger, map: LineMap, year: number, through: number, group: Int32Array | null, groups: number): KeyedCells {
  const keys = ledger.accounts.length * 2;
  const cellOf = new Int32Array(keys * groups).fill(-1);
  let cap = 1024;
  let keyGroup = new Int32Array(cap);
  let sums = new Float64Array(cap * RAWS);
  let counts = new Int32Array(cap * RAWS);
  let first = new Int32Array(cap);
  let n = 0;
  const firstOut = new Int32Array(ledger.accounts.length).fill(-1);
  const mot = map.motClass ? ledger.dimensions.Motpart.index : new Int32Array(ledger.size);
  const motClass = map.motClass ?? Uint8Array.of(0);
  const grp = group ?? new Int32Array(ledger.size);
  const { account, period, kind, amount, size } = ledger;
  const aggregated = ledger.form === 'aggregated';
  const ACTUAL = AMOUNT_KIND.actual;
  const BUDGET = AMOUNT_KIND.budget;
  const y0 = yyyymm(year, 0);
  const p0 = y0 - 100;
  let priorAny = false;
  let priorFull = false;
  for (let i = 0; i < size; i++) {
    const p = period[i];
    const k = kind[i];
    const a = account[i];
    let raw: number;
    if (p >= y0 && p <= y0 + 12) {
      const mo = p - y0;
      if (k === ACTUAL) {
        raw = mo <= through ? RAW.actual : -1;
      } else if (k === BUDGET) {
        raw = mo === 0 ? RAW.whole : mo <= through ? RAW.budgetTo : RAW.budgetLater;
      } else raw = RAW.forecast;
    } else if (k === ACTUAL && p >= p0 && p <= p0 + 12) {
      const mo = p - p0;
      priorAny = true;
      if (!aggregated || mo === 0) priorFull = true;
      // A listing's Utfall fg år ack after the month is not in the report.
      raw = mo === 0 ? RAW.prior0 : mo <= through ? RAW.priorTo : aggregated ? -1 : RAW.priorLater;
    } else raw = -1;
    if (raw < 0) {
      if (firstOut[a] < 0) firstOut[a] = i;
      continue;
    }
    const kg = (a * 2 + motClass[mot[i]]) * groups + grp[i];
    let c = cellOf[kg];
    if (c < 0) {
      if (n === cap) {
        cap *= 2;
        keyGroup = grow(keyGroup, cap);
        sums = grow(sums, cap * RAWS);
        counts = grow(counts, cap * RAWS);
        first = grow(first, cap);
      }
      c = n++;
      cellOf[kg] = c;
      keyGroup[c] = kg;
      first[c] = i;
    }
    const at = c * RAWS + raw;
    sums[at] += amount[i];
    counts[at] += 1;
  }
  const flags = new Uint8Array(n);
  for (let c = 0; c < n; c++) flags[c] = flagsOf(counts, c * RAWS);
  const keyFlags: KeyFlags = { flags: denseFlags(keyGroup, flags, n, keys * groups), firstRow: firstRows(ledger, keyGroup, first, n, groups, firstOut), priorYearKnown: priorFull || !priorAny };
  return { count: n, keyGroup, sums, flags, counts, keyFlags };
}

/** What a key holds in a group (account-flags.ts's FLAG), from its entry counts. */
function flagsOf(counts: Int32Array, o: number): number {
  const whole = counts[o + RAW.whole];
  const period = counts[o + RAW.budgetTo] + counts[o + RAW.budgetLater];
  return (
    (counts[o + RAW.actual] + whole + period > 0 ? FLAG.data : 0) |
    (whole > 0 ? FLAG.wholeBudget : 0) |
    (period > 0 ? FLAG.periodBudget : 0) |
    (counts[o + RAW.forecast] > 0 ? FLAG.forecast : 0)
  );
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

function denseFlags(keyGroup: Int32Array, flags: Uint8Array, n: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let c = 0; c < n; c++) out[keyGroup[c]] = flags[c];
  return out;
}

/** Per account: the sheet row of its first entry (in the report or not), -1 when none. */
function firstRows(ledger: Ledger, keyGroup: Int32Array, first: Int32Array, n: number, groups: number, firstOut: Int32Array): Int32Array {
  const firstEntry = Int32Array.from(firstOut);
  for (let c = 0; c < n; c++) {
    const a = Math.floor(keyGroup[c] / groups) >> 1;
    if (firstEntry[a] < 0 || first[c] < firstEntry[a]) firstEntry[a] = first[c];
  }
  return firstEntry.map((i) => (i < 0 ? -1 : ledger.sourceRow[i]));
}

/**
 * Writes cell c's contribution to each slot into `out` (accumulate.ts's SLOT order) and returns
 * how many of its entries the report counts. `rest` is the part of outcome + remaining budget.
 */
export function routeCell(cells: KeyedCells, c: number, through: number, aggregated: boolean, out: Float64Array): number {
  const s = cells.sums;
  const o = c * RAWS;
  const fl = cells.flags[c];
  const A = s[o + RAW.actual];
  const W = s[o + RAW.whole];
  const budgetTo = s[o + RAW.budgetTo];
  const budgetLater = s[o + RAW.budgetLater];
  let budgetYear = W;
  let budgetPeriod = 0;
  let rest = A;
  let counted = 0;
  for (let r = 0; r < RAWS; r++) counted += cells.counts[o + r];
  if ((fl & FLAG.periodBudget) === 0) {
    budgetPeriod = W * (through / 12);
    rest += W - budgetPeriod;
  } else rest += W;
  if (aggregated || (fl & FLAG.wholeBudget) !== 0) {
    // Budget ack of a listing, or period amounts beside a whole-year one: to date only.
    budgetPeriod += budgetTo;
    rest -= budgetTo;
    counted -= cells.counts[o + RAW.budgetLater];
  } else {
    budgetYear += budgetTo + budgetLater;
    budgetPeriod += budgetTo;
    rest += budgetLater;
  }
  if ((fl & FLAG.forecast) !== 0) rest = 0;
  const prior0 = s[o + RAW.prior0];
  const priorTo = s[o + RAW.priorTo];
  out[0] = budgetYear;
  out[1] = budgetPeriod;
  out[2] = A;
  out[3] = s[o + RAW.forecast];
  out[4] = rest;
  out[5] = prior0 + priorTo;
  out[6] = aggregated ? prior0 : prior0 + priorTo + s[o + RAW.priorLater];
  return counted;
}
