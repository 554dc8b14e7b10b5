/** Assignments and initiatives: read the list, count it by type × status × plan, lay it out. */
export type * from './types';
export { readAssignments } from './read';
export type { ReadAssignmentsOptions, AssignmentsRead } from './read';
export { summarizeAssignments } from './summarize';
export type { SummarizeOptions } from './summarize';
export { assignmentGrids } from './grid';
export type { AssignmentGridOptions } from './grid';
export { assignmentSummaryJson } from './json';
export type { AssignmentSummaryJson } from './json';
export { readDate, serialToIso, parseIsoDate, isoToSerial } from './dates';
export { STATUS_LABEL as ASSIGNMENT_STATUS_LABEL, translateStatus } from './vocabulary';
