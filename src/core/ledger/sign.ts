import { AMOUNT_KIND } from './types';
import type { RawSign } from './types';

export type SignFacts = { readonly rawSign: RawSign; readonly income: number; readonly personnel: number };

/**
 * Which sign the export uses, from the actuals: bookkeeping sign when class 3 (income) sums
 * negative and class 5 (personnel costs) positive; flipped when the reverse; unknown otherwise.
 * `classOf` gives the first digit of each distinct account (-1 when it has none).
 */
export function detectSign(account: Int32Array, kind: Uint8Array, amount: Float64Array, size: number, classOf: Int8Array): SignFacts {
  let income = 0;
  let personnel = 0;
  for (let i = 0; i < size; i++) {
    if (kind[i] !== AMOUNT_KIND.actual) continue;
    const c = classOf[account[i]];
    if (c === 3) income += amount[i];
    else if (c === 5) personnel += amount[i];
  }
  let rawSign: RawSign = 'unknown';
  if (income < 0 && personnel > 0) rawSign = 'income-negative';
  else if (income > 0 && personnel < 0) rawSign = 'costs-negative';
  return { rawSign, income, personnel };
}

/** First digit of each account code, as a number (-1 when the code is empty). */
export function accountClasses(accounts: readonly string[]): Int8Array {
  const out = new Int8Array(accounts.length);
  for (let i = 0; i < accounts.length; i++) {
    const c = accounts[i].charCodeAt(0) - 48;
    out[i] = c >= 0 && c <= 9 ? c : -1;
  }
  return out;
}
