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
export type ForecastMethod = 'linear' | 'remaining-budget' | 'budget-ratio' | 'prior-year-profile' | 'manual';
export type Unit = 'kr' | 'tkr' | 'mnkr';
export type SignConvention = 'costs-negative' | 'income-negative';
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

/** A drafted paragraph under the report table (topic: net, income, costs, forecast, prior-year or a line id). */
export type CommentaryParagraph = { readonly topic: string; readonly block?: string; readonly text: string };

export type ReportRun = {
  /** The report table (first grid); null when errors stop the report. */
  readonly grid: ReportGrid | null;
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
  /** The drafted commentary, in the pane's language and the report's unit. */
  readonly commentary?: readonly CommentaryParagraph[];
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

type Texts = { readonly sv: string; readonly en: string };

/** One section of the whole follow-up: where it goes, or why it is skipped. */
export type FollowUpSection =
  | { readonly id: string; readonly title: Texts; readonly kind: 'written'; readonly sheets: readonly string[] }
  | { readonly id: string; readonly title: Texts; readonly kind: 'skipped'; readonly reason: Texts };

export type FollowUpRun = {
  readonly sections: readonly FollowUpSection[];
  /** The contents sheet first, then every section's tables, in report order. */
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
};

/** A line of the investment table as the Investeringar tab summarises it (kronor, unrounded). */
export type InvestmentSummaryLine = { readonly id: string; readonly label: string; readonly type: 'group' | 'line' | 'project' | 'total'; readonly budget: number; readonly forecast: number; readonly variance: number };

export type InvestmentRun = {
  readonly found: boolean;
  readonly unit: Unit;
  /** The top-level lines and the total. */
  readonly lines: readonly InvestmentSummaryLine[];
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
};

/** The ledger rows behind one amount cell of the report, for *Visa underlag* (amounts in kronor). */
export type UnderlagView = {
  /** "Personalkostnader, Utfall jan–aug 2025" (and the block). */
  readonly title: string;
  readonly value: number;
  readonly accounts: readonly {
    readonly label: string;
    readonly amount: number;
    readonly rows: readonly { readonly row: number; readonly sheet: string; readonly address: string; readonly amount: number }[];
  }[];
  /** The list as a table for a sheet of its own (*Infoga underlag*). */
  readonly grid: ReportGrid;
};

/** Tables are written in the pane's language. */
export type Engine = {
  inspect(snapshot: WorkbookSnapshot, roles?: ReportOptions['roles']): Inspection;
  report(snapshot: WorkbookSnapshot, options: ReportOptions, lang: Lang): ReportRun;
  goals(snapshot: WorkbookSnapshot, asOf: string, lang: Lang): GoalRun;
  assignments(snapshot: WorkbookSnapshot, asOf: string, lang: Lang): AssignmentRun;
  investments(snapshot: WorkbookSnapshot, lang: Lang): InvestmentRun;
  followUp(snapshot: WorkbookSnapshot, asOf: string, lang: Lang, options?: Partial<ReportOptions>): FollowUpRun;
  /** The rows behind the cell at a 0-based offset in the report block; null for no amount cell. */
  underlag?(snapshot: WorkbookSnapshot, options: ReportOptions, lang: Lang, at: { readonly row: number; readonly col: number }): UnderlagView | null;
};
