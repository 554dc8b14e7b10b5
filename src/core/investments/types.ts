import type { Issue } from '../issue';
import type { ForecastMethod, Unit } from '../report/report-types';

/**
 * The investment ledger as read (DOMAIN.md §11): one entry per source row and amount kind,
 * keyed by project. Amounts are expenditures: utgifter positive, inkomster and
 * investeringsbidrag negative (they reduce the net). Investment ledgers are small (hundreds of
 * projects), so entries are plain objects.
 */
export type InvestmentKind = 'actual' | 'budget' | 'originalBudget' | 'budgetChange' | 'forecast';

export type InvestmentEntry = {
  /** Index into InvestmentLedger.projects. */
  readonly project: number;
  readonly kind: InvestmentKind;
  /** year*100 + month; month 0 is an amount for the whole year. */
  readonly period: number;
  readonly amount: number;
  /** 0-based sheet row it came from. */
  readonly row: number;
};

export type Project = {
  /** The project code as written (trimmed). */
  readonly code: string;
  /** Projektnamn / Benämning, '' when none. */
  readonly name: string;
  /** The category column's value (Investeringstyp, Kategori, Investeringsområde), '' when none. */
  readonly category: string;
  /** 0-based sheet row and column of the project cell where it first appears. */
  readonly row: number;
  readonly col: number;
};

export type InvestmentLedger = {
  readonly sheet: string;
  readonly headerRow: number;
  readonly form: 'long' | 'typed' | 'aggregated';
  readonly projects: readonly Project[];
  readonly entries: readonly InvestmentEntry[];
  /** Which kinds the ledger has at all (columns or Typ values). */
  readonly kinds: ReadonlySet<InvestmentKind>;
  /** The category column's header, when there is one. */
  readonly categoryHeader?: string;
  /** Years with entries, ascending. */
  readonly years: readonly number[];
};

/** The columns of the investment table, in order; the first two only when the ledger has them. */
export const INVESTMENT_COLUMNS = [
  'originalBudget',
  'budgetChange',
  'budgetYear',
  'forecastYear',
  'varianceYear',
  'actualPeriod',
  'actualPriorPeriod',
  'changePeriod',
] as const;
export type InvestmentColumn = (typeof INVESTMENT_COLUMNS)[number];

/**
 * Kronor, unrounded, expenditures positive. budgetYear is the current annual budget (Total
 * budget); varianceYear = budgetYear − forecastYear (positive is under-spend); changePeriod =
 * actualPeriod − actualPriorPeriod.
 */
export type InvestmentValues = Record<InvestmentColumn, number>;

export type InvestmentLineType = 'group' | 'line' | 'project' | 'total';

export type InvestmentLine = {
  readonly id: string;
  readonly label: string;
  readonly level: number;
  readonly type: InvestmentLineType;
  /** Row keys of the lines this one adds (a line's id, 'projekt:<code>' for a project row); [] for a leaf. */
  readonly parts: readonly string[];
  readonly values: InvestmentValues;
};

export type InvestmentReport = {
  readonly year: number;
  /** Last month included, 1–12. */
  readonly through: number;
  readonly unit: Unit;
  readonly forecastMethod: ForecastMethod;
  /** Ursprunglig budget and Ombudgetering columns are shown (the ledger has them). */
  readonly budgetSplit: boolean;
  /** Total budget = Ursprunglig + Ombudgetering is a formula (the ledger has no Budget column). */
  readonly budgetDerived: boolean;
  /** Where the structure came from. */
  readonly structure: 'sheet' | 'category' | 'projects';
  readonly lines: readonly InvestmentLine[];
  readonly issues: readonly Issue[];
};
