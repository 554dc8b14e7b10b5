/**
 * Activity measures (verksamhetsmått): a multi-year table of counts and key figures — antal
 * elever, ärenden, besök … — with the change against last year. Blanks stay blank (no value is
 * not zero), "varav" rows are parts shown indented, and nothing is summed unless asked.
 */
export type MeasureRow = {
  readonly label: string;
  readonly unit: string | null;
  /** 0 for a measure, 1 for a "varav"/"därav" part of the measure above. */
  readonly level: 0 | 1;
  /** Per year of the table (same order as MeasureTable.years); null where the source is blank. */
  readonly values: readonly (number | null)[];
  /** The source row (0-based) of the label, for pointing back. */
  readonly sourceRow: number;
};

export type MeasureTable = {
  readonly sheet: string;
  readonly form: 'wide' | 'long';
  /** Ascending. */
  readonly years: readonly number[];
  readonly rows: readonly MeasureRow[];
};

export type MeasureLine = MeasureRow & {
  /** Latest year minus the year before; null when either is blank. */
  readonly change: number | null;
  /** change / the year before; null when that is blank or zero. */
  readonly changePercent: number | null;
};

export type MeasureReport = {
  readonly sheet: string;
  readonly years: readonly number[];
  readonly lines: readonly MeasureLine[];
  /** Sum over the top-level measures per year, only when asked for. */
  readonly total: readonly (number | null)[] | null;
};
