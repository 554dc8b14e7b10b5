import type { ForecastMethod, SignConvention } from '../report/report-types';
import type { Routing } from './entry-route';
import { linesOf, routeEntry, SLOT, SLOTS } from './entry-route';
import type { PartAmounts } from './forecast-split';
import { forecastSplit } from './forecast-split';

/** A way of splitting: each entry's part index (account or dimension value index). */
export type Parting = { readonly index: Int32Array; readonly count: number };

/** Per part index: [period deviation, forecast deviation] in kronor, report sign, unrounded. */
export type PartMap = Map<number, [number, number]>;

/** The leaf lines' deviations per part: [parting][group * lines + line]. */
export type LeafParts = { readonly parts: PartMap[][]; readonly lineSums: Float64Array };

export type Convention = { readonly f: number; readonly signs: SignConvention; readonly method: ForecastMethod };

/**
 * One pass over the ledger: per parting, raw slot sums per (group, line, part); then each part's
 * period and forecast deviation with the line's forecast factors (forecast-split.ts). The line
 * sums are added in the report's entry order, so they equal the report's own sums bit for bit.
 */
export function leafParts(rt: Routing, partings: readonly Parting[], conv: Convention): LeafParts {
  const L = rt.lines;
  const cells = rt.groups * L;
  const lineSums = new Float64Array(cells * SLOTS);
  const raw = partings.map(() => new Map<number, Float64Array>());
  const out = new Float64Array(SLOTS);
  const ls = new Int32Array(L);
  for (let i = 0; i < rt.ledger.size; i++) {
    const key = routeEntry(rt, i, out);
    if (key < 0) continue;
    const n = linesOf(rt, key, ls);
    const g = rt.group ? rt.group[i] : 0;
    for (let j = 0; j < n; j++) {
      const gl = g * L + ls[j];
      for (let s = 0; s < SLOTS; s++) lineSums[gl * SLOTS + s] += out[s];
      partings.forEach((p, d) => {
        const mk = gl * p.count + p.index[i];
        let arr = raw[d].get(mk);
        if (!arr) raw[d].set(mk, (arr = new Float64Array(SLOTS)));
        for (let s = 0; s < SLOTS; s++) arr[s] += out[s];
      });
    }
  }
  const splits = Array.from({ length: cells }, (_, gl) => splitFor(rt, lineSums, gl, conv));
  const sv = conv.signs === 'costs-negative' ? 1 : -1;
  const parts = partings.map((p, d) => {
    const byCell: PartMap[] = Array.from({ length: cells }, () => new Map());
    for (const [mk, arr] of raw[d]) {
      const gl = Math.floor(mk / p.count);
      const q = amounts(arr, conv.f);
      byCell[gl].set(mk - gl * p.count, [sv * (q.U - q.Bm), sv * (splits[gl](q) - q.B)]);
    }
    return byCell;
  });
  return { parts, lineSums };
}

function amounts(arr: Float64Array, f: number): PartAmounts {
  return { U: f * arr[SLOT.actualPeriod], B: f * arr[SLOT.budgetYear], Bm: f * arr[SLOT.budgetPeriod], manual: f * arr[SLOT.forecastYear], rest: f * arr[SLOT.forecastRest] };
}

function splitFor(rt: Routing, sums: Float64Array, gl: number, conv: Convention): (q: PartAmounts) => number {
  const at = (s: number) => conv.f * sums[gl * SLOTS + s];
  return forecastSplit(conv.method, {
    U: at(SLOT.actualPeriod),
    B: at(SLOT.budgetYear),
    Bm: at(SLOT.budgetPeriod),
    priorPeriod: at(SLOT.actualPriorPeriod),
    priorYear: rt.priorYearKnown ? at(SLOT.actualPriorYear) : null,
    manual: at(SLOT.forecastYear),
    rest: at(SLOT.forecastRest),
    partial: false,
    m: rt.through,
  });
}

/** Adds b's parts into a. */
export function addInto(a: PartMap, b: PartMap): void {
  for (const [k, [p, f]] of b) {
    const cur = a.get(k);
    if (cur) {
      cur[0] += p;
      cur[1] += f;
    } else a.set(k, [p, f]);
  }
}
