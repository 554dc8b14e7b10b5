import type { Lang } from '../core/i18n/types';
import type { Messages } from '../core/i18n/render';
import { errorTexts, isKeyedError, issueTexts } from '../core/i18n/render';
import { SieOpenError } from './hooks/sie-file';

/** A message in both languages, rendered here at the edge. */
export type { Messages };

/** The adapter's own words: an error's key and params, or the SIE reader's error issues. */
function ownWords(e: unknown): Messages | null {
  if (isKeyedError(e)) return errorTexts(e);
  if (e instanceof SieOpenError && e.issues.length > 0) {
    const texts = e.issues.map(issueTexts);
    return { sv: texts.map((t) => t.sv).join(' '), en: texts.map((t) => t.en).join(' ') };
  }
  return null;
}

/**
 * What to tell the user about a failure: the adapter's own words when it gave some, otherwise
 * a plain "what to do" with the technical detail in brackets. Never a stack trace.
 */
export function userMessage(e: unknown, fallback: Messages): Messages {
  const own = ownWords(e);
  if (own !== null) return own;
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (!detail) return fallback;
  return { sv: `${fallback.sv} (${detail})`, en: `${fallback.en} (${detail})` };
}

export function pick(m: Messages, lang: Lang): string {
  return m[lang];
}
