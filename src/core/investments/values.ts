import type { ForecastMethod } from '../report/report-types';
import { forecast } from '../report/forecast';
import type { InvestmentLedger, InvestmentValues } from './types';
import { INVESTMENT_COLUMNS } from './types';

/**
 * The columns of every project for the report year and month, in kronor, unrounded.
 * Budget: the project's budget rows of the year (the current annual budget), or Ursprunglig
 * budget + Ombudgetering where it has none. Budget to date (for the forecast methods): its
 * monthly budget rows through the month, else the annual budget × m/12. Forecast: the drift
 * report's methods (report/forecast.ts), computed per project so that every line is the sum of
 * its projects; 'manual' takes the project's Prognos and, for a project without one, outcome +
 * remaining budget (`fallback` lists those projects).
 */
export type ProjectValues = { readonly values: readonly InvestmentValues[]; readonly fallback: readonly number[] };

type Sums = { actual: number; prior: number; priorYear: number; budget: number; budgetMonths: number; budgetToDate: number; original: number; change: number; forecast: number; hasBudget: boolean; hasForecast: boolean };

const blank = (): Sums => ({ actual: 0, prior: 0, priorYear: 0, budget: 0, budgetMonths: 0, budgetToDate: 0, original: 0, change: 0, forecast: 0, hasBudget: false, hasForecast: false });

export function zeroInvestmentValues(): InvestmentValues {
  return Object.fromEntries(INVESTMENT_COLUMNS.map((c) => [c, 0])) as InvestmentValues;
}

/** Base amounts in, the variance and change recomputed (−0 made 0). */
function completeValues(v: Pick<InvestmentValues, 'originalBudget' | 'budgetChange' | 'budgetYear' | 'forecastYear' | 'actualPeriod' | 'actualPriorPeriod'>): InvestmentValues {
  return {
    originalBudget: v.originalBudget + 0,
    budgetChange: v.budgetChange + 0,
    budgetYear: v.budgetYear + 0,
    forecastYear: v.forecastYear + 0,
    varianceYear: v.budgetYear - v.forecastYear + 0,
    actualPeriod: v.actualPeriod + 0,
    actualPriorPeriod: v.actualPriorPeriod + 0,
    changePeriod: v.actualPeriod - v.actualPriorPeriod + 0,
  };
}

export function sumInvestmentValues(parts: readonly InvestmentValues[]): InvestmentValues {
  const b = { originalBudget: 0, budgetChange: 0, budgetYear: 0, forecastYear: 0, actualPeriod: 0, actualPriorPeriod: 0 };
  for (const p of parts) for (const k of Object.keys(b) as (keyof typeof b)[]) b[k] += p[k];
  return completeValues(b);
}

export function projectValues(ledger: InvestmentLedger, year: number, through: number, method: ForecastMethod): ProjectValues {
  const sums = ledger.projects.map(blank);
  for (const e of ledger.entries) {
    const s = sums[e.project];
    const y = Math.floor(e.period / 100);
    const m = e.period - y * 100;
    if (y === year) {
      if (e.kind === 'actual' && m <= through) s.actual += e.amount;
      else if (e.kind === 'budget') {
        s.budget += e.amount;
        s.hasBudget = true;
        if (m > 0) s.budgetMonths += 1;
        if (m > 0 && m <= through) s.budgetToDate += e.amount;
      } else if (e.kind === 'originalBudget') s.original += e.amount;
      else if (e.kind === 'budgetChange') s.change += e.amount;
      else if (e.kind === 'forecast') {
        s.forecast += e.amount;
        s.hasForecast = true;
      }
    } else if (y === year - 1 && e.kind === 'actual') {
      if (m <= through) s.prior += e.amount;
      s.priorYear += e.amount;
    }
  }
  // The prior full year is known only where the ledger has periods (a listing has the prior year to date).
  const priorKnown = ledger.form !== 'aggregated';
  const fallback: number[] = [];
  const values = sums.map((s, p) => {
    const B = s.hasBudget ? s.budget : s.original + s.change;
    const Bm = s.budgetMonths > 0 ? s.budgetToDate : (B * through) / 12;
    const manual = s.hasForecast ? s.forecast : 0;
    const rest = s.hasForecast ? 0 : s.actual + (B - Bm);
    const fc = forecast(method, { U: s.actual, B, Bm, priorPeriod: s.prior, priorYear: priorKnown ? s.priorYear : null, manual, rest, partial: !s.hasForecast, m: through });
    if (fc.fallback && (s.actual !== 0 || B !== 0)) fallback.push(p);
    return completeValues({ originalBudget: s.original, budgetChange: s.change, budgetYear: B, forecastYear: fc.value, actualPeriod: s.actual, actualPriorPeriod: s.prior });
  });
  return { values, fallback };
}
