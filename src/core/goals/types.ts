import type { Issue } from '../issue';

/**
 * Goals and indicators (målindikatorer) as read from a goal table, and the judgement of them
 * by the rule of DOMAIN.md §6.
 */
export type Direction = 'higher' | 'lower';

/** A target or outcome as read from one cell. Percentages are held in percent points (52.6). */
export type GoalValue =
  | { readonly kind: 'number'; readonly value: number; readonly preliminary: boolean; readonly percent: boolean }
  | { readonly kind: 'missing' };

/** Where a value came from, for issues and for the "select the cell" link in the task pane. */
export type CellPlace = { readonly sheet: string; readonly address: string };

export type IndicatorRow = {
  readonly indicator: string;
  readonly unit: string | null;
  readonly direction: Direction;
  readonly target: GoalValue;
  /** Outcome for the target year (from the Utfall column, else the Prel utfall column). */
  readonly outcome: GoalValue;
  /** Outcome for the year before the target year. */
  readonly previous: GoalValue;
  /** The indicator's row in the source, as an A1 row range ("A7:K7"). */
  readonly place: CellPlace;
};

/** The five goal statuses, in the order of the scale (best first). */
export type GoalStatus = 'HELT' | 'I_HOG_GRAD' | 'DELVIS' | 'EJ' | 'EJ_UTVARDERAD';
export type IndicatorStatus = 'MET' | 'NEAR' | 'IMPROVING' | 'NOT_MET' | 'NO_DATA';

/** A manual assessment (Bedömning) as written by the controller. */
export type ManualAssessment = {
  readonly text: string;
  /** The status the text names, when it names one. */
  readonly status: GoalStatus | null;
  /** A numeric assessment on the 1–3 scale, when the cell holds one. */
  readonly score: 1 | 2 | 3 | null;
  readonly place: CellPlace;
};

export type GoalRow = {
  readonly area: string | null;
  readonly goal: string;
  readonly indicators: readonly IndicatorRow[];
  readonly manual: ManualAssessment | null;
  readonly place: CellPlace;
};

export type GoalTable = {
  readonly sheet: string;
  /** A1 range from the header row to the last data row. */
  readonly range: string;
  /** The target year (from the option, or the Mål/Utfall headers). */
  readonly year: number | null;
  readonly goals: readonly GoalRow[];
  readonly hasManualColumn: boolean;
};

export type IndicatorResult = {
  readonly row: IndicatorRow;
  /** U/T (higher is better) or T/U (lower is better); null when it cannot be formed. */
  readonly ratio: number | null;
  readonly status: IndicatorStatus;
};

export type GoalResult = {
  readonly area: string | null;
  readonly goal: string;
  /** The status by the rule. */
  readonly ruleStatus: GoalStatus;
  /** What is shown: the manual assessment when it names a status, else the rule's. */
  readonly status: GoalStatus;
  /** 1–3 of `status`; null for Ej utvärderad. */
  readonly score: 1 | 2 | 3 | null;
  readonly manual: ManualAssessment | null;
  /** The manual assessment differs from the rule. */
  readonly differs: boolean;
  readonly indicators: readonly IndicatorResult[];
  readonly place: CellPlace;
};

export type GoalSummary = {
  readonly counts: Readonly<Record<GoalStatus, number>>;
  /** Median and mean of the scores of evaluated goals; null when none is evaluated. */
  readonly median: number | null;
  readonly mean: number | null;
};

export type GoalReport = {
  readonly year: number | null;
  /** Manual assessments that differ from the rule, and options out of range. */
  readonly issues: readonly Issue[];
  readonly threshold: number;
  readonly goals: readonly GoalResult[];
  readonly summary: GoalSummary;
};
