import type { Lang } from '../core/i18n/types';

/** A message in both languages; adapter errors carry one as `messages`. */
export type Messages = { readonly sv: string; readonly en: string };

function hasMessages(e: unknown): e is { messages: Messages } {
  if (typeof e !== 'object' || e === null || !('messages' in e)) return false;
  const m = (e as { messages: unknown }).messages;
  return typeof m === 'object' && m !== null && typeof (m as Messages).sv === 'string' && typeof (m as Messages).en === 'string';
}

/**
 * What to tell the user about a failure: the adapter's own words when it gave some, otherwise
 * a plain "what to do" with the technical detail in brackets. Never a stack trace.
 */
export function userMessage(e: unknown, fallback: Messages): Messages {
  if (hasMessages(e)) return e.messages;
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (!detail) return fallback;
  return { sv: `${fallback.sv} (${detail})`, en: `${fallback.en} (${detail})` };
}

export function pick(m: Messages, lang: Lang): string {
  return m[lang];
}
