import type { IssueCode, ParamsOf, ParamsOptional } from './i18n/catalog';
import type { Params } from './i18n/types';
import { clipParams } from './i18n/clip';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the user's workbook (or in the options), as a value: a stable code (tests,
 * JSON output and the UI key on it), a severity, where it is and the params its message is built
 * from. The words are not here: the pane and the CLI render them from the catalog in core/i18n
 * (render.ts `issueText`), in the user's language; each names the sheet and cell and says what
 * to do.
 */
export type Issue = {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet?: string;
  /** A1 cell or range on `sheet`. */
  readonly address?: string;
  /** How many rows or cells a grouped issue stands for. */
  readonly count?: number;
  readonly params: Params;
};

export type { IssueCode } from './i18n/catalog';

export type Where = { sheet?: string; address?: string; count?: number };

/**
 * The arguments after the severity: the params the code's message takes (typed per code, so a
 * missing or misspelt one does not compile; left out only when the code needs none), then where.
 */
export type IssueArgs<C extends IssueCode> = ParamsOptional<C> extends true ? [params?: ParamsOf<C>, where?: Where] : [params: ParamsOf<C>, where?: Where];

/** An Issue with its code's params and its place. */
export function makeIssue<C extends IssueCode>(code: C, severity: Severity, ...[params, where = {}]: IssueArgs<C>): Issue {
  // Params echo the user's cell text: clipped here so JSON output is bounded like the messages.
  const full: Params = clipParams((params ?? {}) as Params);
  if (where.sheet !== undefined && full.sheet === undefined) full.sheet = where.sheet;
  if (where.address !== undefined && full.address === undefined) full.address = where.address;
  if (where.count !== undefined && full.count === undefined) full.count = where.count;
  return {
    code,
    severity,
    ...(where.sheet !== undefined ? { sheet: where.sheet } : {}),
    ...(where.address !== undefined ? { address: where.address } : {}),
    ...(where.count !== undefined ? { count: where.count } : {}),
    params: full,
  };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => order[a.severity] - order[b.severity]);
}
