import type { Template } from '../report/template';
import type { TemplatePlan } from '../report/check-template';
import type { LeafDeviations } from './part-deviations';

/**
 * A line's deviations split by the parts of one parting (accounts, or one dimension's values):
 * a dense pair of arrays over the part indexes and the list of parts that were touched, so a
 * sum line or a total over blocks is gathered by adding the leaf lines' runs, with no map and
 * no object per part. One vector per parting is reused for every line (clear after use).
 */
export type PartVector = {
  readonly period: Float64Array;
  readonly forecast: Float64Array;
  /** The touched part indexes, in the order first touched. */
  readonly touched: number[];
  readonly seen: Uint8Array;
};

export function partVector(count: number): PartVector {
  return { period: new Float64Array(count), forecast: new Float64Array(count), touched: [], seen: new Uint8Array(count) };
}

export function clearVector(v: PartVector): void {
  for (const k of v.touched) {
    v.period[k] = 0;
    v.forecast[k] = 0;
    v.seen[k] = 0;
  }
  v.touched.length = 0;
}

/**
 * Per line, the leaf (konton and varav) lines whose parts it adds, each as often as it is
 * reached: a leaf line itself; a sum line evaluated like the report's (plan.order), through its
 * parts; a broken sum line nothing.
 */
export function leafLinesOf(template: Template, plan: TemplatePlan): readonly (readonly number[])[] {
  const out: number[][] = template.lines.map((line, i) => (line.type === 'summa' ? [] : [i]));
  for (const i of plan.order) for (const j of plan.parts[i]) out[i].push(...out[j]);
  return out;
}

/** Adds the leaf deviations of `line` in `group` (lines per group `L`) into `v`. */
export function gather(v: PartVector, leaves: LeafDeviations, leafLines: readonly number[], group: number, L: number): void {
  const { start, part, period, forecast } = leaves;
  for (const j of leafLines) {
    const cell = group * L + j;
    for (let n = start[cell]; n < start[cell + 1]; n++) {
      const k = part[n];
      if (v.seen[k] === 0) {
        v.seen[k] = 1;
        v.touched.push(k);
      }
      v.period[k] += period[n];
      v.forecast[k] += forecast[n];
    }
  }
}
