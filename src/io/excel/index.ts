export { createExcelPort } from './excel-port';
export { ExcelWriteError } from './errors';
export type { ExcelWriteErrorCode } from './errors';
export type { ExcelPortOptions, SettingsStore, Supports } from './options';
export { MIN_EXCEL_API, missingRequirement } from './requirements';
