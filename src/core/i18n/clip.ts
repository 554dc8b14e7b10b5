import type { Params } from './types';

/**
 * Bounds on the user text a message may echo. A cell can hold 32 767 characters (and a
 * generated file far more), so every string param is clipped before a message is built:
 * echoed cell text to CLIP_TEXT characters, lists the program joins itself (sheet names,
 * headers found, cell addresses, accounts, a formula reference) to CLIP_LIST characters.
 * Clipping counts code points, so an emoji or other astral character is never cut in half.
 */
export const CLIP_TEXT = 60;
export const CLIP_LIST = 300;
export const ELLIPSIS = '…';

/** Params that hold a list or reference the program composed, given the longer bound. */
const LIST_PARAMS: ReadonlySet<string> = new Set([
  'sheets', 'found', 'accounts', 'cells', 'rows', 'years', 'months', 'monthsEn',
  'formula', 'path', 'known', 'missing', 'rule', 'file', 'detail',
]);

/** `text` cut to at most `max` code points, with "…" added when something was cut. */
export function clip(text: string, max: number = CLIP_TEXT): string {
  if (text.length <= max) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n === max) return out + ELLIPSIS;
    out += ch;
    n += 1;
  }
  return out;
}

/** A copy of `params` with every string clipped (numbers and undefined pass through). */
export function clipParams(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' ? clip(value, LIST_PARAMS.has(key) ? CLIP_LIST : CLIP_TEXT) : value;
  }
  return out;
}
