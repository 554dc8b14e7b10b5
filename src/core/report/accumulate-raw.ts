import { yyyymm } from '../text/yyyymm';
import { AMOUNT_KIND } from '../ledger/types';
import { ROUTE_REST, ROUTE_S2, ROUTE_W2, routeSlots } from './route';

/**
 * What an entry is for the one pass (accumulate-keyed.ts), which sums a (key, group) cell's
 * entries per RAW and routes the sums afterwards. How a raw sum routes is not written here: it is
 * route.ts's routeSlots, asked once per report for one entry of each raw kind (routeWeights), so
 * the one pass and the row-by-row routing (the deviation analysis, accumulateByRow) cannot drift
 * apart. Each raw kind groups entries routeSlots routes alike (report-route-cell.test.ts checks
 * every kind and period of it).
 */
export const RAW = {
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
export const RAWS = 8;
const ALL_RAWS = 10;
/** Period offsets from the prior year's month 0: prior year 0–12, report year 100–112. */
export const SPAN = 113;
/** Key flag sets (account-flags.ts's FLAG: four bits). */
const FLAG_SETS = 16;

/**
 * What an entry is, by kind (AMOUNT_KIND, 0–2; 3 for safety) and period offset from the prior
 * year's month 0: a table made once per report, so the row loop has no branch on what it reads.
 */
export function rawTable(through: number, aggregated: boolean): Int8Array {
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

/**
 * How a cell's raw sums route, per key flag set: routeSlots's answer for one krona of each raw
 * kind (it is linear in the amount), indexed [flags * RAWS + raw].
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
 * routeSlots asked with an amount of 1 for the first (kind, period) of each raw kind in `table`,
 * under every flag set. A raw kind no entry can be this month (budget after December) routes nowhere.
 */
export function routeWeights(table: Int8Array, year: number, through: number, aggregated: boolean): RouteWeights {
  const n = FLAG_SETS * RAWS;
  const w = { first: new Int8Array(n).fill(-1), second: new Int8Array(n).fill(-1), secondWeight: new Float64Array(n), rest: new Float64Array(n), counted: new Uint16Array(FLAG_SETS) };
  const y0 = yyyymm(year, 0);
  const p0 = yyyymm(year - 1, 0);
  const route = new Float64Array(3);
  for (let raw = 0; raw < ALL_RAWS; raw++) {
    const at = table.indexOf(raw);
    if (at < 0 || at >= 3 * SPAN) continue;
    const kind = Math.floor(at / SPAN);
    const period = p0 + (at - kind * SPAN);
    for (let fl = 0; fl < FLAG_SETS; fl++) {
      const s1 = routeSlots(period, kind, 1, fl, y0, through, aggregated, route);
      if (s1 < 0) continue;
      w.counted[fl] |= 1 << raw;
      // Marked-only kinds carry no sums: were one counted, report-route-cell.test.ts would fail.
      if (raw >= RAWS) continue;
      const k = fl * RAWS + raw;
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
