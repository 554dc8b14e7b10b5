/**
 * The ledger as the engine sees it after reading: columnar typed arrays, one entry per
 * (source row × amount kind). A long-form row with Utfall, Budget and Prognos columns gives
 * three entries; a Typ-column row gives one. Built for speed: a million entries group in
 * tens of milliseconds.
 */
export type ColumnRole =
  | 'account'
  | 'accountText'
  | 'period'
  | 'actual'
  | 'budget'
  | 'budgetYear'
  | 'forecast'
  | 'amountType'
  | 'amount'
  | 'actualPrior'
  | 'dimension'
  /** A separate year column (År) combined with a month-only period column. */
  | 'year';

/** What an entry's amount is; the Ledger's `kind` array holds these numbers. */
export const AMOUNT_KIND = { actual: 0, budget: 1, forecast: 2 } as const;
export type AmountKind = (typeof AMOUNT_KIND)[keyof typeof AMOUNT_KIND];

export type LedgerForm = 'long' | 'typed' | 'aggregated';

/** Raw sign in the source: bookkeeping (income negative, costs positive) or flipped. */
export type RawSign = 'income-negative' | 'costs-negative' | 'unknown';

export type LedgerColumn = {
  readonly role: ColumnRole;
  readonly header: string;
  /** 0-based sheet column. */
  readonly col: number;
  /** For role 'dimension': the canonical dimension name (Ansvar, Verksamhet, Motpart, …). */
  readonly dimension?: string;
};

export type Dimension = {
  readonly name: string;
  /** Distinct values in order of first appearance; index 0 is '' (no value). */
  readonly values: readonly string[];
  /** Per entry: index into values. */
  readonly index: Int32Array;
};

export type Ledger = {
  readonly sheet: string;
  /** A1 range of the table (header row to last data row). */
  readonly range: string;
  readonly headerRow: number;
  readonly form: LedgerForm;
  readonly columns: readonly LedgerColumn[];
  /** Distinct account codes (as text, digits only), in order of first appearance. */
  readonly accounts: readonly string[];
  /** Account text per distinct account ('' when none). */
  readonly accountTexts: readonly string[];
  /** Number of entries. */
  readonly size: number;
  /** Per entry: index into accounts. */
  readonly account: Int32Array;
  /**
   * Per entry: year*100 + month; month 0 means an amount for the whole year (Årsbudget,
   * Budget helår, Prognos helår).
   */
  readonly period: Int32Array;
  /** Per entry: AmountKind. */
  readonly kind: Uint8Array;
  /** Per entry: amount in kronor, as read (raw sign). */
  readonly amount: Float64Array;
  /** Per entry: 0-based sheet row it came from. */
  readonly sourceRow: Int32Array;
  /** Dimensions by canonical name (Ansvar, Verksamhet, Motpart, …). */
  readonly dimensions: Readonly<Record<string, Dimension>>;
  /** Years present in the ledger, ascending. */
  readonly years: readonly number[];
  readonly rawSign: RawSign;
};
