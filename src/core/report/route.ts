import type { Ledger } from '../ledger/types';
import { AMOUNT_KIND } from '../ledger/types';
import type { LineMap } from './line-map';
import type { KeyFlags } from './account-flags';
import { FLAG, keyFlags } from './account-flags';
import { SLOT } from './slots';

/**
 * Where one ledger entry goes in the report: the slots of its line it adds to. The one rule
 * both the report's aggregation (accumulate.ts; its one pass asks it once per raw kind for
 * weights, accumulate-weights.ts) and the deviation analysis (analysis/entry-route.ts, which keeps
 * what the aggregation throws away) use, so they cannot drift apart. No allocation per entry: the second slot, its weight and the entry's part of
 * outcome + remaining budget are written into `out` (ROUTE_*), the first slot is returned.
 */
export const ROUTE_S2 = 0;
export const ROUTE_W2 = 1;
export const ROUTE_REST = 2;

/**
 * `fl` is the entry's key flags (account-flags.ts) in its group, `y0` the report year's period
 * base (yyyymm(year, 0)). Returns the first slot, or -1 when the entry is outside the report's
 * two years (or after `through` where only to-date counts); then `out` is not written.
 */
export function routeSlots(period: number, kind: number, v: number, fl: number, y0: number, through: number, aggregated: boolean, out: Float64Array): number {
  let s1 = -1;
  let s2 = -1;
  let w2 = v;
  let r = 0; // this entry's part of outcome + remaining budget, for keys without forecast rows
  if (period >= y0 && period <= y0 + 12) {
    const mo = period - y0;
    if (kind === AMOUNT_KIND.actual) {
      if (mo <= through) s1 = SLOT.actualPeriod;
      r = s1 < 0 ? 0 : v;
    } else if (kind === AMOUNT_KIND.budget) {
      if (mo === 0) {
        s1 = SLOT.budgetYear;
        r = v;
        if ((fl & FLAG.periodBudget) === 0) {
          s2 = SLOT.budgetPeriod;
          w2 = v * (through / 12);
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
  } else if (kind === AMOUNT_KIND.actual && period >= y0 - 100 && period <= y0 - 88) {
    const mo = period - (y0 - 100);
    if (aggregated && mo > 0) {
      // Utfall fg år ack: the prior year to date, not its whole year.
      if (mo <= through) s1 = SLOT.actualPriorPeriod;
    } else {
      s1 = SLOT.actualPriorYear;
      if (mo <= through) s2 = SLOT.actualPriorPeriod;
    }
  }
  if (s1 < 0) return -1;
  out[ROUTE_S2] = s2;
  out[ROUTE_W2] = w2;
  out[ROUTE_REST] = r;
  return s1;
}

/** What routing needs per entry besides its own fields: its Motpart class and group, and the key flags. */
export type RouteKeys = {
  /** Per entry: the Motpart value (all 0 without a Motpart split). */
  readonly mot: Int32Array;
  /** Per Motpart value: its class (internal/external), Uint8Array.of(0) without the split. */
  readonly motClass: Uint8Array;
  /** Per entry: its group (block), all 0 without a breakdown. */
  readonly group: Int32Array;
  readonly keyFlags: KeyFlags;
};

/** Branch-free lookups for the loop: without Motpart every entry is class 0, without `by` group 0. */
export function routeKeys(ledger: Ledger, map: LineMap, year: number, through: number, group: Int32Array | null, groups: number): RouteKeys {
  const mot = map.motClass ? ledger.dimensions.Motpart.index : new Int32Array(ledger.size);
  const motClass = map.motClass ?? Uint8Array.of(0);
  const grp = group ?? new Int32Array(ledger.size);
  return { mot, motClass, group: grp, keyFlags: keyFlags(ledger, year, through, mot, motClass, grp, groups) };
}
