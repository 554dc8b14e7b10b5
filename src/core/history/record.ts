import type { Report, ReportLine } from '../report/report-types';
import type { ForecastHistory, ForecastRecord, PreviousForecast } from './types';
import { historyKey } from './types';

/** Kronor in the costs-negative convention (income positive), whatever the report shows. */
export function normalisedForecast(report: Pick<Report, 'signs'>, value: number): number {
  return report.signs === 'costs-negative' ? value : -value;
}

function recordsOf(report: Report, scope: string, block: string, lines: readonly ReportLine[]): ForecastRecord[] {
  const out: ForecastRecord[] = [];
  for (const l of lines) {
    const f = l.values.forecastYear;
    if (f === null) continue;
    out.push({ year: report.year, month: report.through, report: scope, block, line: l.id, label: l.label.sv, forecast: normalisedForecast(report, f) });
  }
  return out;
}

/**
 * The history with this report's forecasts stored for its month: every line, and every line
 * of every breakdown block. A month already stored for the same report is replaced (the latest
 * refresh of a month is that month's forecast); other months and reports are kept as they are.
 */
export function recordForecasts(history: ForecastHistory, report: Report, scope = 'drift'): ForecastHistory {
  const fresh = [
    ...recordsOf(report, scope, '', report.lines),
    ...(report.breakdown?.blocks.flatMap((b) => recordsOf(report, scope, b.key, b.lines)) ?? []),
  ];
  if (fresh.length === 0) return history;
  const kept = history.records.filter((r) => !(r.year === report.year && r.month === report.through && r.report === scope));
  const all = [...kept, ...fresh];
  all.sort((a, b) => a.year - b.year || a.month - b.month || a.report.localeCompare(b.report));
  return { records: all };
}

/** The latest stored month before `month` of the same year and report, or null. */
export function previousForecast(history: ForecastHistory, at: { year: number; month: number; report?: string }): PreviousForecast | null {
  const scope = at.report ?? 'drift';
  let best = 0;
  for (const r of history.records) if (r.report === scope && r.year === at.year && r.month < at.month && r.month > best) best = r.month;
  if (best === 0) return null;
  const byKey = new Map<string, number>();
  for (const r of history.records) if (r.report === scope && r.year === at.year && r.month === best) byKey.set(historyKey(r.block, r.line), r.forecast);
  return { year: at.year, month: best, byKey };
}

/** The history scope of the investment table. */
export const INVESTMENT_SCOPE = 'investeringar';

/**
 * The history with the investment table's forecasts stored for its month, line by line (groups,
 * lines, projects and the total, keyed as the grid's rows). Investment amounts are expenditures,
 * positive, and are stored as they are.
 */
export function recordInvestmentForecasts(
  history: ForecastHistory,
  report: { readonly year: number; readonly through: number; readonly lines: readonly { readonly key: string; readonly label: string; readonly forecast: number }[] },
): ForecastHistory {
  if (report.lines.length === 0) return history;
  const kept = history.records.filter((r) => !(r.year === report.year && r.month === report.through && r.report === INVESTMENT_SCOPE));
  const fresh: ForecastRecord[] = report.lines.map((l) => ({ year: report.year, month: report.through, report: INVESTMENT_SCOPE, block: '', line: l.key, label: l.label, forecast: l.forecast }));
  const all = [...kept, ...fresh];
  all.sort((a, b) => a.year - b.year || a.month - b.month || a.report.localeCompare(b.report));
  return { records: all };
}
