import { cellA1 } from '../address';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { ColumnRole, LedgerColumn, LedgerForm } from './types';
import type { HeaderCell, TableCandidate } from './find-table';

/**
 * From the recognised header cells to the columns the reader uses: one column per role (and
 * per dimension), the form of the ledger, and the issues when a required column is missing or
 * two headers claim the same role.
 */
export type AmountColumn = { readonly col: number; readonly role: ColumnRole };

export type ResolvedColumns = {
  readonly form: LedgerForm;
  readonly columns: readonly LedgerColumn[];
  readonly account: number;
  readonly accountText: number;
  readonly period: number;
  readonly year: number;
  readonly amountType: number;
  readonly amounts: readonly AmountColumn[];
  readonly dimensions: readonly { readonly name: string; readonly col: number }[];
};

function yearIn(header: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(header);
  return m ? Number(m[1]) : null;
}

/** "Utfall 2025" beside "Utfall 2024": the earlier year is the prior-year comparison. */
function splitYearColumns(cells: readonly HeaderCell[]): HeaderCell[] {
  const actuals = cells.filter((c) => c.role === 'actual');
  const years = actuals.map((c) => yearIn(c.header));
  if (actuals.length < 2 || years.some((y) => y === null) || new Set(years).size !== years.length) return [...cells];
  const latest = Math.max(...(years as number[]));
  return cells.map((c) => (c.role === 'actual' && yearIn(c.header) === latest - 1 ? { ...c, role: 'actualPrior' as ColumnRole } : c));
}

function keyOf(c: HeaderCell): string {
  return c.role === 'dimension' ? `dimension:${c.dimension}` : c.role;
}

export function resolveColumns(table: TableCandidate): { resolved: ResolvedColumns | null; issues: Issue[] } {
  const sheet = table.sheet.name;
  const issues: Issue[] = [];
  let cells = splitYearColumns(table.cells);
  const hasType = cells.some((c) => c.role === 'amountType');
  const hasSeparateKinds = cells.some((c) => c.role === 'budget' || c.role === 'budgetYear' || c.role === 'forecast');
  if (hasType && !hasSeparateKinds) cells = cells.map((c) => (c.role === 'actual' ? { ...c, role: 'amount' as ColumnRole } : c));
  if (hasType && hasSeparateKinds) cells = cells.filter((c) => c.role !== 'amountType');

  const chosen = new Map<string, HeaderCell>();
  for (const c of cells) {
    const k = keyOf(c);
    const first = chosen.get(k);
    if (!first) {
      chosen.set(k, c);
      continue;
    }
    const a = cellA1(table.headerRow, first.col);
    const b = cellA1(table.headerRow, c.col);
    issues.push(makeIssue('ambiguous-column', 'error', { role: k, first: first.header, second: c.header, firstAddress: a, secondAddress: b }, { sheet, address: b }));
  }
  const headerRange = `${cellA1(table.headerRow, Math.min(...table.cells.map((c) => c.col)))}:${cellA1(table.headerRow, Math.max(...table.cells.map((c) => c.col)))}`;
  const found = [...chosen.values()].map((c) => c.header).join(', ');
  if (!chosen.has('account')) {
    issues.push(makeIssue('missing-column', 'error', { role: 'account', row: table.headerRow + 1, found }, { sheet, address: headerRange }));
  }
  const amountRoles: ColumnRole[] = ['actual', 'budget', 'budgetYear', 'forecast', 'amount', 'actualPrior'];
  const amounts = amountRoles.filter((r) => chosen.has(r)).map((r) => ({ col: (chosen.get(r) as HeaderCell).col, role: r }));
  if (amounts.length === 0) {
    issues.push(makeIssue('missing-column', 'error', { role: 'amount', row: table.headerRow + 1, found }, { sheet, address: headerRange }));
  }
  if (hasType && !hasSeparateKinds && !chosen.has('amount')) return { resolved: null, issues };
  if (!chosen.has('account') || amounts.length === 0) return { resolved: null, issues };

  const col = (r: string): number => chosen.get(r)?.col ?? -1;
  const form: LedgerForm = chosen.has('amountType') ? 'typed' : chosen.has('period') ? 'long' : 'aggregated';
  const columns: LedgerColumn[] = [...chosen.values()]
    .sort((a, b) => a.col - b.col)
    .map((c) => ({ role: c.role, header: c.header, col: c.col, ...(c.dimension ? { dimension: c.dimension } : {}) }));
  const dimensions = columns.filter((c) => c.role === 'dimension').map((c) => ({ name: c.dimension as string, col: c.col }));
  return {
    resolved: {
      form,
      columns,
      account: col('account'),
      accountText: col('accountText'),
      period: col('period'),
      year: col('year'),
      amountType: col('amountType'),
      amounts,
      dimensions,
    },
    issues,
  };
}
