/**
 * A report template: the ordered lines of a follow-up table and how ledger accounts map to them.
 * Templates are data (DOMAIN.md §3): the default is class-based, a workbook may carry its own
 * `Rapportstruktur` sheet.
 */
export type LineType = 'konton' | 'varav' | 'summa';
export type MotpartFilter = 'intern' | 'extern' | 'all';

/** An account bound: the leading digits to compare ('5' is class 5, '61' is group 61). */
export type AccountRange = { readonly from: string; readonly to: string };

export type AccountRule = {
  /** The rule as written ('4000-7999;!61'). */
  readonly text: string;
  readonly include: readonly AccountRange[];
  readonly exclude: readonly AccountRange[];
};

export type TemplateLine = {
  readonly id: string;
  readonly label: { readonly sv: string; readonly en: string };
  readonly type: LineType;
  /** For 'konton' and 'varav' lines; empty for 'summa'. */
  readonly accounts: AccountRule;
  readonly motpart: MotpartFilter;
  /** For 'summa' lines: the ids of the lines added. */
  readonly sumOf: readonly string[];
  /** Indent level (0 = none). */
  readonly level: number;
  /** 'unverified' marks a default mapping DOMAIN.md could not verify (keep it editable). */
  readonly note?: 'unverified';
  /** Where the line was read from (Rapportstruktur row), for issues. */
  readonly source?: LineSource;
};

/** The Rapportstruktur row a line came from, with the A1 address of each cell read. */
export type LineSource = {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly cells: { readonly id?: string; readonly type?: string; readonly accounts?: string; readonly sumOf?: string; readonly level?: string };
};

export type Template = {
  /** 'default' or the sheet it was read from. */
  readonly origin: string;
  readonly lines: readonly TemplateLine[];
};

export const NO_ACCOUNTS: AccountRule = { text: '', include: [], exclude: [] };
