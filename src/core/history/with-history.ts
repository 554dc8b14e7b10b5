import type { WorkbookSnapshot } from '../snapshot';
import type { Lang } from '../i18n/types';
import type { RunReportResult } from '../report/run-report';
import { historyGrids } from './apply';
import { historyGrid } from './grid';

export type WithHistoryOptions = {
  readonly lang: Lang;
  readonly title?: string;
  /** 'table' (a detail table): the forecasts are stored, but the table keeps its own columns. */
  readonly layout?: 'blocks' | 'table';
};

/**
 * A report run with its forecast history (issue 16): this month's forecasts stored on the
 * hidden Prognoshistorik sheet, Föregående prognos and Prognosförändring beside the forecast
 * when an earlier month is stored, and the accuracy table for a closed year. The CLI, the task
 * pane and the whole follow-up call it after runReport/renderReport, which read the stored
 * history with the ledger and already drafted the sentence on how the net forecast moved into
 * the commentary and the grid: nothing is laid out again here. (`snapshot` is the one the
 * ledger was prepared from; the history was read from it then.) A run without a report, with
 * errors or without forecasts is returned as is.
 */
export function withForecastHistory(_snapshot: WorkbookSnapshot, result: RunReportResult, options: WithHistoryOptions): RunReportResult {
  const { report, history: ctx } = result;
  if (!report || result.grids.length === 0 || !ctx) return result;
  const issues = [...result.issues, ...ctx.issues];
  if (options.layout === 'table') return { ...result, grids: [result.grids[0], historyGrid(ctx.updated), ...result.grids.slice(1)], issues };
  return { ...result, grids: [...historyGrids(ctx, report, result.grids[0], options.lang), ...result.grids.slice(1)], issues };
}
