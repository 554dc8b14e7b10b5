import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import { parseIsoDate } from './dates';
import type { Assignment, AssignmentSummary, Deviation, MatrixRow, OverdueFlag } from './types';
import { STATUS_ORDER, statusLabel } from './vocabulary';

export type SummarizeOptions = {
  /** The date end dates are compared with (YYYY-MM-DD), passed in: the core never reads the clock. */
  readonly asOf: string;
};

const TYPE_ORDER = ['Uppdrag', 'Nämndinitiativ'];

function orderedTypes(items: readonly Assignment[]): string[] {
  const seen = [...new Set(items.map((i) => i.type))];
  return [...TYPE_ORDER.filter((t) => seen.includes(t)), ...seen.filter((t) => !TYPE_ORDER.includes(t))];
}

/**
 * The matrix of counts by type × status × plan (every known status shown for every type, so the
 * table keeps its shape), the deviating items with their comments, and the one deviation that
 * can be computed: end date before asOf, not finished, still marked Enligt plan.
 */
export function summarizeAssignments(items: readonly Assignment[], options: SummarizeOptions): AssignmentSummary {
  const issues: Issue[] = [];
  const asOf = parseIsoDate(options.asOf);
  if (asOf === null) issues.push(makeIssue('assign.as-of-invalid', 'error', { text: options.asOf }));
  const matrix: MatrixRow[] = [];
  for (const type of orderedTypes(items)) {
    const ofType = items.filter((i) => i.type === type);
    const other = [...new Set(ofType.filter((i) => typeof i.status !== 'string').map((i) => statusLabel(i.status, 'sv')))];
    const labels = [...STATUS_ORDER.map((s) => statusLabel(s, 'sv')), ...other];
    for (const status of labels) {
      const group = ofType.filter((i) => statusLabel(i.status, 'sv') === status);
      const count = (plan: Assignment['plan']): number => group.filter((i) => i.plan === plan).length;
      matrix.push({ type, status, onPlan: count('on-plan'), deviating: count('deviating'), unspecified: count('unspecified'), total: group.length });
    }
  }
  const deviations: Deviation[] = items
    .filter((i) => i.plan === 'deviating')
    .map((i) => ({ type: i.type, title: i.title, status: statusLabel(i.status, 'sv'), responsible: i.responsible, end: i.end, comment: i.comment, sheet: i.sheet, address: i.address }));
  const flags: OverdueFlag[] = [];
  if (asOf !== null) {
    for (const i of items) {
      if (i.end === null || i.end >= asOf || i.status === 'DONE' || i.plan !== 'on-plan') continue;
      const status = statusLabel(i.status, 'sv');
      flags.push({ type: i.type, title: i.title, status, end: i.end, sheet: i.sheet, address: i.planAddress });
      issues.push(makeIssue('assign.overdue-on-plan', 'warning', { title: i.title, end: i.end, status: status.toLowerCase() }, { sheet: i.sheet, address: i.planAddress }));
    }
  }
  return { asOf: asOf ?? options.asOf, matrix, deviations, flags, itemCount: items.length, issues };
}
