import { yyyymm } from '../text/yyyymm';
import type { Ledger } from '../ledger/types';
import { AMOUNT_KIND } from '../ledger/types';
import type { LineMap } from './line-map';
import type { KeyFlags } from './account-flags';
import { FLAG } from './account-flags';
import { routeWeights, type RouteWeights } from './accumulate-weights';
import { SLOT } from './slots';

/**
 * The one pass over the ledger, without a pass before it: each entry's amount goes into a raw
 * sum of its (key, group) cell, key = account × 2 + motpart class, by what the entry is (RAW
 * below), while the cell collects what its key holds (FLAG, as account-flags.ts). Only after the
 * pass, per cell, do the flags route the raw sums to the report's slots (slots.ts): route.ts's
 * rule as weights per raw kind (accumulate-weights.ts), done once per distinct (key, group) instead
 * of once per row, so the rows are read once.
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
  /** A listing's prior-year to-date figure after the month: not in the report, but it tells whether the prior full year is known. */
  priorSkipped: 8,
  /** Anything else (other years, actuals after the month, prior-year budgets): counted nowhere, but the account's first row may be one. */
  dropped: 9,
} as const;
/** Summed kinds per cell: the ones before priorSkipped (the last two are only marked). */
const RAWS = 8;
/** Period offsets from the prior year's month 0: prior year 0–12, report year 100–112. */
const SPAN = 113;
/**
 * What an entry is, by kind (AMOUNT_KIND, 0–2; 3 for safety) and period offset from the prior
 * year's month 0: a table made once per report, so the row loop has no branch on what it reads.
 */
function rawTable(through: number, aggregated: boolean): Int8Array {
  const t = new Int8Array(4 * SPAN).fill(RAW.dropped);
  for (let mo = 0; mo <= 12; mo++) {
    const prior = mo === 0 ? RAW.prior0 : mo <= through ? RAW.priorTo : aggregated ? RAW.priorSkipped : RAW.priorLater;
    t[AMOUNT_KIND.actual * SPAN + mo] = prior;
    t[AMOUNT_KIND.actual * SPAN + 100 + mo] = mo <= through ? RAW.actual : RAW.dropped;
    t[AMOUNT_KIND.budget * SPAN + 100 + mo] = mo === 0 ? RAW.whole : mo <= through ? RAW.budgetTo : RAW.budgetLater;
    t[AMOUNT_KIND.forecast * SPAN + 100 + mo] = RAW.forecast;
  }
  return t;
}

/** The raw cells of one pass: compact cells in order of first appearance. */
export type KeyedCells = {
  readonly count: number;
  /** Per cell: key * groups + group. */
  readonly keyGroup: Int32Array;
  /** Per cell: RAWS raw sums (source sign). */
  readonly sums: Float64Array;
  /** Per cell: FLAG bits. */
  readonly flags: Uint8Array;
  /** Per cell: a bit per RAW the cell has entries of; what the key holds (FLAG) follows from them. */
  readonly seen: Uint16Array;
  readonly keyFlags: KeyFlags;
  /** How the raw sums route this report (routeSlots as weights). */
  readonly weights: RouteWeights;
};

/** Above this many (key, group) pairs the cell index would cost more memory than the rows: the caller reads the rows twice instead. */
export const MAX_KEY_GROUPS = 4_000_000;

export function keyedCells(ledger: Ledger, map: LineMap, year: number, through: number, group: Int32Array | null, groups: number): KeyedCells {
  const keys = ledger.accounts.length * 2;
  const cellOf = new Int32Array(keys * groups).fill(-1);
  // As many cells as there can be, up to a bound: no growing on a usual ledger.
  let cap = Math.max(16, Math.min(keys * groups, ledger.size, 1 << 16));
  let keyGroup = new Int32Array(cap);
  let sums = new Float64Array(cap * RAWS + 1);
  let seen = new Uint16Array(cap);
  let first = new Int32Array(cap);
  let n = 0;
  const mot = map.motClass ? ledger.dimensions.Motpart.index : new Int32Array(ledger.size);
  const motClass = map.motClass ?? Uint8Array.of(0);
  const grp = group ?? new Int32Array(ledger.size);
  const { account, period, kind, amount, size } = ledger;
  const aggregated = ledger.form === 'aggregated';
  const table = rawTable(through, aggregated);
  const p0 = yyyymm(year - 1, 0);
  for (let i = 0; i < size; i++) {
    const d = period[i] - p0;
    const raw = d >= 0 && d < SPAN ? table[(kind[i] & 3) * SPAN + d] : RAW.dropped;
    const kg = (account[i] * 2 + motClass[mot[i]]) * groups + grp[i];
    let c = cellOf[kg];
    if (c < 0) {
      if (n === cap) {
        cap *= 2;
        keyGroup = grow(keyGroup, cap);
        const spare = sums.length - 1;
        sums = grow(sums, cap * RAWS + 1);
        sums[spare] = 0; // the old spare double is a cell's sum now
        seen = grow(seen, cap);
        first = grow(first, cap);
      }
      c = n++;
      cellOf[kg] = c;
      keyGroup[c] = kg;
      first[c] = i;
    }
    // Kinds that are only marked add into one spare double (read by nobody) instead of a branch.
    sums[raw < RAWS ? c * RAWS + raw : sums.length - 1] += amount[i];
    seen[c] |= 1 << raw;
  }
  let priorAny = false;
  let priorFull = false;
  const PRIOR = bit(RAW.prior0) | bit(RAW.priorTo) | bit(RAW.priorLater) | bit(RAW.priorSkipped);
  for (let c = 0; c < n; c++) {
    if ((seen[c] & PRIOR) !== 0) priorAny = true;
    if ((seen[c] & bit(RAW.prior0)) !== 0) priorFull = true;
  }
  if (!aggregated) priorFull = priorAny;
  const flags = new Uint8Array(n);
  for (let c = 0; c < n; c++) flags[c] = flagsOf(seen[c]);
  const keyFlags: KeyFlags = { flags: denseFlags(keyGroup, flags, n, keys * groups), firstRow: firstRows(ledger, keyGroup, first, n, groups), priorYearKnown: priorFull || !priorAny };
  return { count: n, keyGroup, sums, flags, seen, keyFlags, weights: routeWeights(table, SPAN, RAWS, year, through, aggregated) };
}

/** What a key holds in a group (account-flags.ts's FLAG), from its entry counts. */
function flagsOf(seen: number): number {
  const whole = (seen & bit(RAW.whole)) !== 0;
  const period = (seen & (bit(RAW.budgetTo) | bit(RAW.budgetLater))) !== 0;
  return ((seen & bit(RAW.actual)) !== 0 || whole || period ? FLAG.data : 0) | (whole ? FLAG.wholeBudget : 0) | (period ? FLAG.periodBudget : 0) | ((seen & bit(RAW.forecast)) !== 0 ? FLAG.forecast : 0);
}

function bit(raw: number): number {
  return 1 << raw;
}

function grow<T extends Int32Array | Float64Array | Uint16Array>(a: T, length: number): T {
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
function firstRows(ledger: Ledger, keyGroup: Int32Array, first: Int32Array, n: number, groups: number): Int32Array {
  const firstEntry = new Int32Array(ledger.accounts.length).fill(-1);
  for (let c = 0; c < n; c++) {
    const a = Math.floor(keyGroup[c] / groups) >> 1;
    if (firstEntry[a] < 0 || first[c] < firstEntry[a]) firstEntry[a] = first[c];
  }
  return firstEntry.map((i) => (i < 0 ? -1 : ledger.sourceRow[i]));
}

/**
 * Writes cell c's contribution to each slot into `out` (slots.ts's order): each raw sum routed
 * as routeSlots routes one entry of it (the weights of the cell's key flags). Returns 1 when
 * the report counts any of its entries, else 0.
 */
export function routeCell(cells: KeyedCells, c: number, out: Float64Array): number {
  const s = cells.sums;
  const { first, second, secondWeight, rest, counted } = cells.weights;
  const raws = RAWS;
  const restSlot = SLOT.forecastRest;
  const o = c * raws;
  const fl = cells.flags[c];
  out.fill(0);
  for (let raw = 0; raw < raws; raw++) {
    const x = s[o + raw];
    const k = fl * raws + raw;
    const s1 = first[k];
    if (x === 0 || s1 < 0) continue;
    out[s1] += x;
    const s2 = second[k];
    if (s2 >= 0) out[s2] += x * secondWeight[k];
    out[restSlot] += x * rest[k];
  }
  return (cells.seen[c] & counted[fl]) !== 0 ? 1 : 0;
}
