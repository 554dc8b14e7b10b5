import type { WorkbookSnapshot } from '../snapshot';
import type { Lang } from '../i18n/types';
import type { Paragraph } from '../commentary/commentary-types';
import type { RunReportResult } from '../report/run-report';
import { reportGrid } from '../layout/report-grid';
import { withVarianceCharts } from '../charts/with-charts';
import { historyContext, historyGrids } from './apply';
import { historyGrid } from './grid';

export type WithHistoryOptions = {
  readonly lang: Lang;
  readonly title?: string;
  /** 'table' (a detail table): the forecasts are stored, but the table keeps its own columns. */
  readonly layout?: 'blocks' | 'table';
};

/** The forecast paragraph's place: right after the one about the full-year forecast, else last. */
function insertSentence(commentary: readonly Paragraph[], text: string): Paragraph[] {
  const p: Paragraph = { topic: 'forecast-change', text };
  const at = commentary.findIndex((c) => c.topic === 'forecast' && c.block === undefined);
  return at < 0 ? [...commentary, p] : [...commentary.slice(0, at + 1), p, ...commentary.slice(at + 1)];
}

/**
 * A report run with its forecast history (issue 16): this month's forecasts stored on the
 * hidden Prognoshistorik sheet, Föregående prognos and Prognosförändring beside the forecast
 * when an earlier month is stored, a sentence in the commentary on how the net forecast moved,
 * and the accuracy table for a closed year. The CLI, the task pane and the whole follow-up call
 * it after runReport. A run without a report, with errors or without forecasts is returned as is.
 */
export function withForecastHistory(snapshot: WorkbookSnapshot, result: RunReportResult, options: WithHistoryOptions): RunReportResult {
  const { report } = result;
  if (!report || result.grids.length === 0) return result;
  const ctx = historyContext(snapshot, report, options.lang);
  if (!ctx) return result;
  if (options.layout === 'table') return { ...result, grids: [result.grids[0], historyGrid(ctx.updated), ...result.grids.slice(1)], issues: [...result.issues, ...ctx.issues] };
  const commentary = ctx.sentence ? insertSentence(result.commentary, ctx.sentence) : result.commentary;
  // Laid out again only to carry the sentence; the same layout runReport makes (table, charts, commentary).
  const grid = ctx.sentence ? withVarianceCharts(reportGrid(report, { lang: options.lang, commentary, ...(options.title !== undefined ? { title: options.title } : {}) }), report, options.lang) : result.grids[0];
  return {
    ...result,
    commentary,
    grids: [...historyGrids(ctx, report, grid, options.lang), ...result.grids.slice(1)],
    issues: [...result.issues, ...ctx.issues],
  };
}
