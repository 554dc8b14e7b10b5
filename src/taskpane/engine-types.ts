import type { Issue } from '../core/issue';
import type { ReportGrid } from '../core/grid';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { ColumnRole, RawSign } from '../core/ledger/types';
import type { GoalStatus } from '../core/goals/types';
import type { Lang } from '../core/i18n/types';

/**
 * What the task pane needs from the engine, in the pane's own terms. engine.ts implements it
 * over src/core; component tests pass a fake. The pane never reaches into core modules itself.
 */
import type { ForecastMethod, SignConvention, Unit } from '../core/report/report-types';

export type { ForecastMethod, SignConvention, Unit };
export type RoleChoice = ColumnRole | 'ignore';

export type ReportOptions = {
  /** Last month included, as yyyymm; 0 lets the engine take it from the ledger (aggregated listings). */
  readonly through: number;
  readonly forecast: ForecastMethod;
  readonly unit: Unit;
  readonly signs: SignConvention;
  /** A dimension to break the report down by (Ansvar, Verksamhet …). */
  readonly by?: string;
  /** Header → role corrections made in the Data step. */
  readonly roles?: Readonly<Record<string, RoleChoice>>;
};

export type LedgerColumnView = { readonly header: string; readonly col: number; readonly role: RoleChoice };

export type LedgerView = {
  readonly sheet: string;
  readonly range: string;
  readonly columns: readonly LedgerColumnView[];
  readonly years: readonly number[];
  readonly rawSign: RawSign;
  /** yyyymm of the last month with an outcome, when any. */
  readonly lastActual: number | null;
  /** Months (yyyymm) the report can run through, ascending. */
  readonly months: readonly number[];
  readonly dimensions: readonly string[];
};

export type Inspection = { readonly ledger: LedgerView | null; readonly issues: readonly Issue[] };

export type ReportRun = {
  /** The report table (first grid); null when errors stop the report. */
  readonly grid: ReportGrid | null;
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
};

export type Tone = 'green' | 'yellow' | 'red' | 'grey';

export type GoalLine = { readonly goal: string; readonly status: GoalStatus };

export type GoalRun = {
  readonly found: boolean;
  readonly goals: readonly GoalLine[];
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
};

export type CountLine = { readonly label: { readonly sv: string; readonly en: string }; readonly count: number; readonly tone: Tone };

export type AssignmentRun = {
  readonly found: boolean;
  readonly counts: readonly CountLine[];
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
};

/** Tables are written in the pane's language. */
export type Engine = {
  inspect(snapshot: WorkbookSnapshot, roles?: ReportOptions['roles']): Inspection;
  report(snapshot: WorkbookSnapshot, options: ReportOptions, lang: Lang): ReportRun;
  goals(snapshot: WorkbookSnapshot, asOf: string, lang: Lang): GoalRun;
  assignments(snapshot: WorkbookSnapshot, asOf: string, lang: Lang): AssignmentRun;
};
