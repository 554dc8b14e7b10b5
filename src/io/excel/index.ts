export { createExcelPort } from './excel-port';
export { ExcelReadError, ExcelWriteError } from './errors';
export type { ExcelReadErrorCode, ExcelWriteErrorCode } from './errors';
export type { ExcelPortOptions, SettingsStore, Supports } from './options';
export { MIN_EXCEL_API, missingRequirement } from './requirements';
