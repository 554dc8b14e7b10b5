import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { Template, TemplateLine } from '../report/template';
import { NO_ACCOUNTS } from '../report/template';
import { planTemplate } from '../report/check-template';
import type { InvestmentStructure, StructureLine } from './structure';

/**
 * The structure's evaluation plan, by the drift template's checks (duplicate ids, unknown ids in
 * Summa av, cycles, each on its cell): which lines each summa adds, the order to add them in,
 * the total (the last line when no other line adds it and it adds lines, or else a summa that
 * reaches every line), and each line's level: its depth below the groups that add it.
 */
export type StructurePlan = {
  readonly parts: readonly (readonly number[])[];
  readonly order: readonly number[];
  readonly broken: ReadonlySet<number>;
  /** Index of the total line, or -1. */
  readonly total: number;
  readonly levels: readonly number[];
  readonly issues: Issue[];
};

function asTemplate(structure: InvestmentStructure): Template {
  const lines: TemplateLine[] = structure.lines.map((l) => ({
    id: l.id,
    label: { sv: l.label, en: l.label },
    type: l.kind === 'summa' ? 'summa' : 'konton',
    accounts: NO_ACCOUNTS,
    motpart: 'all',
    sumOf: l.sumOf,
    level: 0,
    ...(l.source ? { source: { sheet: l.source.sheet, row: l.source.row, cells: { id: l.source.cells.id, type: l.source.cells.type, sumOf: l.source.cells.sumOf } } } : {}),
  }));
  return { origin: structure.origin, lines };
}

function reachable(from: number, parts: readonly (readonly number[])[]): Set<number> {
  const seen = new Set<number>([from]);
  const stack = [from];
  while (stack.length > 0) {
    for (const j of parts[stack.pop() as number]) {
      if (seen.has(j)) continue;
      seen.add(j);
      stack.push(j);
    }
  }
  return seen;
}

function where(line: StructureLine, cell: 'id' | 'sumOf') {
  return line.source ? { sheet: line.source.sheet, address: line.source.cells[cell] } : {};
}

export function planStructure(structure: InvestmentStructure): StructurePlan {
  const plan = planTemplate(asTemplate(structure));
  const issues = [...plan.issues];
  const lines = structure.lines;
  const parent = new Array<number>(lines.length).fill(-1);
  plan.parts.forEach((ps, i) => ps.forEach((j) => (parent[j] = parent[j] < 0 ? i : parent[j])));
  const roots = lines.map((_, i) => i).filter((i) => parent[i] < 0 && lines[i].kind === 'summa' && !plan.broken.has(i));
  const last = lines.length - 1;
  let total = roots.includes(last) ? last : -1;
  if (total < 0) total = roots.find((r) => reachable(r, plan.parts).size === lines.length) ?? -1;
  if (total >= 0) {
    const inTotal = reachable(total, plan.parts);
    const outside = lines.filter((_, i) => !inTotal.has(i) && parent[i] < 0);
    if (outside.length > 0) {
      issues.push(makeIssue('investments.structure.not-in-total', 'warning', { id: lines[total].id, lines: outside.map((l) => l.id).join(', ') }, where(lines[total], 'sumOf')));
    }
  }
  const levels = lines.map((line, i) => {
    if (line.level !== undefined) return line.level;
    let depth = 0;
    const seen = new Set<number>([i]);
    for (let p = parent[i]; p >= 0 && p !== total && !seen.has(p); p = parent[p]) {
      seen.add(p);
      depth++;
    }
    return depth;
  });
  return { parts: plan.parts, order: plan.order, broken: plan.broken, total, levels, issues };
}
