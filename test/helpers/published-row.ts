/** Kronor to whole tkr as the published reports print them (+ 0 turns -0 into 0). */
export const tkr = (kr: number | null | undefined): number => Math.round((kr as number) / 1000) + 0;

type Amount = number | null | undefined;

/** A report line's six published columns, in tkr: budget, forecast and deviation for the year, the period's actual, the prior period's and the change. */
export function tkrRow(v: { budgetYear: Amount; forecastYear: Amount; varianceYear: Amount; actualPeriod: Amount; actualPriorPeriod: Amount; changePeriod: Amount }): number[] {
  return [tkr(v.budgetYear), tkr(v.forecastYear), tkr(v.varianceYear), tkr(v.actualPeriod), tkr(v.actualPriorPeriod), tkr(v.changePeriod)];
}

/** The same six columns as a published report prints them (fixtures' PUBLISHED entries). */
export function printedRow(p: { budget: number; forecast: number; avv: number; actual: number; prior: number; diff: number }): number[] {
  return [p.budget, p.forecast, p.avv, p.actual, p.prior, p.diff];
}
