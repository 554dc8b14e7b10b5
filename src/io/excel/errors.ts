import type { ErrorKey } from '../../core/i18n/catalog';
import type { ExcelErrorParams } from '../../core/i18n/excel-error-messages';

/**
 * Why a workbook operation inside Excel failed, as a typed error: its code and params. One type
 * per direction (ExcelReadError for reading the workbook, listing the reports and moving the
 * selection; ExcelWriteError for inserting, refreshing and saving settings). The text lives in core/i18n
 * (excel-error-messages.ts, keyed `excel.<code>`); the task pane renders it, never a stack trace.
 */
export type ExcelReadErrorCode = 'read-failed' | 'too-large' | 'sheet-not-found';

export type ExcelWriteErrorCode =
  | 'insert-failed'
  | 'refresh-failed'
  | 'refresh-not-done'
  /** ExcelApi 1.7–1.8: the refresh failed, contents, comments and name are back, but no format record could put the formats back. */
  | 'refresh-not-done-formats'
  | 'report-not-found'
  | 'refresh-would-overwrite'
  | 'settings-not-saved'
  | 'metadata-damaged'
  /** A sheet named KR_Metadata without the add-in's header: the user's, never written into. */
  | 'metadata-sheet-taken';

export type { ExcelErrorParams };

/** What both directions carry: the code, its params, the catalog key and the Office.js failure behind it. */
abstract class ExcelError<C extends string> extends Error {
  readonly code: C;
  readonly params: ExcelErrorParams;
  readonly messageKey: ErrorKey;
  readonly cause?: unknown;

  constructor(name: string, code: C, params: ExcelErrorParams, cause: unknown) {
    super(`excel.${code}`);
    this.name = name;
    this.code = code;
    this.params = params;
    this.messageKey = `excel.${code}` as ErrorKey;
    this.cause = cause;
  }
}

export class ExcelReadError extends ExcelError<ExcelReadErrorCode> {
  constructor(code: ExcelReadErrorCode, params: ExcelErrorParams = {}, cause?: unknown) {
    super('ExcelReadError', code, params, cause);
  }
}

export class ExcelWriteError extends ExcelError<ExcelWriteErrorCode> {
  constructor(code: ExcelWriteErrorCode, params: ExcelErrorParams = {}, cause?: unknown) {
    super('ExcelWriteError', code, params, cause);
  }
}

/** The Office.js error code of a failure (Excel.ErrorCodes), or '' when it has none. */
export function officeCode(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
}

export function isPayloadLimit(e: unknown): boolean {
  const c = officeCode(e);
  return c === 'RequestPayloadSizeLimitExceeded' || c === 'ResponsePayloadSizeLimitExceeded';
}
