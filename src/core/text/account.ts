import type { CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import { normalizeLabel } from './normalize';

/**
 * Account cells: a number (5110), digits as text ("5110", " 5110 "), or digits followed by the
 * account text ("5110 Löner", "5110 - Löner"). Anything else is not an account; a row whose
 * account or text says "Summa", "Totalt" or "Total" is a subtotal row.
 */
export type AccountRead =
  | { readonly kind: 'account'; readonly code: string; readonly text: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'subtotal' }
  | { readonly kind: 'invalid'; readonly text: string }
  | { readonly kind: 'error'; readonly error: string };

const SUBTOTAL_WORDS = ['summa', 'delsumma', 'totalt', 'total', 'totalsumma', 'summering', 'sum', 'subtotal', 'grand total'];

/** True for text that marks a subtotal or total row ("Summa intäkter", "Totalt", "Total 3"). */
export function isSubtotalText(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const t = normalizeLabel(text);
  if (t === '') return false;
  for (const w of SUBTOTAL_WORDS) {
    if (t === w || t.startsWith(`${w} `)) return true;
  }
  // "Summa:" and "Summa konto 3" normalize the same way; "Totalsumma kostnader" too.
  return t.startsWith('summa') || t.startsWith('totalsumma');
}

function digitsEnd(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

export function readAccount(v: CellValue): AccountRead {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v < 1e15) return { kind: 'account', code: String(v), text: '' };
    return { kind: 'invalid', text: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'SANT' : 'FALSKT' };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  const s = v.trim();
  if (s === '') return { kind: 'empty' };
  if (isSubtotalText(s)) return { kind: 'subtotal' };
  const end = digitsEnd(s);
  if (end === 0) return { kind: 'invalid', text: v };
  const code = s.slice(0, end);
  if (end === s.length) return { kind: 'account', code, text: '' };
  const sep = s.charCodeAt(end);
  // The code must end at a separator: "5110 Löner", "5110 - Löner", "5110: Löner"; not "5110A".
  if (sep !== 32 && sep !== 0xa0 && sep !== 45 && sep !== 58 && sep !== 0x2013 && sep !== 9) return { kind: 'invalid', text: v };
  const text = s.slice(end).replace(/^[\s\u00a0:\u2013-]+/, '').trim();
  if (digitsEnd(text) === text.length) return { kind: 'invalid', text: v }; // "51 10", "5110-"
  return { kind: 'account', code, text };
}
