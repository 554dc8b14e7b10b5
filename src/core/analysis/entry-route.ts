import type { Ledger } from '../ledger/types';
import type { LineMap } from '../report/line-map';
import { mapLines } from '../report/line-map';
import { SLOT, SLOTS } from '../report/slots';
import { ROUTE_REST, ROUTE_S2, ROUTE_W2, routeKeys, routeSlots } from '../report/route';
import type { Template } from '../report/template';
import { yyyymm } from '../text/yyyymm';

/**
 * Where one ledger entry goes in the report, entry by entry: the report's own routing
 * (report/route.ts, the rule its one pass uses), applied per entry so that an analysis can keep
 * the account, the dimension values and the sheet row the aggregation throws away. The analysis
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
  const rk = routeKeys(ledger, map, year, through, group, groups);
  return { ledger, map, lines: template.lines.length, year, through, group, groups, flags: rk.keyFlags.flags, mot: rk.mot, motClass: rk.motClass, priorYearKnown: rk.keyFlags.priorYearKnown };
}

const route = new Float64Array(3);

/**
 * Writes entry i's raw (source sign) contribution to each slot into `out` (SLOTS long, zeroed
 * here) and returns the entry's accumulate key (account * 2 + motpart class), or -1 when the
 * entry lies outside the report's years.
 */
export function routeEntry(rt: Routing, i: number, out: Float64Array): number {
  out.fill(0);
  const { ledger } = rt;
  const v = ledger.amount[i];
  const key = ledger.account[i] * 2 + rt.motClass[rt.mot[i]];
  const g = rt.group ? rt.group[i] : 0;
  const s1 = routeSlots(ledger.period[i], ledger.kind[i], v, rt.flags[key * rt.groups + g], yyyymm(rt.year, 0), rt.through, ledger.form === 'aggregated', route);
  if (s1 < 0) return -1;
  out[s1] += v;
  const s2 = route[ROUTE_S2];
  if (s2 >= 0) out[s2] += route[ROUTE_W2];
  out[SLOT.forecastRest] += route[ROUTE_REST];
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
