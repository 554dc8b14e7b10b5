import type { CellValue } from '../snapshot';
import { isCellError } from '../snapshot';

/**
 * Numbers as Swedish exports write them when pasted as text: space, NBSP (U+00A0), narrow NBSP
 * (U+202F) or thin space as thousands separator; comma decimal; minus as '-', U+2212 or '–';
 * a trailing minus ('1 234-'); parentheses for negatives ('(1 234)'); a 'kr' or 'SEK' suffix.
 * Dot-grouped ('1.234.567,50') and English ('1,234,567.50') forms are read too.
 */
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const MINUS = /[\u2212\u2013\u2012\u2014]/g;

export function parseSwedishNumber(text: string): number | null {
  let s = text.trim();
  if (s === '') return null;
  s = s.replace(/\s*(kr|sek|kronor)\.?$/i, '').trim();
  s = s.replace(MINUS, '-');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.endsWith('-') && !s.startsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  // Grouping spaces only between digit groups of three.
  if (/[\s\u00a0\u202f\u2009\u2007]/.test(s)) {
    if (!/^\d{1,3}([\s\u00a0\u202f\u2009\u2007]\d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(SPACES, '');
  }
  const comma = s.indexOf(',');
  const dot = s.indexOf('.');
  if (comma >= 0 && dot >= 0) {
    if (dot < comma) {
      if (!/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return null; // 1.234,50
      s = s.replace(/\./g, '').replace(',', '.');
    } else {
      if (!/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) return null; // 1,234.50
      s = s.replace(/,/g, '');
    }
  } else if (comma >= 0) {
    if (!/^\d*,\d+$/.test(s)) return null;
    s = s.replace(',', '.');
  } else if (dot >= 0 && /^\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, ''); // 1.234.567
  }
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return negative ? (n === 0 ? 0 : -n) : n;
}

/**
 * '1.234' (one dot, one to three digits before it, exactly three after, no leading zero) is
 * either 1 234 with the dot-grouping some Swedish exports use, or 1,234 written the English
 * way. parseSwedishNumber reads it as the decimal (its general contract, also used for goal
 * values, where '1.250' as a ratio is plausible). In an amount column readAmount takes the
 * grouped reading instead: an amount in kronor has at most two decimals (öre), so three digits
 * after the dot only make sense as a thousands group, and '1.234.567' is already read that
 * way. The reader still warns on the cell (code 'ambiguous-amount'), since a wrong guess is off
 * by a factor of 1000. Returns both readings, signed, or null when the text is not ambiguous.
 */
export function dotGroupReadings(text: string): { readonly grouped: number; readonly decimal: number } | null {
  const core = text
    .trim()
    .replace(/\s*(kr|sek|kronor)\.?$/i, '')
    .replace(/[\s()+\-\u2212\u2013\u2012\u2014]/g, '');
  if (!/^[1-9]\d{0,2}\.\d{3}$/.test(core)) return null;
  const decimal = parseSwedishNumber(text);
  if (decimal === null) return null;
  const grouped = Number(core.replace('.', ''));
  return { grouped: decimal < 0 ? -grouped : grouped, decimal };
}

export type AmountRead =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly text: string }
  | { readonly kind: 'error'; readonly error: string };

/** Reads a cell as an amount: numbers pass, text is parsed the Swedish way ('1.234' as 1 234: see dotGroupReadings). */
export function readAmount(v: CellValue): AmountRead {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'invalid', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'SANT' : 'FALSKT' };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  if (v.trim() === '') return { kind: 'empty' };
  const dots = dotGroupReadings(v);
  if (dots) return { kind: 'number', value: dots.grouped };
  const n = parseSwedishNumber(v);
  return n === null ? { kind: 'invalid', text: v } : { kind: 'number', value: n };
}

/**
 * Formats the way Swedish exports do: NBSP-free plain spaces as thousands separator, comma
 * decimal, U+2212 or '-' minus. Used by tests and by the text the app prints.
 */
export function formatSwedishNumber(n: number, decimals = 0, minus = '-'): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const body = frac ? `${grouped},${frac}` : grouped;
  return n < 0 && Number(fixed) !== 0 ? `${minus}${body}` : body;
}
