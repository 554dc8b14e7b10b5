import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import { hasErrors } from '../issue';
import type { Lang } from '../i18n/types';
import type { Ledger } from '../ledger/types';
import type { ReportGrid } from '../grid';
import { reportGrid } from '../layout/report-grid';
import { detailGrid } from '../layout/detail-grid';
import { withVarianceCharts } from '../charts/with-charts';
import type { Template } from './template';
import { aggregate, reportFrom } from './build-report';
import type { Aggregate, AggregateOptions } from './build-report';
import type { PrepareOptions, PreparedLedger } from './prepare';
import { prepareLedger } from './prepare';
import type { Report, ReportOptions } from './report-types';
import { DEFAULT_REPORT_OPTIONS } from './report-types';
import { analyseDeviations, deviationPass } from '../analysis/analyse-deviations';
import type { DeviationPass } from '../analysis/analyse-deviations';
import type { DeviationAnalysis } from '../analysis/analysis-types';
import { draftCommentary } from '../commentary/draft-commentary';
import type { Materiality, Paragraph } from '../commentary/commentary-types';
import type { HistoryContext } from '../history/apply';
import { historyContext } from '../history/apply';
import { withForecastSentence } from '../history/sentence';

export type RunReportOptions = Partial<ReportOptions> &
  PrepareOptions & {
    readonly lang?: Lang;
    /** Table title, e.g. "Ekonomisk uppföljning – Kommunstyrelsen". */
    readonly title?: string;
    /** When a deviation gets its own sentence in the drafted commentary (default DEFAULT_MATERIALITY). */
    readonly materiality?: Materiality;
    /** With `by`: 'blocks' (default) writes a full report per value; 'table' the detail table (layout/detail-grid.ts). */
    readonly layout?: 'blocks' | 'table';
    /**
     * 'stored' (default): the forecasts stored on the Prognoshistorik sheet are read with the
     * ledger; the commentary gets the sentence on how the net forecast moved, and `history`
     * carries what withForecastHistory adds (columns, history sheet, accuracy table). 'ignore':
     * a report that stores nothing (the follow-up's per-unit blocks).
     */
    readonly forecastHistory?: 'stored' | 'ignore';
  };

export type RunReportResult = {
  readonly ledger: Ledger | null;
  readonly template: Template | null;
  /** Null when the ledger or the template could not be read. */
  readonly report: Report | null;
  /** Empty when any issue is an error: a table with a known error is not written. */
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
  /** The drafted commentary (in the report's unit and language); empty without a report. */
  readonly commentary: readonly Paragraph[];
  /** The stored forecast history with this report's added; null without forecasts, with errors, or with forecastHistory 'ignore'. */
  readonly history: HistoryContext | null;
};

/**
 * Validate, read the template, build, lay out: the one function the CLI and the task pane call.
 * The Rapportstruktur sheet wins over the default template; an unreadable one stops the report.
 */
export function runReport(snapshot: WorkbookSnapshot, options: RunReportOptions = {}): RunReportResult {
  return renderReport(prepareLedger(snapshot, options), options);
}

/**
 * Build and lay out a report from a prepared ledger: what an option change (unit, signs,
 * forecast method, breakdown, month within the prepared year) re-runs. Nothing is read again.
 */
export function renderReport(prepared: PreparedLedger, options: Omit<RunReportOptions, keyof PrepareOptions> & Pick<PrepareOptions, 'year' | 'throughMonth'> = {}): RunReportResult {
  const lang = options.lang ?? 'sv';
  const { ledger, template } = prepared;
  const issues: Issue[] = [...prepared.issues, ...prepared.templateIssues];
  if (!ledger || !template || prepared.templateFailed) return { ledger, template, report: null, grids: [], issues, commentary: [], history: null };
  const agg = aggregateOf(prepared, ledger, template, {
    year: options.year ?? prepared.reportYear ?? undefined,
    ...(options.throughMonth !== undefined ? { throughMonth: options.throughMonth } : {}),
    ...(options.by !== undefined ? { by: options.by } : {}),
  });
  const report = reportFrom(agg, {
    forecast: options.forecast ?? DEFAULT_REPORT_OPTIONS.forecast,
    signs: options.signs ?? DEFAULT_REPORT_OPTIONS.signs,
    unit: options.unit ?? DEFAULT_REPORT_OPTIONS.unit,
  });
  const signKnown = issues.some((i) => i.code === 'sign-assumed');
  issues.push(...report.issues.filter((i) => !(signKnown && i.code === 'report.sign-assumed')));
  const failed = hasErrors(issues);
  const drafted = failed ? [] : draftCommentary(report, analysisOf(agg, report), { lang, ...(options.materiality ? { materiality: options.materiality } : {}) });
  const history = failed || options.forecastHistory === 'ignore' ? null : historyContext(prepared.history, report, lang);
  // A detail table keeps its own columns and has no commentary: its forecasts are only stored.
  const commentary = history?.sentence && options.layout !== 'table' ? withForecastSentence(drafted, history.sentence) : drafted;
  const gridOptions = { lang, ...(options.title !== undefined ? { title: options.title } : {}) };
  const b = report.breakdown;
  // A report with errors is not written, so its grid is not laid out either.
  const grids = failed ? [] : [options.layout === 'table' && b ? detailGrid({ ...report, breakdown: b }, gridOptions) : withVarianceCharts(reportGrid(report, { ...gridOptions, commentary }), report, lang)];
  return { ledger, template, report, grids, issues, commentary, history };
}

/** The aggregates a prepared ledger has made, by period and breakdown (a few: the pane's recent choices). */
const aggregates = new WeakMap<PreparedLedger, Map<string, Aggregate>>();
const KEEP = 8;

/** The one pass over the ledger for this period and breakdown, made once per prepared ledger. */
function aggregateOf(prepared: PreparedLedger, ledger: Ledger, template: Template, options: AggregateOptions): Aggregate {
  let made = aggregates.get(prepared);
  if (!made) aggregates.set(prepared, (made = new Map()));
  const key = `${options.year ?? ''}|${options.throughMonth ?? ''}|${options.by ?? ''}`;
  let agg = made.get(key);
  if (!agg) {
    agg = aggregate(ledger, template, options);
    if (made.size >= KEEP) made.delete(made.keys().next().value as string);
    made.set(key, agg);
  }
  return agg;
}

/**
 * The deviation analysis behind the drafted commentary, per aggregate (and let go with it): its
 * pass over the ledger is made once, and the analysis itself is kept for the last sign
 * convention and forecast method, which is all it depends on besides the aggregate (a unit
 * change reuses it; the amounts are kronor and öre whatever the unit).
 */
const analyses = new WeakMap<Aggregate, { readonly pass: DeviationPass; last?: { readonly key: string; readonly analysis: DeviationAnalysis } }>();

function analysisOf(agg: Aggregate, report: Report): DeviationAnalysis {
  let made = analyses.get(agg);
  if (!made) analyses.set(agg, (made = { pass: deviationPass(agg.ledger, report) }));
  const key = `${report.signs}|${report.forecastMethod}`;
  if (made.last?.key !== key) made.last = { key, analysis: analyseDeviations(agg.ledger, report, { blockLines: 'summary' }, made.pass) };
  return made.last.analysis;
}
