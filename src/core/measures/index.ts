/** Activity measures (verksamhetsmått): a multi-year table with the change against last year. */
export type * from './types';
export { readMeasureTable } from './read';
export type { ReadMeasuresOptions, MeasureTableRead } from './read';
export { measureReport } from './compute';
export type { MeasureReportOptions } from './compute';
export { measureGrid } from './grid';
export type { MeasureGridOptions } from './grid';
export { measureReportJson } from './json';
