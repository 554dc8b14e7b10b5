import { cellA1 } from '../address';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { InvestmentColumnCell, InvestmentRole, InvestmentTable } from './columns';

/**
 * One column per role, and the ledger's form: typed (a Typ column with one amount column),
 * long (a period column) or aggregated (neither: the period comes from a title or the options).
 * A Typ column beside separate amount columns names the investment type: it is then the
 * category, unless the ledger has one.
 */
export type ResolvedInvestmentColumns = {
  readonly form: 'long' | 'typed' | 'aggregated';
  readonly col: Readonly<Partial<Record<InvestmentRole, number>>>;
  readonly header: Readonly<Partial<Record<InvestmentRole, string>>>;
  /** Amount columns in sheet order; in the typed form the one amount column has role 'actual'. */
  readonly amounts: readonly { readonly col: number; readonly role: InvestmentRole }[];
};

const AMOUNT_ROLES: readonly InvestmentRole[] = ['actual', 'actualPrior', 'budget', 'budgetYear', 'forecast', 'originalBudget', 'budgetChange'];

export function resolveInvestmentColumns(table: InvestmentTable): { resolved: ResolvedInvestmentColumns; issues: Issue[] } {
  const issues: Issue[] = [];
  let cells: InvestmentColumnCell[] = [...table.cells];
  const typeCell = cells.find((c) => c.role === 'amountType');
  const separate = cells.some((c) => c.role !== 'actual' && c.role !== 'actualPrior' && AMOUNT_ROLES.includes(c.role));
  if (typeCell && separate) {
    const hasCategory = cells.some((c) => c.role === 'category');
    cells = cells.filter((c) => c !== typeCell);
    if (!hasCategory) cells.push({ ...typeCell, role: 'category' });
  }
  const col: Partial<Record<InvestmentRole, number>> = {};
  const header: Partial<Record<InvestmentRole, string>> = {};
  for (const c of cells) {
    if (col[c.role] === undefined) {
      col[c.role] = c.col;
      header[c.role] = c.header;
      continue;
    }
    const first = cellA1(table.headerRow, col[c.role] as number);
    const second = cellA1(table.headerRow, c.col);
    issues.push(makeIssue('investments.ambiguous-column', 'warning', { first: header[c.role] ?? '', second: c.header, firstAddress: first, secondAddress: second }, { sheet: table.sheet.name, address: second }));
  }
  const typed = col.amountType !== undefined && !separate;
  const form = typed ? 'typed' : col.period !== undefined ? 'long' : 'aggregated';
  const amounts = AMOUNT_ROLES.filter((r) => col[r] !== undefined)
    .map((role) => ({ col: col[role] as number, role }))
    .sort((a, b) => a.col - b.col);
  return { resolved: { form, col, header, amounts }, issues };
}
