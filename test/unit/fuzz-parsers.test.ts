/**
 * Fuzzing the cell parsers: 10 000 random inputs each, built both from arbitrary Unicode and
 * from the tokens Swedish exports actually use (digits, spaces of every kind, minus signs,
 * commas, dots, parentheses, 'kr', month names), so the interesting paths are reached. Nothing
 * may throw, and every result must keep its documented shape.
 */
import fc from 'fast-check';
import { parseSwedishNumber, readAmount } from '../../src/core/text/number';
import { PERIOD_EMPTY, PERIOD_ERROR, PERIOD_INVALID, periodCode, readPeriod } from '../../src/core/text/period';
import { isSubtotalText, readAccount } from '../../src/core/text/account';
import { normalizeLabel } from '../../src/core/text/normalize';
import { roleOfHeader } from '../../src/core/ledger/headers';
import { classifyGoalHeader } from '../../src/core/goals/headers';
import { readGoalValue } from '../../src/core/goals/values';
import { classifyAssignmentHeader, readPlan, readStatus } from '../../src/core/assignments/vocabulary';
import { readDate } from '../../src/core/assignments/dates';
import { anyCell, hostileText, unsignedNumberText } from '../fixtures/bad/arbitraries';

const RUNS = { numRuns: 10_000 };
jest.setTimeout(60_000);

describe('number parsing', () => {
  it('parseSwedishNumber returns null or a finite number, never NaN, never throws', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const n = parseSwedishNumber(s);
        return n === null || (typeof n === 'number' && Number.isFinite(n));
      }),
      RUNS,
    );
  });

  it('a sign in front negates what the rest parses to', () => {
    fc.assert(
      fc.property(unsignedNumberText, fc.constantFrom('-', '\u2212', '\u2013'), (body, minus) => {
        const n = parseSwedishNumber(body);
        const m = parseSwedishNumber(`${minus}${body}`);
        return n === null ? m === null : m === -n || (n === 0 && m === 0);
      }),
      RUNS,
    );
  });

  it('readAmount gives one of its four kinds; a number is finite', () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = readAmount(v);
        if (r.kind === 'number') return Number.isFinite(r.value);
        return ['empty', 'invalid', 'error'].includes(r.kind);
      }),
      RUNS,
    );
  });
});

describe('period parsing', () => {
  it('periodCode is a sentinel, a month 1-12, or yyyymm / yyyy00 with 1900 <= yyyy <= 2999', () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const c = periodCode(v);
        if (!Number.isInteger(c)) return false;
        if (c === PERIOD_EMPTY || c === PERIOD_INVALID || c === PERIOD_ERROR) return true;
        if (c >= 1 && c <= 12) return true;
        const y = Math.floor(c / 100);
        const m = c % 100;
        return y >= 1900 && y <= 2999 && m >= 0 && m <= 12;
      }),
      RUNS,
    );
  });

  it('readPeriod agrees with periodCode and never gives month 0 or 13', () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = readPeriod(v);
        if (r.kind === 'period' || r.kind === 'month') return r.month >= 1 && r.month <= 12;
        return true;
      }),
      RUNS,
    );
  });

  it('impossible periods are never read as periods', () => {
    for (const v of [202513, '2025-00', '2025-13', 1899, '189912', 300001, '13/2025']) {
      const r = readPeriod(v);
      expect({ v, kind: r.kind }).toEqual({ v, kind: 'invalid' });
    }
  });
});

describe('account parsing', () => {
  it('an account code is digits only; anything else is another kind', () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = readAccount(v);
        if (r.kind === 'account') return /^[0-9]+$/.test(r.code);
        return ['empty', 'subtotal', 'invalid', 'error'].includes(r.kind);
      }),
      RUNS,
    );
  });

  it('isSubtotalText never throws and is false for non-text', () => {
    fc.assert(
      fc.property(anyCell, (v) => (typeof v === 'string' ? typeof isSubtotalText(v) === 'boolean' : isSubtotalText(v) === false)),
      RUNS,
    );
  });
});

describe('header matching', () => {
  it('normalizeLabel is idempotent and yields lower-case ASCII words separated by single spaces', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, anyCell), (v) => {
        const n = normalizeLabel(v);
        return normalizeLabel(n) === n && /^([a-z0-9]+( [a-z0-9]+)*)?$/.test(n);
      }),
      RUNS,
    );
  });

  it('header roles ignore case, accents and punctuation', () => {
    const decorate = fc.tuple(hostileText, fc.constantFrom('', '.', ':', ' ', '  '), fc.boolean());
    fc.assert(
      fc.property(decorate, ([s, punct, upper]) => {
        const base = roleOfHeader(s);
        const variant = roleOfHeader(` ${upper ? s.toLocaleUpperCase('sv') : s}${punct} `);
        // toUpperCase can change length (ß → SS); compare only where normalization agrees.
        fc.pre(normalizeLabel(upper ? s.toLocaleUpperCase('sv') : s) === normalizeLabel(s));
        return JSON.stringify(base) === JSON.stringify(variant);
      }),
      RUNS,
    );
  });

  it('goal and assignment header, status and plan readers never throw', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        classifyGoalHeader(s);
        classifyAssignmentHeader(s);
        readStatus(s);
        readPlan(s);
        return true;
      }),
      RUNS,
    );
  });

  it('goal values and assignment dates read any cell without throwing', () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(null, '0%', '0.0%', '#,##0', 'General', '@'), fc.boolean(), (v, format, prel) => {
        const g = readGoalValue(v, format, prel);
        const d = readDate(v);
        return typeof g.kind === 'string' && (d.kind !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(d.iso));
      }),
      RUNS,
    );
  });
});
