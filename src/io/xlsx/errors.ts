import type { ErrorKey } from '../../core/i18n/catalog';
import type { XlsxErrorParams } from '../../core/i18n/xlsx-error-messages';

/**
 * Why a workbook file could not be read, or written back, as a typed error: its code and params.
 * One type per direction: XlsxReadError for reading a file (including the input a writer reads),
 * XlsxWriteError for writing one. The text lives in core/i18n (xlsx-error-messages.ts, keyed
 * `xlsx.<code>`); the CLI and the task pane render it, never a stack trace.
 *
 * Macro-enabled workbooks (.xlsm) are read and written like any other: nothing runs their
 * macros, and the package writer copies the VBA project byte for byte.
 */
export type XlsxReadErrorCode =
  | 'not-found' | 'unreadable' | 'not-xlsx' | 'encrypted' | 'legacy-xls' | 'corrupt' | 'too-large'
  /**
   * A report's KR_Metadata entry (row keys, drafts) is not valid JSON; params.name is the report.
   * A read error because the workbook's own data is read (as Excel's `metadata-damaged`, same text).
   */
  | 'metadata-damaged'
  /** The settings entry in KR_Metadata is not valid JSON; params.sheet and params.key name it. */
  | 'settings-damaged';

export type XlsxWriteErrorCode =
  /** The output path is the input file and in-place writing was not asked for. */
  | 'would-overwrite'
  /** The output file could not be saved. */
  | 'unwritable'
  /** The package would pass the zip format's 4 GiB or 65 535-part limits. */
  | 'too-large'
  /** Refresh: the report's defined name (or its sheet) is gone from the workbook. */
  | 'report-not-found'
  /** Refresh: the new, larger block would cover a non-empty cell outside the old block. */
  | 'refresh-would-overwrite'
  /** A sheet named KR_Metadata without the add-in's header: the user's, never written into. */
  | 'metadata-sheet-taken';

export type { XlsxErrorParams };

/** What both directions carry: the code, its params and the catalog key `xlsx.<code>`. */
abstract class XlsxError<C extends XlsxReadErrorCode | XlsxWriteErrorCode> extends Error {
  readonly code: C;
  readonly params: XlsxErrorParams;
  readonly messageKey: ErrorKey;

  constructor(name: string, code: C, params: XlsxErrorParams) {
    super(`xlsx.${code}`);
    this.name = name;
    this.code = code;
    this.params = params;
    this.messageKey = `xlsx.${code}`;
  }
}

export class XlsxReadError extends XlsxError<XlsxReadErrorCode> {
  constructor(code: XlsxReadErrorCode, params: XlsxErrorParams = {}) {
    super('XlsxReadError', code, params);
  }
}

export class XlsxWriteError extends XlsxError<XlsxWriteErrorCode> {
  constructor(code: XlsxWriteErrorCode, params: XlsxErrorParams = {}) {
    super('XlsxWriteError', code, params);
  }
}

export function isXlsxReadError(e: unknown): e is XlsxReadError {
  return e instanceof XlsxReadError;
}

export function isXlsxWriteError(e: unknown): e is XlsxWriteError {
  return e instanceof XlsxWriteError;
}

/** Either direction: what the CLI prints and turns into EXIT.usage. */
export function isXlsxError(e: unknown): e is XlsxReadError | XlsxWriteError {
  return e instanceof XlsxReadError || e instanceof XlsxWriteError;
}

/** The same error with the file name filled in (readers learn the name after the check). */
export function withFile<E extends XlsxReadError | XlsxWriteError>(e: E, file: string): E {
  return (e instanceof XlsxReadError ? new XlsxReadError(e.code, { ...e.params, file }) : new XlsxWriteError(e.code, { ...e.params, file })) as E;
}
