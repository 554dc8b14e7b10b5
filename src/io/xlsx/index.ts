/**
 * The .xlsx file adapter, browser-safe part (no fs). Node-only entry points live in read-file.ts
 * and write-file.ts and are imported directly by the CLI.
 */
export { XlsxReadError, XlsxWriteError, isXlsxReadError, isXlsxWriteError, isXlsxError } from './errors';
export type { XlsxReadErrorCode, XlsxWriteErrorCode } from './errors';
export { readWorkbookBuffer } from './read-buffer';
export type { ReadOptions } from './read-buffer';
export { addGridsToWorkbook, addGridsWithResults } from './add-grids';
export type { FileWriteMode } from './add-grids';
export { createFilePort, REPORT_NAME_PREFIX } from './file-port';
export type { FilePort, Selection } from './file-port';
export { METADATA_SHEET } from './metadata';
