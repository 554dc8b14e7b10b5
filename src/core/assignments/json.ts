import type { AssignmentSummary } from './types';

/** The summary as the CLI's --json prints it. */
export function assignmentSummaryJson(summary: AssignmentSummary) {
  return {
    asOf: summary.asOf,
    matrix: summary.matrix.map((m) => ({ type: m.type, status: m.status, onPlan: m.onPlan, deviating: m.deviating, unspecified: m.unspecified, total: m.total })),
    deviations: summary.deviations.map((d) => ({ type: d.type, title: d.title, status: d.status, responsible: d.responsible, end: d.end, comment: d.comment, sheet: d.sheet, address: d.address })),
    flags: summary.flags.map((f) => ({ type: f.type, title: f.title, status: f.status, end: f.end, sheet: f.sheet, address: f.address })),
  };
}

export type AssignmentSummaryJson = ReturnType<typeof assignmentSummaryJson>;
