/** Personnel: sick leave as the seven mandatory figures (DOMAIN.md §11), from a per-employee export or a per-group table. */
export type * from './types';
export { SICK_GROUPS } from './types';
export { readSickTable } from './read';
export type { ReadSickOptions, SickTableRead } from './read';
export { sickLeaveReport, DEFAULT_MIN_GROUP } from './compute';
export type { SickReportOptions } from './compute';
export { sickLeaveGrid } from './grid';
export type { SickGridOptions } from './grid';
export { sickLeaveJson } from './json';
export type { SickLeaveJson } from './json';
export { SICK_ROW_LABEL } from './labels';
