import { cellA1 } from '../address';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { InvestmentLedger, InvestmentValues } from './types';
import type { InvestmentStructure } from './structure';
import { isEmptyRule, matchesProject } from './project-rule';

/**
 * Which line takes each project: the first 'rad' line whose rule matches it. A project no line
 * takes is an issue on its cell in the ledger (it would be missing from the total); a project two
 * lines match counts on the first; a line whose projects are all missing from the ledger is said.
 */
export type Assignment = {
  /** Per project: index of its line, or -1. */
  readonly lineOf: readonly number[];
  /** Per line: its projects, in ledger order. */
  readonly projectsOf: readonly (readonly number[])[];
  readonly issues: Issue[];
};

export function assignProjects(ledger: InvestmentLedger, structure: InvestmentStructure, values: readonly InvestmentValues[], broken: ReadonlySet<number>): Assignment {
  const issues: Issue[] = [];
  const lines = structure.lines;
  const projectsOf: number[][] = lines.map(() => []);
  const overlaps = new Map<string, { first: number; second: number; count: number; project: string }>();
  const lineOf = ledger.projects.map((p, pi) => {
    let found = -1;
    lines.forEach((l, li) => {
      if (l.kind !== 'rad' || broken.has(li) || !matchesProject(p.code, l.rule)) return;
      if (found < 0) {
        found = li;
        return;
      }
      const key = `${found}|${li}`;
      const o = overlaps.get(key) ?? { first: found, second: li, count: 0, project: p.code };
      o.count++;
      overlaps.set(key, o);
    });
    if (found >= 0) projectsOf[found].push(pi);
    else {
      const v = values[pi];
      issues.push(
        makeIssue(
          'investments.project-uncovered',
          'warning',
          { project: p.code, name: p.name, actual: v.actualPeriod, budget: v.budgetYear },
          { sheet: ledger.sheet, address: cellA1(p.row, p.col) },
        ),
      );
    }
    return found;
  });
  for (const o of overlaps.values()) {
    const second = lines[o.second];
    issues.push(
      makeIssue('investments.structure.overlap', 'warning', { first: lines[o.first].id, id: second.id, count: o.count, project: o.project }, second.source ? { sheet: second.source.sheet, address: second.source.cells.projects } : {}),
    );
  }
  lines.forEach((l, li) => {
    if (l.kind !== 'rad' || isEmptyRule(l.rule) || projectsOf[li].length > 0 || structure.origin !== 'sheet') return;
    issues.push(makeIssue('investments.structure.no-match', 'info', { id: l.id, rule: l.rule.text }, l.source ? { sheet: l.source.sheet, address: l.source.cells.projects } : {}));
  });
  return { lineOf, projectsOf, issues };
}
