import type { CellValue } from '../../../core/snapshot';
import { XmlError, cellText, decodeXml } from './xml';

/**
 * The sheet scanner's small pieces, read in place from the sheet text without slicing where it
 * can: cell types, integers, numbers, ISO dates, attributes, and a cell's value by its type.
 */
/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is the 1900-system serial. */
export const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export const isNameEnd = (c: number): boolean => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Cell types (the `t` attribute). */
export const T_NUMBER = 0;
export const T_SHARED = 1;
export const T_STR = 2;
export const T_INLINE = 3;
export const T_BOOL = 4;
export const T_ERROR = 5;
export const T_DATE = 6;

export function typeAt(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  const len = to - from;
  if (len === 1) return c === 115 ? T_SHARED : c === 98 ? T_BOOL : c === 101 ? T_ERROR : c === 100 ? T_DATE : T_NUMBER;
  if (len === 3 && c === 115) return T_STR;
  if (len === 9 && c === 105) return T_INLINE;
  return len === 0 ? T_NUMBER : T_STR;
}

/** A non-negative decimal integer at text[from, to) (a style or string index); 0 when there is none. */
export function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return n;
}

/** The number at text[from, to): whole numbers of up to 15 digits by hand, the rest by Number(); null when empty or not a number. */
export function numberAt(text: string, from: number, to: number): number | null {
  let k = from;
  const neg = text.charCodeAt(k) === 45;
  if (neg) k++;
  if (k < to && to - k <= 15) {
    let n = 0;
    for (; k < to; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === to) return neg ? -n : n;
  }
  const raw = text.slice(from, to).trim();
  if (raw === '') return null;
  const v = Number(raw);
  return Number.isNaN(v) ? null : v;
}

/** Serial number (1900 system) of an ISO 8601 date or date-time, read as UTC; null when unreadable. */
export function isoSerial(s: string): number | null {
  const t = /^\d{4}-\d\d-\d\d$/.test(s) ? `${s}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Calls back with each attribute (local name, raw value) of a start tag between `from` and `gt`. */
export function eachAttr(text: string, from: number, gt: number, each: (name: string, value: string) => void): void {
  let q = from;
  while (q < gt) {
    const eq = text.indexOf('=', q);
    if (eq < 0 || eq > gt) return;
    let s = q;
    while (isNameEnd(text.charCodeAt(s))) s++;
    let e = eq;
    while (e > s && isNameEnd(text.charCodeAt(e - 1))) e--;
    let v = eq + 1;
    while (isSpace(text.charCodeAt(v))) v++;
    const quote = text[v];
    const ve = text.indexOf(quote, v + 1);
    if (ve < 0) throw new XmlError('unterminated');
    let name = text.slice(s, e);
    const colon = name.indexOf(':');
    if (colon >= 0) name = name.slice(colon + 1);
    each(name, text.slice(v + 1, ve));
    q = ve + 1;
  }
}

/**
 * The value of text[from, to) for the cell's type. `dateShift` is added to numbers (1462 for a
 * date-styled number of a 1904-system workbook, else 0); `strings` gives the shared strings.
 */
export function valueAt(text: string, from: number, to: number, type: number, dateShift: number, strings: () => readonly string[]): CellValue {
  switch (type) {
    case T_NUMBER: {
      const v = numberAt(text, from, to);
      return v === null ? null : v + dateShift;
    }
    case T_SHARED: {
      const s = strings()[digitsAt(text, from, to)];
      return s === undefined ? null : s;
    }
    case T_BOOL: {
      const c = text.charCodeAt(from);
      return c === 49 || c === 116;
    }
    case T_ERROR:
      return { error: decodeXml(text.slice(from, to)) };
    case T_DATE:
      return isoSerial(text.slice(from, to));
    default:
      return cellText(text.slice(from, to));
  }
}
