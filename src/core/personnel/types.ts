/**
 * Sick leave (sjukfrånvaro) as municipalities must report it in the annual report: hours of
 * sick leave as a share of available ordinary working time, for all employees, women, men and
 * three age groups, and the share of all sick leave that is long-term (60 days or more).
 * Figures are computed from hours, never from rounded percentages.
 */
export type SickGroupId = 'total' | 'women' | 'men' | 'age-29' | 'age-30-49' | 'age-50';

export const SICK_GROUPS: readonly SickGroupId[] = ['total', 'women', 'men', 'age-29', 'age-30-49', 'age-50'];

/** Summed hours of one group in one year. Interval hours are null when the source has no split. */
export type SickHours = {
  readonly sick: number;
  readonly available: number;
  readonly days1to14: number | null;
  readonly days15to59: number | null;
  /** Sick leave in periods of 60 days or more. */
  readonly days60: number | null;
  /** Employees in the group, null when the source does not say (a per-group table without a count). */
  readonly employees: number | null;
};

/** Where the figures came from: one row per employee, or one row per group. */
export type SickSourceForm = 'per-employee' | 'per-group';

export type SickTable = {
  readonly sheet: string;
  readonly form: SickSourceForm;
  /** Years present, ascending; a source without a year column has the one year it was given (or 0). */
  readonly years: readonly number[];
  /** Hours per year and group. */
  readonly hours: ReadonlyMap<number, ReadonlyMap<SickGroupId, SickHours>>;
};

/** One figure: a share (0–1, unrounded), or why there is none. */
export type SickFigure =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'suppressed'; readonly employees: number }
  | { readonly kind: 'missing' };

export type SickRowId = SickGroupId | 'days1to14' | 'days15to59' | 'days60' | 'long-share';

export type SickRow = {
  readonly id: SickRowId;
  /** Per year, in the report's order of years. */
  readonly figures: readonly SickFigure[];
  /** Last year minus the year before, in shares (percentage points / 100); null when either is not a value. */
  readonly difference: number | null;
};

export type SickLeaveReport = {
  readonly sheet: string;
  readonly form: SickSourceForm;
  /** One or two years, ascending: the report year and, when present, the year before. */
  readonly years: readonly number[];
  readonly rows: readonly SickRow[];
  /** Groups with fewer employees than this are not reported. */
  readonly minGroupSize: number;
  /** Whether group sizes were known (per-employee files, or a per-group table with a count column). */
  readonly sizesKnown: boolean;
};
