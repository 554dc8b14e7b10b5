import type { ErrorKey, ReasonKey } from './catalog';
import { messageFor } from './catalog';
import type { Lang, Params } from './types';

/**
 * Text at the edges. Core and the adapters hand on codes and params (an Issue, an adapter error);
 * only the pane and the CLI turn them into words, with these helpers, in the user's language.
 */
export type Messages = { readonly sv: string; readonly en: string };

/** What an issue is rendered from (an Issue has these). */
export type IssueLike = { readonly code: string; readonly params: Params };

/**
 * The issue's message in `lang`. An issue on the Huvudbok sheet made from an SIE file carries
 * the SIE line its row came from (params.sieLine, core/sie/issue-lines.ts), said first.
 */
export function issueText(issue: IssueLike, lang: Lang): string {
  const text = messageFor(issue.code, lang, issue.params);
  const line = issue.params.sieLine;
  if (line === undefined) return text;
  return lang === 'sv' ? `SIE-filen rad ${line}: ${text}` : `SIE file line ${line}: ${text}`;
}

export function issueTexts(issue: IssueLike): Messages {
  return { sv: issueText(issue, 'sv'), en: issueText(issue, 'en') };
}

/** An adapter error: the key of its text in the error catalog and the params it is built from. */
export type KeyedError = { readonly messageKey: ErrorKey; readonly params: Params };

export function isKeyedError(e: unknown): e is KeyedError {
  if (typeof e !== 'object' || e === null) return false;
  const k = e as { messageKey?: unknown; params?: unknown };
  return typeof k.messageKey === 'string' && typeof k.params === 'object' && k.params !== null;
}

export function errorText(e: KeyedError, lang: Lang): string {
  return messageFor(e.messageKey, lang, e.params);
}

export function errorTexts(e: KeyedError): Messages {
  return { sv: errorText(e, 'sv'), en: errorText(e, 'en') };
}

/** Why a follow-up section was skipped: a key of the reason catalog and its params. */
export type ReasonLike = { readonly code: ReasonKey; readonly params: Params };

export function reasonText(reason: ReasonLike, lang: Lang): string {
  return messageFor(reason.code, lang, reason.params);
}

export function reasonTexts(reason: ReasonLike): Messages {
  return { sv: reasonText(reason, 'sv'), en: reasonText(reason, 'en') };
}
