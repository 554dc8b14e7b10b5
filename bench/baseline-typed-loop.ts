/**
 * The practical limit the engine is compared to: one hand-written pass over the Ledger's
 * typed arrays, grouping into LINES × ansvar × COLUMNS (5 × 50 × 4) for January–`months` of
 * `year`, with the prior year's same months. No allocation inside the loop, no strings, no
 * closures: what a person would write to make exactly this report as fast as JavaScript goes.
 */
import type { Ledger } from '../src/core/ledger/types';
import { AMOUNT_KIND } from '../src/core/ledger/types';
import { COLUMNS, lineOfCode, LINES } from './spec';

export type Grouped = {
  /** Dimension values, index 0 = no value (as in the Ledger). */
  readonly groups: readonly string[];
  /** (line * groups.length + group) * COLUMNS.length + column, raw (bookkeeping) sign. */
  readonly sums: Float64Array;
};

export function groupTypedLoop(ledger: Ledger, dimensionName: string, year: number, months: number): Grouped {
  const dim = ledger.dimensions[dimensionName];
  if (!dim) throw new Error(`No dimension ${dimensionName}`);
  const G = dim.values.length;
  const C = COLUMNS.length;
  const lineOf = new Int32Array(ledger.accounts.length);
  for (let a = 0; a < ledger.accounts.length; a += 1) lineOf[a] = lineOfCode(ledger.accounts[a]);
  const sums = new Float64Array(LINES.length * G * C);
  const { account, period, kind, amount, size } = ledger;
  const group = dim.index;
  const first = year * 100 + 1;
  const last = year * 100 + months;
  const priorFirst = first - 100;
  const priorLast = last - 100;
  const yearLo = year * 100;
  const yearHi = year * 100 + 12;
  /** A whole-year budget row (month 0) counts to date evenly spread, as DOMAIN.md §5 says. */
  const spread = months / 12;
  for (let i = 0; i < size; i += 1) {
    const line = lineOf[account[i]];
    if (line < 0) continue;
    const p = period[i];
    const base = (line * G + group[i]) * C;
    if (kind[i] === AMOUNT_KIND.budget) {
      if (p >= yearLo && p <= yearHi) {
        sums[base] += amount[i];
        if (p >= first && p <= last) sums[base + 1] += amount[i];
        else if (p === yearLo) sums[base + 1] += amount[i] * spread;
      }
    } else if (kind[i] === AMOUNT_KIND.actual) {
      if (p >= first && p <= last) sums[base + 2] += amount[i];
      else if (p >= priorFirst && p <= priorLast) sums[base + 3] += amount[i];
    }
  }
  return { groups: dim.values, sums };
}

/** The sum over every group for one line and column. */
export function totalOf(g: Grouped, line: number, column: number): number {
  const G = g.groups.length;
  const C = COLUMNS.length;
  let s = 0;
  for (let k = 0; k < G; k += 1) s += g.sums[(line * G + k) * C + column];
  return s;
}

export function valueOf(g: Grouped, line: number, group: string, column: number): number {
  const k = g.groups.indexOf(group);
  if (k < 0) return 0;
  return g.sums[(line * g.groups.length + k) * COLUMNS.length + column];
}
