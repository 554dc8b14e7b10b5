import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import type { Lang } from '../i18n/types';
import type { ReportGrid } from '../grid';
import type { Report } from '../report/report-types';
import { readForecastHistory } from './read';
import type { HistoryRead } from './read';
import { previousForecast, recordForecasts } from './record';
import { historyGrid } from './grid';
import { withForecastChange } from './columns';
import { forecastAccuracy } from './accuracy';
import { accuracyGrid } from './accuracy-grid';
import { forecastMoveSentence } from './sentence';
import type { ForecastHistory, PreviousForecast } from './types';

/** What the stored history says about this report: the month before, and the history with this month added. */
export type HistoryContext = {
  readonly previous: PreviousForecast | null;
  /** How the net forecast moved since then, for the commentary; null without a previous month. */
  readonly sentence: string | null;
  readonly updated: ForecastHistory;
  readonly issues: readonly Issue[];
};

function hasForecast(report: Report): boolean {
  return report.lines.some((l) => l.values.forecastYear !== null);
}

/** The stored months (read from the workbook) with this report's added; null when the report has no forecast. */
export function historyContext(read: HistoryRead, report: Report, lang: Lang): HistoryContext | null {
  if (!hasForecast(report)) return null;
  const previous = previousForecast(read.history, { year: report.year, month: report.through });
  const netId = report.lines.some((l) => l.id === 'net') ? 'net' : (report.checks[0]?.lineId ?? '');
  return {
    previous,
    sentence: previous ? forecastMoveSentence(report, previous, netId, lang) : null,
    updated: recordForecasts(read.history, report),
    issues: read.issues,
  };
}

/**
 * The grids a report run writes for its history: the report grid with Föregående prognos and
 * Prognosförändring when an earlier month is stored, the history sheet (hidden; written with
 * refresh-or-insert), and the accuracy table once the year is closed. Nothing of the user's.
 */
export function historyGrids(ctx: HistoryContext, report: Report, grid: ReportGrid, lang: Lang): ReportGrid[] {
  const [main, ...accuracy] = historyTables(ctx, report, grid, lang);
  return [main, historyGrid(ctx.updated), ...accuracy];
}

/** The visible part of historyGrids: the report grid with the history's columns, and the accuracy table of a closed year. */
export function historyTables(ctx: HistoryContext, report: Report, grid: ReportGrid, lang: Lang): ReportGrid[] {
  const main = ctx.previous ? withForecastChange(grid, report, ctx.previous, lang) : grid;
  const accuracy = forecastAccuracy(ctx.updated, report);
  return [main, ...(accuracy ? [accuracyGrid(accuracy, { lang, unit: report.unit })] : [])];
}

export type HistoryApplied = {
  readonly grids: readonly ReportGrid[];
  readonly previous: PreviousForecast | null;
  readonly sentence: string | null;
  readonly issues: readonly Issue[];
};

/** Both steps at once, for a report whose grid is already laid out. */
export function applyForecastHistory(snapshot: WorkbookSnapshot, report: Report, reportGrid: ReportGrid, lang: Lang): HistoryApplied {
  const ctx = historyContext(readForecastHistory(snapshot), report, lang);
  if (!ctx) return { grids: [reportGrid], previous: null, sentence: null, issues: [] };
  return { grids: historyGrids(ctx, report, reportGrid, lang), previous: ctx.previous, sentence: ctx.sentence, issues: ctx.issues };
}
