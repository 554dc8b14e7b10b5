import { yyyymm } from '../text/yyyymm';
import { ROUTE_REST, ROUTE_S2, ROUTE_W2, routeSlots } from './route';

/**
 * How the one pass (accumulate-keyed.ts) routes a (key, group) cell's raw sums (RAW there). The
 * rule is not written here: it is route.ts's routeSlots, asked once per report for one entry of
 * each raw kind, so the one pass and the row-by-row routing (the deviation analysis,
 * accumulateByRow) cannot drift apart. Each raw kind must group entries routeSlots routes alike:
 * report-route-cell.test.ts checks every kind and period under every flag set.
 */

/** Key flag sets (account-flags.ts's FLAG: four bits). */
const FLAG_SETS = 16;
/**
 * How a cell's raw sums route, per key flag set: routeSlots's answer for one krona of each raw
 * kind (it is linear in the amount), indexed [flags * raws + raw].
 */
export type RouteWeights = {
  /** The slot the whole amount goes to, -1 when the report does not count the raw kind. */
  readonly first: Int8Array;
  /** A second slot, -1 when none, and what one krona adds to it. */
  readonly second: Int8Array;
  readonly secondWeight: Float64Array;
  /** What one krona adds to outcome + remaining budget (SLOT.forecastRest). */
  readonly rest: Float64Array;
  /** Per flag set: a bit per RAW the report counts (routeSlots gives it a slot). */
  readonly counted: Uint16Array;
};

/**
 * routeSlots asked with an amount of 1 for the first (kind, period) of each raw kind in `table`
 * (kind × `span` period offsets from the prior year's month 0), under every flag set. A raw kind no entry can be this month (budget after December) routes nowhere.
 */
export function routeWeights(table: Int8Array, span: number, raws: number, year: number, through: number, aggregated: boolean): RouteWeights {
  const n = FLAG_SETS * raws;
  const w = { first: new Int8Array(n).fill(-1), second: new Int8Array(n).fill(-1), secondWeight: new Float64Array(n), rest: new Float64Array(n), counted: new Uint16Array(FLAG_SETS) };
  const y0 = yyyymm(year, 0);
  const p0 = yyyymm(year - 1, 0);
  const route = new Float64Array(3);
  // Every raw kind the table has: the summed ones (below `raws`) and the ones only marked.
  const kinds = Math.max(...table) + 1;
  for (let raw = 0; raw < kinds; raw++) {
    const at = table.indexOf(raw);
    if (at < 0 || at >= 3 * span) continue;
    const kind = Math.floor(at / span);
    const period = p0 + (at - kind * span);
    for (let fl = 0; fl < FLAG_SETS; fl++) {
      const s1 = routeSlots(period, kind, 1, fl, y0, through, aggregated, route);
      if (s1 < 0) continue;
      w.counted[fl] |= 1 << raw;
      // Marked-only kinds carry no sums: were one counted, report-route-cell.test.ts would fail.
      if (raw >= raws) continue;
      const k = fl * raws + raw;
      w.first[k] = s1;
      if (route[ROUTE_S2] >= 0) {
        w.second[k] = route[ROUTE_S2];
        w.secondWeight[k] = route[ROUTE_W2];
      }
      w.rest[k] = route[ROUTE_REST];
    }
  }
  return w;
}
