import { yyyymm } from '../text/yyyymm';
import type { Ledger } from '../ledger/types';
import type { LineMap } from './line-map';
import type { KeyFlags } from './account-flags';
import { FLAG } from './account-flags';
import { ROUTE_REST, ROUTE_S2, ROUTE_W2, routeKeys, routeSlots } from './route';
import { SLOT, SLOTS } from './slots';

export { SLOT, SLOTS };
import { keyedCells, MAX_KEY_GROUPS, routeCell } from './accumulate-keyed';

/**
 * The one pass over the ledger. Raw sums (source sign) per [group][line][slot] (slots.ts) in a
 * Float64Array; no per-entry objects, no string work. Where each entry goes is route.ts's rule.
 */
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
  const out = new Float64Array(SLOTS);
  for (let c = 0; c < cells.count; c++) {
    const kg = cells.keyGroup[c];
    const key = Math.floor(kg / groups);
    const g = kg - key * groups;
    entries[g] += routeCell(cells, c, out);
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
  const rk = routeKeys(ledger, map, year, through, group, groups);
  const { mot, motClass } = rk;
  const grp = rk.group;
  const flags = rk.keyFlags.flags;
  const aggregated = ledger.form === 'aggregated';
  const { account, period, kind, amount, size } = ledger;
  const y0 = yyyymm(year, 0); // periods of the report year: y0 .. y0 + 12
  const route = new Float64Array(3);
  for (let i = 0; i < size; i++) {
    const v = amount[i];
    const a = account[i];
    const key = a * 2 + motClass[mot[i]];
    const g = grp[i];
    const s1 = routeSlots(period[i], kind[i], v, flags[key * groups + g], y0, through, aggregated, route);
    if (s1 < 0) continue;
    const s2 = route[ROUTE_S2];
    const w2 = route[ROUTE_W2];
    const r = route[ROUTE_REST];
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
  return { groups, lines: L, sums, entries, outside, restRow: restRows(rk.keyFlags, map, groups, L), firstRow: rk.keyFlags.firstRow, priorYearKnown: rk.keyFlags.priorYearKnown };
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
