import type { Report } from '../report/report-types';
import type { ForecastHistory } from './types';
import { normalisedForecast } from './record';

export type AccuracyLine = {
  readonly id: string;
  readonly label: { readonly sv: string; readonly en: string };
  readonly type: string;
  /** The year's outcome, kronor, costs-negative. */
  readonly outcome: number;
  /** Per stored month (same order as ForecastAccuracy.months): forecast − outcome, or null when that month has no forecast for the line. */
  readonly errors: readonly (number | null)[];
};

export type ForecastAccuracy = {
  readonly year: number;
  readonly months: readonly number[];
  readonly lines: readonly AccuracyLine[];
  /** Per month: the mean of |forecast − outcome| over the lines of type 'konton' (the leaves; sums would count twice). */
  readonly meanAbsoluteError: readonly (number | null)[];
};

/**
 * Each stored month's full-year forecast against the year's outcome, once the year is closed
 * (the report runs through December); null before that. Errors are forecast − outcome in kronor
 * with income positive, so a positive error on a cost line means the forecast expected less cost.
 */
export function forecastAccuracy(history: ForecastHistory, report: Report, scope = 'drift'): ForecastAccuracy | null {
  if (report.through !== 12) return null;
  const records = history.records.filter((r) => r.year === report.year && r.report === scope && r.block === '');
  const months = [...new Set(records.map((r) => r.month))].sort((a, b) => a - b);
  if (months.length === 0) return null;
  const byMonth = new Map(months.map((m) => [m, new Map(records.filter((r) => r.month === m).map((r) => [r.line, r.forecast]))]));
  const lines: AccuracyLine[] = [];
  for (const l of report.lines) {
    const actual = l.values.actualPeriod;
    if (actual === null) continue;
    const outcome = normalisedForecast(report, actual);
    const errors = months.map((m) => {
      const f = byMonth.get(m)?.get(l.id);
      return f === undefined ? null : f - outcome;
    });
    lines.push({ id: l.id, label: l.label, type: l.type, outcome, errors });
  }
  const meanAbsoluteError = months.map((_, i) => {
    const es = lines.filter((l) => l.type === 'konton' && l.errors[i] !== null).map((l) => Math.abs(l.errors[i] as number));
    return es.length ? es.reduce((s, e) => s + e, 0) / es.length : null;
  });
  return { year: report.year, months, lines, meanAbsoluteError };
}
