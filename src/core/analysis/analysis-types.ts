/**
 * A report line's deviation split into what causes it. Amounts in öre (integers), in the
 * report's sign convention, favourable positive like the report's Avvikelse columns.
 */
export type Contribution = {
  /** The account code, or the dimension value ('' for rows without one). */
  readonly key: string;
  /** "4610 Konsulttjänster", or the dimension value. */
  readonly label: string;
  readonly ore: number;
};

/** One way of splitting: by account, or by the values of one dimension (Ansvar, Motpart …). */
export type Decomposition = {
  readonly by: 'account' | 'dimension';
  /** The dimension's name when `by` is 'dimension'. */
  readonly dimension?: string;
  /** The largest parts by size, largest first (ties by key). */
  readonly parts: readonly Contribution[];
  /**
   * Everything else: the parts not listed (`count` of them) plus the rounding of each listed
   * part to the öre, so that the listed parts and the rest add up to the deviation exactly.
   */
  readonly rest: { readonly ore: number; readonly count: number };
};

export type Deviation = {
  /** The line's deviation, the report's cell rounded to the öre. */
  readonly ore: number;
  readonly decompositions: readonly Decomposition[];
};

export type LineDeviation = {
  readonly lineId: string;
  /** Avvikelse perioden: outcome against the budget to date. */
  readonly period: Deviation;
  /** Avvikelse prognos/budget: the full-year forecast against the annual budget. */
  readonly forecast: Deviation;
};

export type DeviationAnalysis = {
  /** The report's lines (the total when there is a breakdown). */
  readonly lines: readonly LineDeviation[];
  /** Per breakdown block, in the report's block order. */
  readonly blocks: readonly { readonly key: string; readonly lines: readonly LineDeviation[] }[];
};

export type AnalysisOptions = {
  /** How many parts each decomposition lists (default 5); the rest goes to `rest`. */
  readonly top?: number;
  /**
   * Which lines of each breakdown block to analyse: 'all' (default) or only the block's
   * summary line (the net), which is what the drafted commentary names; 51 blocks × 13 lines
   * is most of the work on a large ledger.
   */
  readonly blockLines?: 'all' | 'summary';
};
