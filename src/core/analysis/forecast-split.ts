import type { ForecastMethod } from '../report/report-types';
import type { ForecastInput } from '../report/forecast';
import { forecast } from '../report/forecast';

/** A part of a line (an account, a dimension value, one ledger row), same sign as the line. */
export type PartAmounts = {
  readonly U: number;
  readonly B: number;
  readonly Bm: number;
  readonly manual: number;
  readonly rest: number;
};

/**
 * The line's forecast split into its parts: a function that gives a part's share, such that
 * the shares of parts adding up to the line add up to the line's forecast (report/forecast.ts).
 * Every method is linear in the parts once the line-level factor is fixed:
 * - linear U × 12/m: a part's U × 12/m;
 * - outcome + remaining budget: U + B − Bm per part;
 * - budget ratio B × U/Bm = B + (B/Bm)(U − Bm): a part's B + (B/Bm)(U − Bm), so a part's forecast
 *   deviation is the line's factor times its own period deviation;
 * - prior-year profile U/s: a part's U/s, s the line's prior-year share;
 * - manual: a part's forecast rows plus U + (B − Bm) of its accounts without forecast rows;
 * a method that falls back for the line (report.forecast.fallback) falls back for every part.
 */
export function forecastSplit(method: ForecastMethod, line: ForecastInput): (part: PartAmounts) => number {
  if (method === 'manual') return (q) => q.manual + q.rest;
  const remaining = (q: PartAmounts) => q.U + (q.B - q.Bm);
  if (forecast(method, line).fallback) return remaining;
  switch (method) {
    case 'linear':
      return (q) => (q.U * 12) / line.m;
    case 'remaining-budget':
      return remaining;
    case 'budget-ratio': {
      const k = line.B / line.Bm;
      return (q) => q.B + k * (q.U - q.Bm);
    }
    case 'prior-year-profile': {
      const s = line.priorPeriod / (line.priorYear as number);
      return (q) => q.U / s;
    }
  }
}
