import type { ForecastMethod } from './report-types';

/** What a forecast is computed from, for one line, all in the same sign. */
export type ForecastInput = {
  /** Outcome to date. */
  readonly U: number;
  /** Annual budget. */
  readonly B: number;
  /** Budget to date. */
  readonly Bm: number;
  /** Prior year outcome through the same month, and for the whole year (null: not known). */
  readonly priorPeriod: number;
  readonly priorYear: number | null;
  /**
   * Manual forecast: the sum of the forecast rows of the accounts that have them, and U + (B − Bm)
   * of the accounts that have none (`rest`); `partial` says some account had none.
   */
  readonly manual: number;
  readonly rest: number;
  readonly partial: boolean;
  /** Months elapsed, 1–12. */
  readonly m: number;
};

/** `fallback` says the method could not apply and outcome + remaining budget was used. */
export type ForecastResult = { readonly value: number; readonly fallback: boolean };

/** U + (B − Bm): what is left of the budget is assumed spent as budgeted. */
export function remainingBudget(x: ForecastInput): number {
  return x.U + (x.B - x.Bm);
}

/** DOMAIN.md §5. Run-rate overstates surpluses where costs are uneven over the year (say so in the UI). */
export function forecast(method: ForecastMethod, x: ForecastInput): ForecastResult {
  switch (method) {
    case 'linear':
      return { value: (x.U * 12) / x.m, fallback: false };
    case 'remaining-budget':
      return { value: remainingBudget(x), fallback: false };
    case 'budget-ratio':
      // B × U/Bm; without budget to date the ratio does not exist.
      return x.Bm !== 0 ? { value: (x.B * x.U) / x.Bm, fallback: false } : fallback(x);
    case 'prior-year-profile': {
      // U / s, s = the prior year's share of the year reached by month m. A share of zero, a
      // negative one (the prior year to date and the whole year of opposite signs) or one without
      // a known prior full year would give nonsense or a flipped sign: fall back then.
      const s = x.priorYear !== null && x.priorYear !== 0 ? x.priorPeriod / x.priorYear : 0;
      return s > 0 && Number.isFinite(s) ? { value: x.U / s, fallback: false } : fallback(x);
    }
    case 'manual':
      return { value: x.manual + x.rest, fallback: x.partial };
  }
}

function fallback(x: ForecastInput): ForecastResult {
  return { value: remainingBudget(x), fallback: true };
}
