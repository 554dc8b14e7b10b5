import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import type { Ledger } from '../ledger/types';
import type { RoleOverrides } from '../ledger/find-table';
import { validateWorkbook } from '../validate/validate-workbook';
import type { Template } from './template';
import { readTemplate } from './read-template';
import { defaultTemplate } from './default-template';
import { MOTPART } from './line-map';
import type { HistoryRead } from '../history/read';
import { readForecastHistory } from '../history/read';

/** What reading depends on: the sheet, the user's column roles, and the report year/month. */
export type PrepareOptions = {
  /** The ledger sheet, when the workbook has several candidates. */
  readonly sheet?: string;
  /** The user's column-role corrections, header text as in the sheet → role ('ignore' drops it). */
  readonly roles?: RoleOverrides;
  readonly year?: number;
  readonly throughMonth?: number;
  /** A structure chosen outside the workbook (--template, --chart, an SIE file's chart): used instead of its Rapportstruktur sheet. */
  readonly template?: Template;
};

/**
 * A workbook read once: the ledger validated and its columns resolved, the report structure
 * read. Unit, signs, forecast method and breakdown change only the rendering (render-report.ts),
 * so the task pane and the CLI render any number of reports from one prepared ledger.
 */
export type PreparedLedger = {
  readonly options: PrepareOptions;
  readonly ledger: Ledger | null;
  /** The Rapportstruktur sheet, else the default (with the Motpart split when the ledger has Motpart); null when unreadable. */
  readonly template: Template | null;
  /** An unreadable Rapportstruktur sheet stops the report: the default would silently give other numbers. */
  readonly templateFailed: boolean;
  /** The year the checks ran for: the options' year, else the latest year with actuals. */
  readonly reportYear: number | null;
  /** What validateWorkbook found. */
  readonly issues: readonly Issue[];
  /** What reading the Rapportstruktur sheet found. */
  readonly templateIssues: readonly Issue[];
  /** The forecasts stored on the Prognoshistorik sheet (read with the ledger: the report's sentence and columns come from it). */
  readonly history: HistoryRead;
};

/**
 * Validates and reads once. Coverage is reported by buildReport (with amounts), so
 * validateWorkbook runs without isCovered.
 */
export function prepareLedger(snapshot: WorkbookSnapshot, options: PrepareOptions = {}): PreparedLedger {
  const read = options.template ? { template: options.template, issues: [] } : readTemplate(snapshot);
  const validation = validateWorkbook(snapshot, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.roles !== undefined ? { roles: options.roles } : {}),
    ...(options.year !== undefined ? { reportYear: options.year } : {}),
    ...(options.throughMonth !== undefined ? { throughMonth: options.throughMonth } : {}),
  });
  const ledger = validation.ledger;
  const templateFailed = read.template === null && read.issues.length > 0;
  const template = read.template ?? (ledger && !templateFailed ? defaultTemplate(ledger.dimensions[MOTPART] !== undefined) : null);
  return { options, ledger, template, templateFailed, reportYear: validation.reportYear, issues: validation.issues, templateIssues: read.issues, history: readForecastHistory(snapshot) };
}

/**
 * Whether a report for `year` (and `throughMonth`) may be rendered from `prepared` without
 * reading again: the checks ran for that year, and the ledger's rows do not take their period
 * from the options (a ledger with a period column; an aggregated listing or a period-less typed
 * list reads its period from the title or the options, so a new month means a new read).
 */
export function fitsPrepared(prepared: PreparedLedger, year: number | undefined, throughMonth: number | undefined): boolean {
  if (year === prepared.options.year && throughMonth === prepared.options.throughMonth) return true;
  const ledger = prepared.ledger;
  if (!ledger) return false;
  const periodColumn = ledger.form !== 'aggregated' && ledger.columns.some((c) => c.role === 'period');
  // Month-only periods without a year column take their year from the options: read again.
  const monthOnly = prepared.issues.some((i) => i.code === 'month-without-year');
  return periodColumn && !monthOnly && (year ?? prepared.reportYear) === prepared.reportYear;
}
