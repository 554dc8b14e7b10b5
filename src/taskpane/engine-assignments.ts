import type { Lang } from '../core/i18n/types';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { AssignmentRun } from './engine-types';

/** Assignments (helper G's core/assignments) are wired in here once that module lands. */
export function assignmentsRun(_snapshot: WorkbookSnapshot, _asOf: string, _lang: Lang): AssignmentRun {
  return { found: false, counts: [], grids: [], issues: [] };
}
