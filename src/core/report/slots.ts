/**
 * The slots of a report line's raw sums (source sign), the one pass over the ledger
 * (accumulate.ts) fills per [group][line][slot]:
 */
export const SLOT = {
  /**
   * Budget of the report year: the whole-year rows, plus the monthly rows of keys without
   * whole-year rows (see account-flags.ts). Never a listing's Budget ack.
   */
  budgetYear: 0,
  /** Budget to date: monthly rows through the month, plus whole-year rows × m/12 for keys without monthly rows. */
  budgetPeriod: 1,
  /** Actuals of the report year through the month (a whole-year actual row counts as to date). */
  actualPeriod: 2,
  /** Forecast rows of the report year, summed (keys with forecast rows). */
  forecastYear: 3,
  /** Outcome + remaining budget U + (B − Bm) of the keys without forecast rows (manual forecast). */
  forecastRest: 4,
  /** Prior year actuals through the same month (a listing's Utfall fg år ack). */
  actualPriorPeriod: 5,
  /** Prior year actuals, whole year (never a listing's to-date figure). */
  actualPriorYear: 6,
} as const;
export const SLOTS = 7;
