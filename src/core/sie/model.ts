import type { Severity } from '../issue';
import type { Params } from '../i18n/types';
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

/** A problem found while reading, before it becomes an Issue: every one carries its line. */
export type SieProblem = { readonly code: string; readonly severity: Severity; readonly line: number; readonly params: Params };

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
