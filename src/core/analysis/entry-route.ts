import type { Ledger } from '../ledger/types';
import type { LineMap } from '../report/line-map';
import { mapLines } from '../report/line-map';
import { FLAG, keyFlags } from '../report/account-flags';
import { SLOT, SLOTS } from '../report/accumulate';
import type { Template } from '../report/template';

/**
 * Where one ledger entry goes in the report, entry by entry: the same routing as the report's
 * one pass (report/accumulate.ts), written out per entry so that an analysis can keep the
 * account, the dimension values and the sheet row the aggregation throws away. The analysis
 * tests prove the two agree: per line, the entries' contributions add up to the report's cells.
 */
export type Routing = {
  readonly ledger: Ledger;
  readonly map: LineMap;
  readonly lines: number;
  readonly year: number;
  readonly through: number;
  /** Per entry: the report's group (block), or null without a breakdown. */
  readonly group: Int32Array | null;
  readonly groups: number;
  readonly flags: Uint8Array;
  readonly mot: Int32Array;
  readonly motClass: Uint8Array;
  readonly priorYearKnown: boolean;
};

export function makeRouting(ledger: Ledger, template: Template, year: number, through: number, group: Int32Array | null, groups: number): Routing {
  const map = mapLines(ledger, template);
  const mot = map.motClass ? ledger.dimensions.Motpart.index : new Int32Array(ledger.size);
  const motClass = map.motClass ?? Uint8Array.of(0);
  const grp = group ?? new Int32Array(ledger.size);
  const kf = keyFlags(ledger, year, through, mot, motClass, grp, groups);
  return { ledger, map, lines: template.lines.length, year, through, group, groups, flags: kf.flags, mot, motClass, priorYearKnown: kf.priorYearKnown };
}

/**
 * Writes entry i's raw (source sign) contribution to each slot into `out` (SLOTS long, zeroed
 * here) and returns the entry's accumulate key (account * 2 + motpart class), or -1 when the
 * entry lies outside the report's years.
 */
export function routeEntry(rt: Routing, i: number, out: Float64Array): number {
  out.fill(0);
  const { ledger, year, through } = rt;
  const p = ledger.period[i];
  const k = ledger.kind[i];
  const v = ledger.amount[i];
  const key = ledger.account[i] * 2 + rt.motClass[rt.mot[i]];
  const g = rt.group ? rt.group[i] : 0;
  const aggregated = ledger.form === 'aggregated';
  const y0 = year * 100;
  const p0 = y0 - 100;
  let s1 = -1;
  let s2 = -1;
  let w2 = v;
  let r = 0;
  if (p >= y0 && p <= y0 + 12) {
    const mo = p - y0;
    const fl = rt.flags[key * rt.groups + g];
    if (k === 0) {
      if (mo <= through) s1 = SLOT.actualPeriod;
      r = s1 < 0 ? 0 : v;
    } else if (k === 1) {
      if (mo === 0) {
        s1 = SLOT.budgetYear;
        r = v;
        if ((fl & FLAG.periodBudget) === 0) {
          s2 = SLOT.budgetPeriod;
          w2 = v * (through / 12);
          r = v - w2;
        }
      } else if (aggregated || (fl & FLAG.wholeBudget) !== 0) {
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
  } else if (k === 0 && p >= p0 && p <= p0 + 12) {
    const mo = p - p0;
    if (aggregated && mo > 0) {
      if (mo <= through) s1 = SLOT.actualPriorPeriod;
    } else {
      s1 = SLOT.actualPriorYear;
      if (mo <= through) s2 = SLOT.actualPriorPeriod;
    }
  }
  if (s1 < 0) return -1;
  out[s1] += v;
  if (s2 >= 0) out[s2] += w2;
  out[SLOT.forecastRest] += r;
  return key;
}

/** The report lines (konton and varav) an entry with this key feeds, written into `lines`; returns how many. */
export function linesOf(rt: Routing, key: number, lines: Int32Array): number {
  let n = 0;
  const leaf = rt.map.leafOf[key];
  if (leaf >= 0) lines[n++] = leaf;
  for (let j = rt.map.varStart[key]; j < rt.map.varStart[key + 1]; j++) lines[n++] = rt.map.varList[j];
  return n;
}

export { SLOT, SLOTS };
