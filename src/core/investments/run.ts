import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import { hasErrors } from '../issue';
import type { Lang } from '../i18n/types';
import type { ReportGrid } from '../grid';
import type { InvestmentLedger, InvestmentReport } from './types';
import { readInvestmentLedger } from './read-ledger';
import { readStructure } from './read-structure';
import { defaultStructure } from './default-structure';
import type { InvestmentOptions } from './build';
import { buildInvestments } from './build';
import { investmentGrid } from './grid';

export type RunInvestmentsOptions = Partial<InvestmentOptions> & {
  readonly lang?: Lang;
  readonly title?: string;
  /** The ledger sheet, when the workbook has several candidates. */
  readonly sheet?: string;
};

export type RunInvestmentsResult = {
  readonly ledger: InvestmentLedger | null;
  readonly report: InvestmentReport | null;
  /** Empty when any issue is an error: a table with a known error is not written. */
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
};

/**
 * Read the investment ledger and the structure, build, lay out: what the CLI and the task pane
 * call. An Investeringsstruktur sheet wins over the category column and the per-project table;
 * an unreadable one stops the report (another structure would give other totals than the user defined).
 */
export function runInvestments(snapshot: WorkbookSnapshot, options: RunInvestmentsOptions = {}): RunInvestmentsResult {
  const lang = options.lang ?? 'sv';
  const read = readInvestmentLedger(snapshot, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.throughMonth !== undefined ? { throughMonth: options.throughMonth } : {}),
  });
  const structure = readStructure(snapshot);
  const issues: Issue[] = [...read.issues, ...structure.issues];
  const ledger = read.ledger;
  if (!ledger || (structure.structure === null && structure.issues.length > 0)) return { ledger, report: null, grids: [], issues };
  const report = buildInvestments(ledger, structure.structure ?? defaultStructure(ledger, lang), {
    unit: options.unit ?? 'tkr',
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.throughMonth !== undefined ? { throughMonth: options.throughMonth } : {}),
    ...(options.forecast !== undefined ? { forecast: options.forecast } : {}),
    ...(options.projects !== undefined ? { projects: options.projects } : {}),
  });
  issues.push(...report.issues);
  const grids = hasErrors(issues) ? [] : [investmentGrid(report, { lang, ...(options.title !== undefined ? { title: options.title } : {}) })];
  return { ledger, report, grids, issues };
}
