import type { Ledger } from '../ledger/types';
import type { LineMap } from './line-map';

/**
 * The one pass over the ledger. Raw sums (source sign) per [group][line][slot] in a
 * Float64Array; no per-entry objects, no string work. Slots:
 */
export const SLOT = {
  /** Budget of the report year, all months and whole-year rows. */
  budgetYear: 0,
  /** Budget to date: monthly rows through the month, plus whole-year rows × m/12 (even spread). */
  budgetPeriod: 1,
  /** Actuals of the report year through the month (a whole-year actual row counts as to date). */
  actualPeriod: 2,
  /** Forecast rows of the report year, summed. */
  forecastYear: 3,
  /** How many forecast rows (0 = no manual forecast for the line). */
  forecastCount: 4,
  /** Prior year actuals through the same month. */
  actualPriorPeriod: 5,
  /** Prior year actuals, whole year. */
  actualPriorYear: 6,
} as const;
export const SLOTS = 7;

export type Accumulation = {
  readonly groups: number;
  readonly lines: number;
  /** [(group * lines + line) * SLOTS + slot]; raw source sign. */
  readonly sums: Float64Array;
  /** Entries per group (a group without entries is no block). */
  readonly entries: Int32Array;
  /** Out-of-scope sums per account: [account * SLOTS + slot]. */
  readonly outside: Float64Array;
};

export function accumulate(ledger: Ledger, map: LineMap, lineCount: number, year: number, through: number, group: Int32Array | null, groups: number): Accumulation {
  const L = lineCount;
  const sums = new Float64Array(groups * L * SLOTS);
  const entries = new Int32Array(groups);
  const outside = new Float64Array(ledger.accounts.length * SLOTS);
  const { leafOf, varStart, varList } = map;
  // Branch-free lookups in the loop: without Motpart every entry is class 0, without `by` group 0.
  const mot = map.motClass ? ledger.dimensions.Motpart.index : new Int32Array(ledger.size);
  const motClass = map.motClass ?? Uint8Array.of(0);
  const grp = group ?? new Int32Array(ledger.size);
  const { account, period, kind, amount, size } = ledger;
  const spread = through / 12;
  const y0 = year * 100; // periods of the report year: y0 .. y0 + 12
  const p0 = y0 - 100; // of the prior year
  for (let i = 0; i < size; i++) {
    const p = period[i];
    const k = kind[i];
    const v = amount[i];
    let s1 = -1;
    let s2 = -1;
    let w2 = v;
    if (p >= y0 && p <= y0 + 12) {
      const mo = p - y0;
      if (k === 0) {
        if (mo <= through) s1 = SLOT.actualPeriod;
      } else if (k === 1) {
        s1 = SLOT.budgetYear;
        if (mo === 0) {
          s2 = SLOT.budgetPeriod;
          w2 = v * spread;
        } else if (mo <= through) s2 = SLOT.budgetPeriod;
      } else {
        s1 = SLOT.forecastYear;
        s2 = SLOT.forecastCount;
        w2 = 1;
      }
    } else if (k === 0 && p >= p0 && p <= p0 + 12) {
      s1 = SLOT.actualPriorYear;
      if (p - p0 <= through) s2 = SLOT.actualPriorPeriod;
    }
    if (s1 < 0) continue;
    const a = account[i];
    const key = a * 2 + motClass[mot[i]];
    const leaf = leafOf[key];
    const g = grp[i];
    entries[g] += 1;
    if (leaf < 0) {
      const o = a * SLOTS;
      outside[o + s1] += v;
      if (s2 >= 0) outside[o + s2] += w2;
    } else {
      const o = (g * L + leaf) * SLOTS;
      sums[o + s1] += v;
      if (s2 >= 0) sums[o + s2] += w2;
    }
    const vEnd = varStart[key + 1];
    for (let j = varStart[key]; j < vEnd; j++) {
      const o = (g * L + varList[j]) * SLOTS;
      sums[o + s1] += v;
      if (s2 >= 0) sums[o + s2] += w2;
    }
  }
  return { groups, lines: L, sums, entries, outside };
}

/** The latest year with actuals and its last month with actuals (0 when only whole-year rows). */
/** Whether the ledger holds any actual amount; stops at the first one. */
export function hasActual(ledger: Ledger): boolean {
  for (let i = 0; i < ledger.size; i++) if (ledger.kind[i] === 0) return true;
  return false;
}

export function latestActual(ledger: Ledger): { year: number; month: number } | null {
  let best = -1;
  for (let i = 0; i < ledger.size; i++) if (ledger.kind[i] === 0 && ledger.period[i] > best) best = ledger.period[i];
  if (best < 0) return null;
  const year = (best / 100) | 0;
  return { year, month: best - year * 100 };
}
