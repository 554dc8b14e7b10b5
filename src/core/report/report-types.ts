import type { Issue } from '../issue';
import type { LineType, Template } from './template';

export type ForecastMethod = 'linear' | 'remaining-budget' | 'budget-ratio' | 'prior-year-profile' | 'manual';
export type SignConvention = 'costs-negative' | 'income-negative';
export type Unit = 'kr' | 'tkr' | 'mnkr';

export const FORECAST_METHODS: readonly ForecastMethod[] = ['linear', 'remaining-budget', 'budget-ratio', 'prior-year-profile', 'manual'];
export const SIGN_CONVENTIONS: readonly SignConvention[] = ['costs-negative', 'income-negative'];
export const UNITS: readonly Unit[] = ['kr', 'tkr', 'mnkr'];

/** The defaults of every way in (pane, CLI, demo): outcome + remaining budget, costs negative, tkr. */
export const DEFAULT_REPORT_OPTIONS: { readonly forecast: ForecastMethod; readonly signs: SignConvention; readonly unit: Unit } = {
  forecast: 'remaining-budget',
  signs: 'costs-negative',
  unit: 'tkr',
};

export type ReportOptions = {
  /** Report year; default the latest year with actuals. */
  readonly year?: number;
  /** Last month included (1–12); default the last month with actuals in the year. */
  readonly throughMonth?: number;
  readonly forecast: ForecastMethod;
  readonly signs: SignConvention;
  readonly unit: Unit;
  /** A dimension name (Ansvar, Verksamhet, …): one block per value plus the total. */
  readonly by?: string;
};

export const COLUMN_IDS = [
  'budgetYear',
  'budgetPeriod',
  'actualPeriod',
  'variancePeriod',
  'forecastYear',
  'varianceYear',
  'actualPriorPeriod',
  'changePeriod',
  'actualPriorYear',
  'utilisation',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * Kronor, unrounded, in the chosen sign convention; utilisation is Utfall/Budget helår, null when
 * the budget is under a krona or has the other sign than the outcome.
 */
export type LineValues = Record<ColumnId, number | null>;

export type ReportLine = {
  readonly id: string;
  readonly label: { readonly sv: string; readonly en: string };
  readonly type: LineType;
  readonly level: number;
  /** For summa lines: the ids of the lines added (as evaluated). */
  readonly parts: readonly string[];
  readonly note?: 'unverified';
  readonly values: LineValues;
};

export type ReportBlock = { readonly key: string; readonly lines: readonly ReportLine[] };

export type Breakdown = {
  readonly dimension: string;
  readonly blocks: readonly ReportBlock[];
  /** One row per value: the net line (or the template's top line) of its block. */
  readonly summary: readonly { readonly key: string; readonly lineId: string; readonly values: LineValues }[];
  /** Display labels per key where they differ from it (`--by Konto`: "5110 Löner"). */
  readonly labels?: Readonly<Record<string, string>>;
};

export type Check = {
  readonly id: 'reconcile';
  readonly column: ColumnId;
  /** The top line of the template (Årets resultat in the default). */
  readonly lineId: string;
  readonly report: number;
  /** The ledger total of in-scope accounts for the column, same sign convention. */
  readonly ledger: number;
  readonly ok: boolean;
};

export type Report = {
  readonly year: number;
  /** Last month included, 1–12. */
  readonly through: number;
  readonly unit: Unit;
  readonly signs: SignConvention;
  readonly forecastMethod: ForecastMethod;
  readonly template: Template;
  readonly lines: readonly ReportLine[];
  readonly breakdown?: Breakdown;
  readonly checks: readonly Check[];
  readonly issues: readonly Issue[];
};
