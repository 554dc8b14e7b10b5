import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import type { Lang } from '../i18n/types';
import type { ReportGrid } from '../grid';
import type { Report } from '../report/report-types';
import { readForecastHistory } from './read';
import { previousForecast, recordForecasts } from './record';
import { historyGrid } from './grid';
import { withForecastChange } from './columns';
import { forecastAccuracy } from './accuracy';
import { accuracyGrid } from './accuracy-grid';
import { forecastMoveSentence } from './sentence';
import type { PreviousForecast } from './types';

export type HistoryApplied = {
  /** The report grid (with Föregående prognos and Prognosförändring when an earlier month is stored), then the history sheet, then the accuracy table when the year is closed. */
  readonly grids: readonly ReportGrid[];
  readonly previous: PreviousForecast | null;
  /** How the net forecast moved, for the commentary; null without a previous month. */
  readonly sentence: string | null;
  readonly issues: readonly Issue[];
};

/**
 * What a report run adds for the forecast history: read the stored months from the workbook,
 * store this month's forecasts, show the change against the latest earlier month, and — for a
 * closed year — the accuracy table. The hosts write the returned grids (the history sheet with
 * refresh-or-insert); nothing of the user's is touched.
 */
export function applyForecastHistory(snapshot: WorkbookSnapshot, report: Report, reportGrid: ReportGrid, lang: Lang): HistoryApplied {
  const read = readForecastHistory(snapshot);
  const updated = recordForecasts(read.history, report);
  const previous = previousForecast(read.history, { year: report.year, month: report.through });
  const main = previous ? withForecastChange(reportGrid, report, previous, lang) : reportGrid;
  const accuracy = forecastAccuracy(updated, report);
  const netId = report.lines.some((l) => l.id === 'net') ? 'net' : (report.checks[0]?.lineId ?? '');
  return {
    grids: [main, historyGrid(updated), ...(accuracy ? [accuracyGrid(accuracy, { lang, unit: report.unit })] : [])],
    previous,
    sentence: previous ? forecastMoveSentence(report, previous, netId, lang) : null,
    issues: read.issues,
  };
}
