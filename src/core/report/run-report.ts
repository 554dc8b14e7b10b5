import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import { hasErrors } from '../issue';
import type { Lang } from '../i18n/types';
import type { Ledger } from '../ledger/types';
import type { RoleOverrides } from '../ledger/find-table';
import type { ReportGrid } from '../grid';
import { validateWorkbook } from '../validate/validate-workbook';
import { reportGrid } from '../layout/report-grid';
import { withVarianceCharts } from '../charts/with-charts';
import type { Template } from './template';
import { readTemplate } from './read-template';
import { defaultTemplate } from './default-template';
import { MOTPART } from './line-map';
import { buildReport } from './build-report';
import type { Report, ReportOptions } from './report-types';
import { analyseDeviations } from '../analysis/analyse-deviations';
import { draftCommentary } from '../commentary/draft-commentary';
import type { Materiality, Paragraph } from '../commentary/commentary-types';

export type RunReportOptions = Partial<ReportOptions> & {
  readonly lang?: Lang;
  /** Table title, e.g. "Ekonomisk uppföljning – Kommunstyrelsen". */
  readonly title?: string;
  /** The ledger sheet, when the workbook has several candidates. */
  readonly sheet?: string;
  /** The user's column-role corrections, header text as in the sheet → role ('ignore' drops it). */
  readonly roles?: RoleOverrides;
  /** A structure chosen outside the workbook (--template, --chart, an SIE file's chart): used instead of its Rapportstruktur sheet. */
  readonly template?: Template;
  /** When a deviation gets its own sentence in the drafted commentary (default DEFAULT_MATERIALITY). */
  readonly materiality?: Materiality;
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
};

/**
 * Validate, read the template, build, lay out: the one function the CLI and the task pane call.
 * The Rapportstruktur sheet wins over the default template; an unreadable one stops the report
 * (falling back to the default would silently give other numbers than the user defined).
 * Coverage is reported by buildReport (with amounts), so validateWorkbook runs without isCovered.
 */
export function runReport(snapshot: WorkbookSnapshot, options: RunReportOptions = {}): RunReportResult {
  const lang = options.lang ?? 'sv';
  const read = options.template ? { template: options.template, issues: [] } : readTemplate(snapshot);
  const validation = validateWorkbook(snapshot, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.roles !== undefined ? { roles: options.roles } : {}),
    ...(options.year !== undefined ? { reportYear: options.year } : {}),
    ...(options.throughMonth !== undefined ? { throughMonth: options.throughMonth } : {}),
  });
  const issues: Issue[] = [...validation.issues, ...read.issues];
  const ledger = validation.ledger;
  const templateFailed = read.template === null && read.issues.length > 0;
  if (!ledger || templateFailed) return { ledger, template: read.template, report: null, grids: [], issues, commentary: [] };
  const template = read.template ?? defaultTemplate(ledger.dimensions[MOTPART] !== undefined);
  const report = buildReport(ledger, template, {
    forecast: options.forecast ?? 'remaining-budget',
    signs: options.signs ?? 'costs-negative',
    unit: options.unit ?? 'tkr',
    year: options.year ?? validation.reportYear ?? undefined,
    ...(options.throughMonth !== undefined ? { throughMonth: options.throughMonth } : {}),
    ...(options.by !== undefined ? { by: options.by } : {}),
  });
  const signKnown = issues.some((i) => i.code === 'sign-assumed');
  issues.push(...report.issues.filter((i) => !(signKnown && i.code === 'report.sign-assumed')));
  const commentary = hasErrors(issues) ? [] : draftCommentary(report, analyseDeviations(ledger, report, { blockLines: 'summary' }), { lang, ...(options.materiality ? { materiality: options.materiality } : {}) });
  const grids = hasErrors(issues) ? [] : [withVarianceCharts(reportGrid(report, { lang, commentary, ...(options.title !== undefined ? { title: options.title } : {}) }), report, lang)];
  return { ledger, template, report, grids, issues, commentary };
}
