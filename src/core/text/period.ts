import { yearMonth as splitPeriod } from './yyyymm';
import type { CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import { normalizeLabel } from './normalize';

/**
 * Periods as ledgers write them: 202508, "2025-08", "2025/08", "2025-08-31", "08/2025",
 * an Excel date serial, "aug 2025", "augusti 2025", "2025 aug", a year alone (2025 = the whole
 * year) or a month alone (8, "aug", "P08") to be combined with a year column.
 *
 * The hot path returns a plain number code so a million rows allocate nothing:
 *   yyyymm (month 1–12) a period · yyyy00 a whole year · 1–12 a month without a year ·
 *   PERIOD_EMPTY · PERIOD_INVALID · PERIOD_ERROR (an Excel error value).
 */
export const PERIOD_EMPTY = 0;
export const PERIOD_INVALID = -1;
export const PERIOD_ERROR = -2;

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, febr: 2, februari: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, april: 4,
  maj: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augusti: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

/** Month number of a Swedish or English month name or abbreviation (normalized), else 0. */
export function monthOfName(token: string): number {
  return Object.prototype.hasOwnProperty.call(MONTHS, token) ? MONTHS[token] : 0;
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Year and month of an Excel date serial (1900 date system), by civil-from-days arithmetic. */
export function serialToYearMonth(serial: number): number {
  // Excel day 1 = 1900-01-01, with the phantom 1900-02-29; from day 61 on, day 25569 = 1970-01-01.
  const days = Math.floor(serial) - 25569;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 100 + month;
}

function fromNumber(n: number): number {
  if (!Number.isInteger(n)) {
    // A date with a time of day is still a date.
    return n >= 20000 && n <= 80000 ? serialToYearMonth(n) : PERIOD_INVALID;
  }
  if (n >= 1 && n <= 12) return n;
  if (validYear(n)) return n * 100;
  if (n >= 20000 && n <= 80000) return serialToYearMonth(n);
  if (n >= MIN_YEAR * 100 && n <= MAX_YEAR * 100 + 12) {
    const m = n % 100;
    return m >= 1 && m <= 12 ? n : PERIOD_INVALID;
  }
  if (n >= MIN_YEAR * 10000 && n <= MAX_YEAR * 10000 + 1231) {
    // 20250831 as a number
    const m = Math.floor(n / 100) % 100;
    return m >= 1 && m <= 12 ? Math.floor(n / 100) : PERIOD_INVALID;
  }
  return PERIOD_INVALID;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function yearMonth(y: number, m: number): number {
  return validYear(y) && m >= 1 && m <= 12 ? y * 100 + m : PERIOD_INVALID;
}

/** A two-token period: year and month in either order, the month as a number or a name. */
function fromPair(a: string, b: string): number {
  const ma = monthOfName(a);
  const mb = monthOfName(b);
  if (ma && isDigits(b)) return yearMonth(b.length === 2 ? 2000 + Number(b) : Number(b), ma); // aug 2025, aug 25
  if (mb && isDigits(a) && a.length === 4) return yearMonth(Number(a), mb); // 2025 aug
  if (!isDigits(a) || !isDigits(b)) return PERIOD_INVALID;
  if (a.length === 4 && b.length <= 2) return yearMonth(Number(a), Number(b)); // 2025-08
  if (b.length === 4 && a.length <= 2) return yearMonth(Number(b), Number(a)); // 08/2025
  return PERIOD_INVALID;
}

function fromText(text: string): number {
  const t = normalizeLabel(text);
  if (t === '') return PERIOD_EMPTY;
  const tokens = t.split(' ');
  if (tokens.length === 1) {
    const tok = tokens[0];
    const month = monthOfName(tok);
    if (month) return month;
    if (/^p\d{1,2}$/.test(tok)) {
      const m = Number(tok.slice(1));
      return m >= 1 && m <= 12 ? m : PERIOD_INVALID;
    }
    if (!isDigits(tok)) return PERIOD_INVALID;
    if (tok.length <= 2 || tok.length === 4 || tok.length === 6 || tok.length === 8) return fromNumber(Number(tok));
    return PERIOD_INVALID;
  }
  // A time of day after a date ("2025-08-31 00:00:00") is dropped.
  const parts = tokens.length > 3 && tokens.slice(3).every(isDigits) ? tokens.slice(0, 3) : tokens;
  if (parts.length === 2) return fromPair(parts[0], parts[1]);
  if (parts.length === 3 && parts.every(isDigits)) {
    const [a, b, c] = parts;
    if (a.length === 4 && Number(c) >= 1 && Number(c) <= 31) return yearMonth(Number(a), Number(b)); // 2025-08-31
    if (c.length === 4 && Number(a) >= 1 && Number(a) <= 31) return yearMonth(Number(c), Number(b)); // 31.08.2025
  }
  if (parts.length === 3 && isDigits(parts[0]) && Number(parts[0]) <= 31 && monthOfName(parts[1]) && isDigits(parts[2])) {
    return yearMonth(Number(parts[2]), monthOfName(parts[1])); // 31 aug 2025
  }
  return PERIOD_INVALID;
}

/** The period code of a cell (see the codes above). Never throws. */
export function periodCode(v: CellValue): number {
  if (typeof v === 'number') return Number.isFinite(v) ? fromNumber(v) : PERIOD_INVALID;
  if (v === null || v === undefined) return PERIOD_EMPTY;
  if (typeof v === 'string') return fromText(v);
  if (typeof v === 'boolean') return PERIOD_INVALID;
  return isCellError(v) ? PERIOD_ERROR : PERIOD_INVALID;
}

export type PeriodRead =
  | { readonly kind: 'period'; readonly year: number; readonly month: number }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'month'; readonly month: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'error' };

/** The same as periodCode, as a value for callers off the hot path. */
export function readPeriod(v: CellValue): PeriodRead {
  const c = periodCode(v);
  if (c === PERIOD_EMPTY) return { kind: 'empty' };
  if (c === PERIOD_INVALID) return { kind: 'invalid' };
  if (c === PERIOD_ERROR) return { kind: 'error' };
  if (c <= 12) return { kind: 'month', month: c };
  const { year, month } = splitPeriod(c);
  return month === 0 ? { kind: 'year', year } : { kind: 'period', year, month };
}
