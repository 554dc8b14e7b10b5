import type { ForecastMethod, SignConvention } from '../report/report-types';
import type { Routing } from './entry-route';
import { linesOf, routeEntry } from './entry-route';
import { SLOT as SLOT_OF, SLOTS as SLOT_COUNT } from '../report/accumulate';
import type { PartAmounts } from './forecast-split';
import { forecastSplit } from './forecast-split';

// Module-level copies: a CommonJS build reads an imported binding through the module object
// (through a getter for a re-export) on every use, which the hot loops below cannot afford.
const SLOTS: number = SLOT_COUNT;
const SLOT = { ...SLOT_OF };

/** A way of splitting: each entry's part index (account or dimension value index). */
export type Parting = { readonly index: Int32Array; readonly count: number };

/**
 * One parting's leaf-line deviations: for each cell (group * lines + line), the run
 * [start[cell], start[cell + 1]) of `part`, `period` and `forecast` holds each part index with
 * its period and forecast deviation in kronor, report sign, unrounded.
 */
export type LeafDeviations = { readonly start: Int32Array; readonly part: Int32Array; readonly period: Float64Array; readonly forecast: Float64Array };

/** The leaf lines' deviations per parting, and the raw line sums. */
export type LeafParts = { readonly parts: readonly LeafDeviations[]; readonly lineSums: Float64Array };

export type Convention = { readonly f: number; readonly signs: SignConvention; readonly method: ForecastMethod };

/** Dense slot arrays up to this many doubles per parting (32 MB); a sparse map beyond. */
const DENSE_LIMIT = 4_000_000;

/** The slot sums of one parting: a block of SLOTS doubles per touched (cell, part). */
type Store = { readonly add: (mk: number, out: Float64Array) => void; readonly compact: () => PartSlots };

/** One parting's raw slot sums, touched (cell × parts + part) keys only, in ascending key order. */
export type PartSlots = { readonly keys: Int32Array; readonly data: Float64Array };

function denseStore(size: number): Store {
  const data = new Float64Array(size * SLOTS);
  const touched = new Uint8Array(size);
  return {
    add: (mk, out) => {
      touched[mk] = 1;
      const at = mk * SLOTS;
      for (let s = 0; s < SLOTS; s++) data[at + s] += out[s];
    },
    compact: () => {
      let n = 0;
      for (let mk = 0; mk < size; mk++) n += touched[mk];
      const keys = new Int32Array(n);
      const packed = new Float64Array(n * SLOTS);
      n = 0;
      for (let mk = 0; mk < size; mk++) {
        if (touched[mk] === 0) continue;
        keys[n] = mk;
        packed.set(data.subarray(mk * SLOTS, mk * SLOTS + SLOTS), n * SLOTS);
        n += 1;
      }
      return { keys, data: packed };
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
    compact: () => {
      const keys = Int32Array.from(slotOf.keys()).sort();
      const packed = new Float64Array(used * SLOTS);
      keys.forEach((mk, n) => {
        const at = slotOf.get(mk) as number;
        packed.set(data.subarray(at, at + SLOTS), n * SLOTS);
      });
      return { keys, data: packed };
    },
  };
}

/**
 * The pass over the ledger, before any sign convention or forecast method: per parting, the raw
 * slot sums per (group, line, part), and the raw line sums. It depends only on the routing (the
 * ledger, template, period and breakdown), so a report re-rendered in another unit, sign
 * convention or forecast method reuses it (see run-report.ts). The line sums are added in the
 * report's entry order, so they equal the report's own sums bit for bit.
 */
export type PartSums = { readonly lineSums: Float64Array; readonly parts: readonly PartSlots[] };

export function partSums(rt: Routing, partings: readonly Parting[]): PartSums {
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
  return { lineSums, parts: stores.map((s) => s.compact()) };
}

/** Each part's period and forecast deviation with the line's forecast factors (forecast-split.ts). */
/** What the finish needs of the routing (a kept pass holds no per-row arrays). */
export type LineRouting = Pick<Routing, 'groups' | 'lines' | 'through' | 'priorYearKnown'>;

export function leafParts(rt: LineRouting, partings: readonly Parting[], conv: Convention, sums: PartSums): LeafParts {
  const cells = rt.groups * rt.lines;
  const { lineSums } = sums;
  const splits = Array.from({ length: cells }, (_, gl) => splitFor(rt, lineSums, gl, conv));
  const sv = conv.signs === 'costs-negative' ? 1 : -1;
  const q = { U: 0, B: 0, Bm: 0, manual: 0, rest: 0 };
  const parts = partings.map((p, d): LeafDeviations => {
    const { keys, data } = sums.parts[d];
    const n = keys.length;
    const start = new Int32Array(cells + 1);
    const part = new Int32Array(n);
    const period = new Float64Array(n);
    const forecast = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const gl = Math.floor(keys[k] / p.count);
      start[gl + 1] += 1;
      part[k] = keys[k] - gl * p.count;
      amounts(data, k * SLOTS, conv.f, q);
      period[k] = sv * (q.U - q.Bm);
      forecast[k] = sv * (splits[gl](q) - q.B);
    }
    for (let c = 0; c < cells; c++) start[c + 1] += start[c];
    return { start, part, period, forecast };
  });
  return { parts, lineSums };
}

/** Writes the part's amounts (same sign as the line) into `q`, reused for every part. */
function amounts(arr: Float64Array, at: number, f: number, q: { U: number; B: number; Bm: number; manual: number; rest: number }): void {
  q.U = f * arr[at + SLOT.actualPeriod];
  q.B = f * arr[at + SLOT.budgetYear];
  q.Bm = f * arr[at + SLOT.budgetPeriod];
  q.manual = f * arr[at + SLOT.forecastYear];
  q.rest = f * arr[at + SLOT.forecastRest];
}

function splitFor(rt: LineRouting, sums: Float64Array, gl: number, conv: Convention): (q: PartAmounts) => number {
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
