import type { IssueCode, Severity } from '../issue';
import type { ParamsOf } from '../i18n/catalog';
import type { SieEncoding } from './encoding';

/**
 * An SIE file as read: the records the ledger needs, each with its 1-based line number, in the
 * file's own sign (debit positive, credit negative) and in exact integer öre.
 */
export type ObjectRef = { readonly dim: string; readonly obj: string };

export type FinancialYear = { readonly index: number; readonly start: number; readonly end: number; readonly line: number };

export type Account = { readonly name: string; readonly line: number };

export type DimensionDecl = { readonly name: string; readonly line: number; readonly parent?: string };

/** #PSALDO / #PBUDGET: one month's change for an account (and object list). */
export type PeriodRow = {
  readonly year: number;
  readonly period: number;
  readonly account: string;
  readonly objects: readonly ObjectRef[];
  readonly ore: number;
  readonly line: number;
};

/** #IB #UB #OIB #OUB. */
export type BalanceRow = {
  readonly label: 'IB' | 'UB' | 'OIB' | 'OUB';
  readonly year: number;
  readonly account: string;
  readonly objects: readonly ObjectRef[];
  readonly ore: number;
  readonly line: number;
};

export type ResultRow = { readonly year: number; readonly account: string; readonly ore: number; readonly line: number };

/** A counted voucher row: a #TRANS (or an #RTRANS that no identical #TRANS followed). */
export type TransRow = {
  readonly account: string;
  readonly objects: readonly ObjectRef[];
  readonly ore: number;
  /** The row's own date when given, else the voucher's (YYYYMMDD as a number), or null. */
  readonly date: number | null;
  readonly line: number;
};

export type Voucher = {
  readonly series: string;
  readonly number: string;
  readonly date: number | null;
  readonly line: number;
  readonly rows: TransRow[];
};

export type SieMeta = {
  flagga?: string;
  format?: string;
  sieType?: string;
  program?: string;
  generated?: string;
  company?: string;
  orgnr?: string;
  chart?: string;
};

/** The issue codes of SIE reading: the sie.* keys of the catalog (i18n/sie-messages.ts). */
export type SieCode = Extract<IssueCode, `sie.${string}`>;

/**
 * A problem found while reading, before it becomes an Issue: every one carries its line, and the
 * params its code's message takes (typed per code, as makeIssue's).
 */
export type SieProblem = { [C in SieCode]: { readonly code: C; readonly severity: Severity; readonly line: number; readonly params: ParamsOf<C> } }[SieCode];

/** A SIE code's params without the line, which the problem helpers add from the record. */
export type ProblemParams<C extends SieCode> = Omit<ParamsOf<C>, 'line'>;

/** The problem for `code` on `line`, with the line in its params too. */
export function sieProblem<C extends SieCode>(code: C, line: number, params: ProblemParams<C>, severity: Severity = 'warning'): SieProblem {
  return { code, severity, line, params: { line, ...params } } as unknown as SieProblem;
}

export type SieFile = {
  readonly encoding: SieEncoding;
  readonly meta: SieMeta;
  readonly years: Map<number, FinancialYear>;
  readonly accounts: Map<string, Account>;
  readonly dims: Map<string, DimensionDecl>;
  /** Key: dim + '\u0000' + object number. */
  readonly objects: Map<string, { readonly name: string; readonly line: number }>;
  readonly balances: BalanceRow[];
  readonly results: ResultRow[];
  readonly psaldo: PeriodRow[];
  readonly pbudget: PeriodRow[];
  readonly vouchers: Voucher[];
  readonly problems: SieProblem[];
  readonly lineCount: number;
};

export function objectKey(dim: string, obj: string): string {
  return `${dim}\u0000${obj}`;
}
