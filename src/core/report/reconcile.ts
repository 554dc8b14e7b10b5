import type { Ledger } from '../ledger/types';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { Template } from './template';
import type { TemplatePlan } from './check-template';
import type { Accumulation } from './accumulate';
import { SLOT, SLOTS } from './accumulate';
import type { Check, ColumnId, LineValues } from './report-types';
import { columnLabel } from './columns';
import { accountCell } from './account-flags';

/**
 * Reconciliation: the template's top line must equal the ledger total of the in-scope accounts,
 * column by column; a leaf that no sum reaches makes the difference and is named. Accounts no
 * konton line takes are listed with their amounts.
 */
const CHECKED: readonly [ColumnId, number][] = [
  ['budgetYear', SLOT.budgetYear],
  ['budgetPeriod', SLOT.budgetPeriod],
  ['actualPeriod', SLOT.actualPeriod],
  ['actualPriorPeriod', SLOT.actualPriorPeriod],
  ['actualPriorYear', SLOT.actualPriorYear],
];

/** The last summa line no other line adds: Årets resultat in the default template. */
export function rootLine(template: Template, plan: TemplatePlan): number {
  const used = new Set(plan.parts.flat());
  for (let i = template.lines.length - 1; i >= 0; i--) if (template.lines[i].type === 'summa' && !used.has(i) && !plan.broken.has(i)) return i;
  return -1;
}

function reachable(root: number, plan: TemplatePlan): Set<number> {
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (seen.has(i)) continue;
    seen.add(i);
    stack.push(...plan.parts[i]);
  }
  return seen;
}

/**
 * With a manual forecast the forecast column is checked too, against the ledger's forecast rows
 * plus outcome + remaining budget of the accounts that have none (what the lines show for them).
 */
export function reconcile(
  template: Template,
  plan: TemplatePlan,
  acc: Accumulation,
  f: number,
  total: readonly LineValues[],
  opts: { readonly manual: boolean; readonly year: number; readonly through: number },
): { checks: Check[]; issues: Issue[] } {
  const root = rootLine(template, plan);
  if (root < 0) return { checks: [], issues: [] };
  const inTotal = reachable(root, plan);
  const leaves = template.lines.map((l, i) => (l.type === 'konton' ? i : -1)).filter((i) => i >= 0);
  const missing = leaves.filter((i) => !inTotal.has(i)).map((i) => template.lines[i].id);
  const columns = opts.manual ? [...CHECKED, ['forecastYear', SLOT.forecastYear] as [ColumnId, number]] : CHECKED;
  const checks: Check[] = [];
  const issues: Issue[] = [];
  for (const [column, slot] of columns) {
    let ledger = 0;
    for (let g = 0; g < acc.groups; g++) {
      for (const i of leaves) {
        const o = (g * acc.lines + i) * SLOTS;
        ledger += acc.sums[o + slot] + (column === 'forecastYear' ? acc.sums[o + SLOT.forecastRest] : 0);
      }
    }
    ledger *= f;
    const report = total[root][column] ?? 0;
    const ok = Math.abs(report - ledger) < 0.005 + 1e-9 * Math.abs(ledger);
    checks.push({ id: 'reconcile', column, lineId: template.lines[root].id, report, ledger, ok });
    if (!ok) {
      const p = {
        line: template.lines[root].id,
        column: columnLabel(column, opts.year, opts.through, 'sv'),
        columnEn: columnLabel(column, opts.year, opts.through, 'en'),
        difference: Math.round((report - ledger) * 100) / 100,
        missing: missing.join(', '),
      };
      issues.push(makeIssue('report.reconcile.mismatch', 'error', p));
    }
  }
  return { checks, issues };
}

export function outOfScope(ledger: Ledger, acc: Accumulation, f: number): Issue[] {
  const issues: Issue[] = [];
  for (let a = 0; a < ledger.accounts.length; a++) {
    const o = a * SLOTS;
    let any = false;
    for (let s = 0; s < SLOTS; s++) if (acc.outside[o + s] !== 0) any = true;
    if (!any) continue;
    const amount = Math.round(f * acc.outside[o + SLOT.actualPeriod] * 100) / 100;
    const budget = Math.round(f * acc.outside[o + SLOT.budgetYear] * 100) / 100;
    issues.push(makeIssue('report.out-of-scope', 'warning', { account: ledger.accounts[a], text: ledger.accountTexts[a] ?? '', amount, budget }, accountCell(ledger, acc.firstRow[a])));
  }
  return issues;
}
