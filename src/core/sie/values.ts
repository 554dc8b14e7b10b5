/**
 * SIE field values: amounts to exact integer öre (dot decimal, at most two decimals, a minus
 * sign; a comma decimal or a plus sign is tolerated), dates YYYYMMDD, periods YYYYMM.
 */
export type AmountRead = { readonly ore: number; readonly rounded: boolean } | null;

const AMOUNT = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

/** Kronor text → öre, without floating point; null when it is not an amount. */
export function parseAmount(text: string): AmountRead {
  const m = AMOUNT.exec(text);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
  const whole = m[2] === '' ? 0 : Number(m[2]);
  const dec = m[3] ?? '';
  const two = Number((dec + '00').slice(0, 2));
  let ore = whole * 100 + two;
  const rest = dec.slice(2);
  const rounded = /[1-9]/.test(rest);
  if (rounded && Number(rest[0]) >= 5) ore += 1; // half away from zero
  if (!Number.isSafeInteger(ore)) return null;
  return { ore: m[1] === '-' ? -ore : ore, rounded };
}

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** YYYYMMDD → the number 20250131, or null when it is no calendar date. */
export function parseDate(text: string): number | null {
  if (!/^\d{8}$/.test(text)) return null;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  const d = Number(text.slice(6, 8));
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return y * 10000 + m * 100 + d;
}

/** YYYYMM → 202501, or null. */
export function parsePeriod(text: string): number | null {
  if (!/^\d{6}$/.test(text)) return null;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 ? y * 100 + m : null;
}

/** A year index of #RAR, #RES, #PSALDO …: 0, -1, -2 … */
export function parseYearIndex(text: string): number | null {
  return /^[+-]?\d{1,3}$/.test(text) ? Number(text) : null;
}

export function isAccountCode(text: string): boolean {
  return /^\d{1,10}$/.test(text);
}

/** "Result account": classes 3–8 of BAS and Kommun-Bas. */
export function isResultAccount(code: string): boolean {
  const c = code.charCodeAt(0) - 48;
  return c >= 3 && c <= 8;
}
