import type { Lang } from '../core/i18n/types';
import type { WorkbookSnapshot } from '../core/snapshot';
import { ASSIGNMENT_STATUS_LABEL, assignmentGrids, readAssignments, summarizeAssignments, type AssignmentStatus } from '../core/assignments';
import type { AssignmentRun, CountLine, Tone } from './engine-types';

const TONE: Readonly<Record<AssignmentStatus, Tone>> = { NOT_STARTED: 'grey', STARTED: 'yellow', DONE: 'green' };
const ORDER: readonly AssignmentStatus[] = ['NOT_STARTED', 'STARTED', 'DONE'];

/** Uppdrag: counts by status, the deviating ones, and the summary tables to insert. */
export function assignmentsRun(snapshot: WorkbookSnapshot, asOf: string, lang: Lang): AssignmentRun {
  const read = readAssignments(snapshot);
  if (read.items.length === 0) return { found: false, counts: [], grids: [], issues: read.issues };
  const summary = summarizeAssignments(read.items, { asOf });
  const counts: CountLine[] = ORDER.map((s) => ({
    label: ASSIGNMENT_STATUS_LABEL[s],
    count: read.items.filter((i) => i.status === s).length,
    tone: TONE[s],
  }));
  counts.push({
    label: { sv: 'Avvikelse från plan', en: 'Deviating from plan' },
    count: read.items.filter((i) => i.plan === 'deviating').length,
    tone: 'red',
  });
  if (summary.flags.length > 0) {
    counts.push({ label: { sv: 'Slutdatum passerat men enligt plan', en: 'Past end date but on plan' }, count: summary.flags.length, tone: 'yellow' });
  }
  return { found: true, counts, grids: assignmentGrids(summary, { lang }), issues: [...read.issues, ...summary.issues] };
}
