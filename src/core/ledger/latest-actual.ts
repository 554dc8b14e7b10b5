import type { Ledger } from './types';
import { AMOUNT_KIND } from './types';
import { monthOf, yearMonth } from '../text/yyyymm';

/**
 * The ledger's latest actuals, found in one scan and remembered per ledger: the validation's
 * default report year, the report's default month and the pane's month list all ask it, and a
 * prepared ledger is asked again on every option change.
 */
export type LatestActual = {
  /** The latest period with actuals, yyyymm (month 0: a whole-year actual). */
  readonly period: number;
  readonly year: number;
  /** 1–12, or 0 when the latest actual is a whole-year amount. */
  readonly month: number;
  /** The latest period with a monthly actual (month 1–12), or null when there is none. */
  readonly lastMonthly: number | null;
};

const memo = new WeakMap<Ledger, LatestActual | null>();

/** Null when the ledger holds no actual amount. */
export function latestActual(ledger: Ledger): LatestActual | null {
  if (memo.has(ledger)) return memo.get(ledger) ?? null;
  const { kind, period, size } = ledger;
  let best = -1;
  let monthly = -1;
  for (let i = 0; i < size; i++) {
    if (kind[i] !== AMOUNT_KIND.actual) continue;
    const p = period[i];
    if (p > best) best = p;
    if (p > monthly && monthOf(p) !== 0) monthly = p;
  }
  const found = best < 0 ? null : { period: best, ...yearMonth(best), lastMonthly: monthly < 0 ? null : monthly };
  memo.set(ledger, found);
  return found;
}

/** Whether the ledger holds any actual amount: the remembered answer, else a scan that stops at the first. */
export function hasActual(ledger: Ledger): boolean {
  const known = memo.get(ledger);
  if (known !== undefined || memo.has(ledger)) return known !== null && known !== undefined;
  for (let i = 0; i < ledger.size; i++) if (ledger.kind[i] === AMOUNT_KIND.actual) return true;
  return false;
}
