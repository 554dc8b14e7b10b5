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
/** Dense slot arrays up to this many doubles per parting (32 MB); a sparse map beyond. */
const DENSE_LIMIT = 4_000_000;

/** The slot sums of one parting: a block of SLOTS doubles per touched (cell, part). */
type Store = { readonly add: (mk: number, out: Float64Array) => void; readonly each: (visit: (mk: number, data: Float64Array, at: number) => void) => void };

function denseStore(size: number): Store {
  const data = new Float64Array(size * SLOTS);
  const touched = new Uint8Array(size);
  return {
    add: (mk, out) => {
      touched[mk] = 1;
      const at = mk * SLOTS;
      for (let s = 0; s < SLOTS; s++) data[at + s] += out[s];
    },
    each: (visit) => {
      for (let mk = 0; mk < size; mk++) if (touched[mk] === 1) visit(mk, data, mk * SLOTS);
    },
  };
}

function sparseStore(): Store {
  const slotOf = new Map<number, number>();
  let data = new Float64Array(1024 * SLOTS);
  let used = 0;
  return {
    add: (mk, out) => {
      let at = slotOf.get(mk);
      if (at === undefined) {
        if ((used + 1) * SLOTS > data.length) {
          const grown = new Float64Array(data.length * 2);
          grown.set(data);
          data = grown;
        }
        at = used++ * SLOTS;
        slotOf.set(mk, at);
      }
      for (let s = 0; s < SLOTS; s++) data[at + s] += out[s];
    },
    each: (visit) => {
      for (const [mk, at] of slotOf) visit(mk, data, at);
    },
  };
}

export function leafParts(rt: Routing, partings: readonly Parting[], conv: Convention): LeafParts {
  const L = rt.lines;
  const cells = rt.groups * L;
  const lineSums = new Float64Array(cells * SLOTS);
  const stores = partings.map((p) => (cells * p.count * SLOTS <= DENSE_LIMIT ? denseStore(cells * p.count) : sparseStore()));
  const out = new Float64Array(SLOTS);
  const ls = new Int32Array(L);
  const P = partings.length;
  for (let i = 0; i < rt.ledger.size; i++) {
    const key = routeEntry(rt, i, out);
    if (key < 0) continue;
    const n = linesOf(rt, key, ls);
    const g = rt.group ? rt.group[i] : 0;
    for (let j = 0; j < n; j++) {
      const gl = g * L + ls[j];
      for (let s = 0; s < SLOTS; s++) lineSums[gl * SLOTS + s] += out[s];
      for (let d = 0; d < P; d++) stores[d].add(gl * partings[d].count + partings[d].index[i], out);
    }
  }
  const splits = Array.from({ length: cells }, (_, gl) => splitFor(rt, lineSums, gl, conv));
  const sv = conv.signs === 'costs-negative' ? 1 : -1;
  const parts = partings.map((p, d) => {
    const byCell: PartMap[] = Array.from({ length: cells }, () => new Map());
    stores[d].each((mk, data, at) => {
      const gl = Math.floor(mk / p.count);
      const q = amounts(data, at, conv.f);
      byCell[gl].set(mk - gl * p.count, [sv * (q.U - q.Bm), sv * (splits[gl](q) - q.B)]);
    });
    return byCell;
  });
  return { parts, lineSums };
}

function amounts(arr: Float64Array, at: number, f: number): PartAmounts {
  return { U: f * arr[at + SLOT.actualPeriod], B: f * arr[at + SLOT.budgetYear], Bm: f * arr[at + SLOT.budgetPeriod], manual: f * arr[at + SLOT.forecastYear], rest: f * arr[at + SLOT.forecastRest] };
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
