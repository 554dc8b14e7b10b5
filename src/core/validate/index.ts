export type { ValidateOptions, Validation } from './validate-workbook';
export { validateWorkbook } from './validate-workbook';
export { defaultReportYear } from './checks';
