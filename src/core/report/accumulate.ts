import { yyyymm } from '../text/yyyymm';
import type { Ledger } from '../ledger/types';
import { AMOUNT_KIND } from '../ledger/types';
import type { LineMap } from './line-map';
import type { KeyFlags } from './account-flags';
import { FLAG, keyFlags } from './account-flags';
import { keyedCells, MAX_KEY_GROUPS, routeCell } from './accumulate-keyed';

/**
 * The one pass over the ledger. Raw sums (source sign) per [group][line][slot] in a
 * Float64Array; no per-entry objects, no string work. Slots:
 */
export const SLOT = {
  /**
   * Budget of the report year: the whole-year rows, plus the monthly rows of keys without
   * whole-year rows (see account-flags.ts). Never a listing's Budget ack.
   */
  budgetYear: 0,
  /** Budget to date: monthly rows through the month, plus whole-year rows × m/12 for keys without monthly rows. */
  budgetPeriod: 1,
  /** Actuals of the report year through the month (a whole-year actual row counts as to date). */
  actualPeriod: 2,
  /** Forecast rows of the report year, summed (keys with forecast rows). */
  forecastYear: 3,
  /** Outcome + remaining budget U + (B − Bm) of the keys without forecast rows (manual forecast). */
  forecastRest: 4,
  /** Prior year actuals through the same month (a listing's Utfall fg år ack). */
  actualPriorPeriod: 5,
  /** Prior year actuals, whole year (never a listing's to-date figure). */
  actualPriorYear: 6,
} as const;
export const SLOTS = 7;

export type Accumulation = {
  readonly groups: number;
  readonly lines: number;
  /** [(group * lines + line) * SLOTS + slot]; raw source sign. */
  readonly sums: Float64Array;
  /** Per group: more than 0 when the group holds entries of the report (a group without is no block); a count of entries or of keys with entries. */
  readonly entries: Int32Array;
  /** Out-of-scope sums per account: [account * SLOTS + slot]. */
  readonly outside: Float64Array;
  /** Per [group * lines + line]: first sheet row of an account without forecast rows, or -1. */
  readonly restRow: Int32Array;
  /** Per account: first sheet row, -1 when none. */
  readonly firstRow: Int32Array;
  /** False when the ledger's prior year is to date only: the prior full year is unknown. */
  readonly priorYearKnown: boolean;
};

/**
 * The rows are read once (accumulate-keyed.ts) and routed per (key, group); only when there
 * are too many (key, group) pairs to index (a breakdown by a dimension with thousands of values
 * on a ledger with thousands of accounts) are they read twice: once for what each key holds,
 * once to route each row (accumulateByRow).
 */
export function accumulate(ledger: Ledger, map: LineMap, lineCount: number, year: number, through: number, group: Int32Array | null, groups: number): Accumulation {
  if (ledger.accounts.length * 2 * groups > MAX_KEY_GROUPS) return accumulateByRow(ledger, map, lineCount, year, through, group, groups);
  const L = lineCount;
  const cells = keyedCells(ledger, map, year, through, group, groups);
  const sums = new Float64Array(groups * L * SLOTS);
  const entries = new Int32Array(groups);
  const outside = new Float64Array(ledger.accounts.length * SLOTS);
  const { leafOf, varStart, varList } = map;
  const aggregated = ledger.form === 'aggregated';
  const out = new Float64Array(SLOTS);
  for (let c = 0; c < cells.count; c++) {
    const kg = cells.keyGroup[c];
    const key = Math.floor(kg / groups);
    const g = kg - key * groups;
    entries[g] += routeCell(cells, c, through, aggregated, out);
    const leaf = leafOf[key];
    if (leaf < 0) {
      const o = (key >> 1) * SLOTS;
      for (let s = 0; s < SLOTS; s++) if (s !== SLOT.forecastRest) outside[o + s] += out[s];
    } else addSlots(sums, (g * L + leaf) * SLOTS, out);
    for (let j = varStart[key]; j < varStart[key + 1]; j++) addSlots(sums, (g * L + varList[j]) * SLOTS, out);
  }
  const kf = cells.keyFlags;
  return { groups, lines: L, sums, entries, outside, restRow: restRows(kf, map, groups, L), firstRow: kf.firstRow, priorYearKnown: kf.priorYearKnown };
}

function addSlots(sums: Float64Array, o: number, out: Float64Array): void {
  for (let s = 0; s < SLOTS; s++) sums[o + s] += out[s];
}

/** The same aggregation, reading the rows twice: keyFlags first, then each row routed by its key's flags. */
export function accumulateByRow(ledger: Ledger, map: LineMap, lineCount: number, year: number, through: number, group: Int32Array | null, groups: number): Accumulation {
  const L = lineCount;
  const sums = new Float64Array(groups * L * SLOTS);
  const entries = new Int32Array(groups);
  const outside = new Float64Array(ledger.accounts.length * SLOTS);
  const { leafOf, varStart, varList } = map;
  // Branch-free lookups in the loop: without Motpart every entry is class 0, without `by` group 0.
  const mot = map.motClass ? ledger.dimensions.Motpart.index : new Int32Array(ledger.size);
  const motClass = map.motClass ?? Uint8Array.of(0);
  const grp = group ?? new Int32Array(ledger.size);
  const kf = keyFlags(ledger, year, through, mot, motClass, grp, groups);
  const flags = kf.flags;
  const aggregated = ledger.form === 'aggregated';
  const { account, period, kind, amount, size } = ledger;
  const spread = through / 12;
  const ACTUAL = AMOUNT_KIND.actual;
  const BUDGET = AMOUNT_KIND.budget;
  const y0 = yyyymm(year, 0); // periods of the report year: y0 .. y0 + 12
  const p0 = y0 - 100; // of the prior year
  for (let i = 0; i < size; i++) {
    const p = period[i];
    const k = kind[i];
    const v = amount[i];
    const a = account[i];
    const key = a * 2 + motClass[mot[i]];
    const g = grp[i];
    let s1 = -1;
    let s2 = -1;
    let w2 = v;
    let r = 0; // this entry's part of outcome + remaining budget, for keys without forecast rows
    if (p >= y0 && p <= y0 + 12) {
      const mo = p - y0;
      const fl = flags[key * groups + g];
      if (k === ACTUAL) {
        if (mo <= through) s1 = SLOT.actualPeriod;
        r = s1 < 0 ? 0 : v;
      } else if (k === BUDGET) {
        if (mo === 0) {
          s1 = SLOT.budgetYear;
          r = v;
          if ((fl & FLAG.periodBudget) === 0) {
            s2 = SLOT.budgetPeriod;
            w2 = v * spread;
            r = v - w2;
          }
        } else if (aggregated || (fl & FLAG.wholeBudget) !== 0) {
          // Budget ack of a listing, or a period amount beside a whole-year one: to date only.
          if (mo <= through) {
            s1 = SLOT.budgetPeriod;
            r = -v;
          }
        } else {
          s1 = SLOT.budgetYear;
          r = v;
          if (mo <= through) {
            s2 = SLOT.budgetPeriod;
            r = 0;
          }
        }
      } else s1 = SLOT.forecastYear;
      if ((fl & FLAG.forecast) !== 0) r = 0;
    } else if (k === ACTUAL && p >= p0 && p <= p0 + 12) {
      const mo = p - p0;
      if (aggregated && mo > 0) {
        // Utfall fg år ack: the prior year to date, not its whole year.
        if (mo <= through) s1 = SLOT.actualPriorPeriod;
      } else {
        s1 = SLOT.actualPriorYear;
        if (mo <= through) s2 = SLOT.actualPriorPeriod;
      }
    }
    if (s1 < 0) continue;
    const leaf = leafOf[key];
    entries[g] += 1;
    if (leaf < 0) {
      const o = a * SLOTS;
      outside[o + s1] += v;
      if (s2 >= 0) outside[o + s2] += w2;
    } else {
      const o = (g * L + leaf) * SLOTS;
      sums[o + s1] += v;
      if (s2 >= 0) sums[o + s2] += w2;
      if (r !== 0) sums[o + SLOT.forecastRest] += r;
    }
    const vEnd = varStart[key + 1];
    for (let j = varStart[key]; j < vEnd; j++) {
      const o = (g * L + varList[j]) * SLOTS;
      sums[o + s1] += v;
      if (s2 >= 0) sums[o + s2] += w2;
      if (r !== 0) sums[o + SLOT.forecastRest] += r;
    }
  }
  return { groups, lines: L, sums, entries, outside, restRow: restRows(kf, map, groups, L), firstRow: kf.firstRow, priorYearKnown: kf.priorYearKnown };
}

/** Per [group * lines + line]: the first sheet row of a key with data but no forecast rows, or -1. */
function restRows(kf: KeyFlags, map: LineMap, groups: number, L: number): Int32Array {
  const out = new Int32Array(groups * L).fill(-1);
  const keys = kf.flags.length / groups;
  const mark = (o: number, row: number) => {
    if (out[o] < 0 || row < out[o]) out[o] = row;
  };
  for (let key = 0; key < keys; key++) {
    for (let g = 0; g < groups; g++) {
      const fl = kf.flags[key * groups + g];
      if ((fl & FLAG.data) === 0 || (fl & FLAG.forecast) !== 0) continue;
      const row = kf.firstRow[key >> 1];
      if (map.leafOf[key] >= 0) mark(g * L + map.leafOf[key], row);
      for (let j = map.varStart[key]; j < map.varStart[key + 1]; j++) mark(g * L + map.varList[j], row);
    }
  }
  return out;
}

export { hasActual, latestActual } from '../ledger/latest-actual';
