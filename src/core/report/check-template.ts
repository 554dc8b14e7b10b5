import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { Template, TemplateLine } from './template';
import { matchesRule } from './account-rule';

/**
 * Structural checks of a template and the order to evaluate its sum lines in.
 * `parts[i]` holds the indexes line i adds (summa lines only; unknown ids, varav lines and
 * lines in a cycle are left out after an issue). `order` lists summa lines so that every line
 * comes after the lines it adds.
 */
export type TemplatePlan = {
  readonly parts: readonly (readonly number[])[];
  readonly order: readonly number[];
  /** Summa lines that take part in a cycle: they get no value. */
  readonly broken: ReadonlySet<number>;
  readonly issues: Issue[];
};

function where(line: TemplateLine, cell: 'id' | 'sumOf') {
  return line.source ? { sheet: line.source.sheet, address: line.source.cells[cell] } : {};
}

export function planTemplate(template: Template): TemplatePlan {
  const issues: Issue[] = [];
  const lines = template.lines;
  const index = new Map<string, number>();
  lines.forEach((l, i) => {
    if (index.has(l.id)) issues.push(makeIssue('report.template.duplicate-id', 'error', { id: l.id }, where(l, 'id')));
    else index.set(l.id, i);
  });
  const parts: number[][] = lines.map((l) => {
    if (l.type !== 'summa') return [];
    const out: number[] = [];
    for (const id of l.sumOf) {
      const j = index.get(id);
      if (j === undefined) issues.push(makeIssue('report.template.unknown-sum', 'error', { id: l.id, ref: id }, where(l, 'sumOf')));
      else if (lines[j].type === 'varav') issues.push(makeIssue('report.template.sum-of-varav', 'warning', { id: l.id, ref: id }, where(l, 'sumOf')));
      else out.push(j);
    }
    return out;
  });
  // Depth-first topological order; a back edge is a cycle.
  const state = new Uint8Array(lines.length); // 0 new, 1 on stack, 2 done
  const order: number[] = [];
  const broken = new Set<number>();
  const visit = (i: number, stack: number[]): void => {
    if (state[i] === 2) return;
    if (state[i] === 1) {
      const cycle = stack.slice(stack.indexOf(i));
      cycle.forEach((c) => broken.add(c));
      const first = lines[cycle[0]];
      issues.push(makeIssue('report.template.cycle', 'error', { id: first.id, path: [...cycle, i].map((c) => lines[c].id).join(' → ') }, where(first, 'sumOf')));
      return;
    }
    state[i] = 1;
    stack.push(i);
    for (const j of parts[i]) visit(j, stack);
    stack.pop();
    state[i] = 2;
    if (lines[i].type === 'summa') order.push(i);
  };
  lines.forEach((_, i) => visit(i, []));
  // Lines depending on a broken line are broken too.
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of order) {
      if (broken.has(i) || !parts[i].some((j) => broken.has(j))) continue;
      broken.add(i);
      grew = true;
    }
  }
  return { parts, order: order.filter((i) => !broken.has(i)), broken, issues };
}

/** Whether some konton line of the template takes the account (for validateWorkbook's isCovered). */
export function coverage(template: Template): (account: string) => boolean {
  const rules = template.lines.filter((l) => l.type === 'konton').map((l) => l.accounts);
  return (account) => rules.some((r) => matchesRule(account, r));
}
