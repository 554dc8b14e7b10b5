import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { WorkbookSnapshot } from '../snapshot';
import { rangeA1 } from '../address';
import type { Ledger } from './types';
import type { RoleOverrides } from './find-table';
import { findTable } from './find-table';
import { resolveColumns } from './columns';
import { contextPeriod } from './context-period';
import { readRows } from './read-rows';
import { ambiguousAmounts, checksNotRun, emptyLedger, externalLinks, hiddenSheet } from './sheet-checks';

export type LedgerOptions = {
  readonly sheet?: string;
  /** Header text as in the sheet → role, overriding detection ('ignore' drops the column). */
  readonly roles?: RoleOverrides;
  /** Report year for the aggregated form (and month-only periods). */
  readonly year?: number;
  readonly throughMonth?: number;
};

export type LedgerRead = { readonly ledger: Ledger | null; readonly issues: Issue[] };

/**
 * Finds the ledger table (any sheet, header in the first 50 rows), resolves its columns and
 * form (long, typed, aggregated), reads it, and says which sign convention it uses.
 */
export function readLedger(snapshot: WorkbookSnapshot, options: LedgerOptions = {}): LedgerRead {
  const found = findTable(snapshot, options.sheet, options.roles);
  if (found.kind === 'no-sheet') {
    return { ledger: null, issues: [makeIssue('sheet-not-found', 'error', { wanted: options.sheet, sheets: found.sheets.join(', ') })] };
  }
  if (found.kind === 'none') {
    const one = found.searched.length === 1 ? found.searched[0] : undefined;
    return { ledger: null, issues: [makeIssue('no-ledger', 'error', { sheets: found.searched.join(', ') }, one ? { sheet: one } : {})] };
  }
  const table = found.table;
  const { resolved, issues } = resolveColumns(table);
  if (!resolved) return { ledger: null, issues };
  const sheet = table.sheet;
  const ctx = contextPeriod(sheet, table.headerRow, options.year, options.throughMonth);
  // An aggregated listing, or a typed list without a period column: the period comes from the title or the options.
  if (resolved.period < 0) {
    if (ctx.year === null) {
      issues.push(makeIssue('no-report-period', 'error', {}, { sheet: sheet.name, address: rangeA1(table.headerRow, Math.min(...table.cells.map((c) => c.col)), 1, 1) }));
      return { ledger: null, issues };
    }
    if (ctx.month === null) issues.push(makeIssue('period-assumed', 'warning', { year: ctx.year, month: 12 }, { sheet: sheet.name }));
  }
  const ledger = readRows(sheet, table.headerRow, resolved, ctx.year, ctx.month ?? 12, issues);
  issues.push(...emptyLedger(ledger), ...hiddenSheet(sheet), ...externalLinks(sheet, ledger), ...checksNotRun(sheet), ...ambiguousAmounts(sheet, ledger));
  if (ledger.size > 0) issues.push(signIssue(ledger));
  return { ledger, issues };
}

function signIssue(ledger: Ledger): Issue {
  const where = { sheet: ledger.sheet };
  if (ledger.rawSign === 'unknown') return makeIssue('sign-assumed', 'warning', { sign: 'unknown' }, where);
  return makeIssue('sign-assumed', 'info', { sign: ledger.rawSign }, where);
}
