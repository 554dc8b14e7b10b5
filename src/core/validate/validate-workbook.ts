import type { Issue } from '../issue';
import type { WorkbookSnapshot } from '../snapshot';
import type { Ledger } from '../ledger/types';
import type { LedgerOptions } from '../ledger/read';
import { readLedger } from '../ledger/read';
import { defaultReportYear, inconsistentSigns, missingMonths, noBudget, outOfRange, periodColumn, uncoveredAccounts } from './checks';
import { duplicateRows } from './duplicates';

export type ValidateOptions = LedgerOptions & {
  /** The year the report is for; default the latest year with actuals. */
  readonly reportYear?: number;
  /** Whether the report structure places an account on some line; the coverage check runs only when given. */
  readonly isCovered?: (account: string) => boolean;
};

export type Validation = { readonly ledger: Ledger | null; readonly issues: Issue[]; readonly reportYear: number | null };

/** Reads the ledger and checks it; every problem is an Issue with a sheet and a cell. */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): Validation {
  const { ledger, issues } = readLedger(snapshot, { ...options, year: options.year ?? options.reportYear });
  if (!ledger) return { ledger, issues, reportYear: options.reportYear ?? null };
  const year = options.reportYear ?? defaultReportYear(ledger);
  if (year === null) return { ledger, issues, reportYear: null };
  const found = [
    ...duplicateRows(ledger, periodColumn(ledger)),
    ...missingMonths(ledger, year),
    ...outOfRange(ledger, year),
    ...noBudget(ledger, year),
    ...inconsistentSigns(ledger, year),
    ...(options.isCovered ? uncoveredAccounts(ledger, year, options.isCovered) : []),
  ];
  return { ledger, issues: [...issues, ...found], reportYear: year };
}
