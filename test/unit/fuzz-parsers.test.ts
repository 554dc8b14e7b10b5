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

  it('readAmount: a number is finite; a finite number cell is read as itself; blank text is empty', () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = readAmount(v);
        if (r.kind === 'number' && !Number.isFinite(r.value)) return false;
        if (typeof v === 'number' && Number.isFinite(v)) return r.kind === 'number' && r.value === v;
        if (typeof v === 'string' && v.trim() === '') return r.kind === 'empty';
        if (v === null) return r.kind === 'empty';
        return true;
      }),
      RUNS,
    );
  });

  it('readAmount of text Swedish-style agrees with parseSwedishNumber', () => {
    fc.assert(
      fc.property(unsignedNumberText, fc.constantFrom('', '-', '\u2212'), (body, minus) => {
        const text = `${minus}${body}`;
        // Text with a dot may be a dot-grouped amount ("9.123"), which readAmount reads before parseSwedishNumber.
        fc.pre(text.trim() !== '' && !text.includes('.'));
        const n = parseSwedishNumber(text);
        const r = readAmount(text);
        return n === null ? r.kind === 'invalid' : r.kind === 'number' && r.value === n;
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
    /** The code a PeriodRead stands for, written out from the codes documented in text/period.ts. */
    const codeOf = (r: ReturnType<typeof readPeriod>): number => {
      switch (r.kind) {
        case 'empty':
          return PERIOD_EMPTY;
        case 'invalid':
          return PERIOD_INVALID;
        case 'error':
          return PERIOD_ERROR;
        case 'month':
          return r.month;
        case 'year':
          return r.year * 100;
        case 'period':
          return r.year * 100 + r.month;
      }
    };
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = readPeriod(v);
        if ((r.kind === 'period' || r.kind === 'month') && !(r.month >= 1 && r.month <= 12)) return false;
        return codeOf(r) === periodCode(v);
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
  it('an account code is digits only, and the digits the cell starts with', () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = readAccount(v);
        if (r.kind !== 'account') return true;
        return /^[0-9]+$/.test(r.code) && (typeof v === 'number' ? String(v) === r.code : v !== null && typeof v === 'string' && v.trim().startsWith(r.code));
      }),
      RUNS,
    );
  });

  it('digits alone, or digits, a separator and a name, read as that account', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,8}$/), fc.constantFrom('', ' ', ' - ', ': ', '\u00a0'), fc.constantFrom('', 'Löner', 'Lokalhyra extern'), (code, sep, name) => {
        const r = readAccount(`${code}${name ? sep || ' ' : ''}${name}`);
        return r.kind === 'account' && r.code === code && r.text === name;
      }),
      RUNS,
    );
  });

  it('isSubtotalText is false for non-text and true for any text that starts with Summa', () => {
    fc.assert(
      fc.property(anyCell, hostileText, (v, rest) => (typeof v === 'string' ? true : isSubtotalText(v) === false) && isSubtotalText(`Summa ${rest}`)),
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

  it('goal and assignment headers, statuses and plans ignore case, accents and punctuation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Målvärde', 'Indikator', 'Utfall 2023', 'Slutdatum', 'Status', 'Kommentar', 'Påbörjad', 'Ej påbörjad', 'Färdig', 'Enligt plan', 'Avvikelse från plan'),
        fc.constantFrom('', '.', ':', ' '),
        fc.boolean(),
        (s, punct, upper) => {
          const variant = ` ${upper ? s.toLocaleUpperCase('sv') : s.replace(/å/g, 'a').replace(/ä/g, 'a')}${punct} `;
          const read = (t: string) => JSON.stringify([classifyGoalHeader(t), classifyAssignmentHeader(t), readStatus(t), readPlan(t)]);
          return read(variant) === read(s);
        },
      ),
      RUNS,
    );
  });

  it('goal values: a finite number cell is read as itself (× 100 under a percent format); dates are yyyy-mm-dd', () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(null, '0%', '0.0%', '#,##0', 'General', '@'), fc.boolean(), (v, format, prel) => {
        const g = readGoalValue(v, format, prel);
        const d = readDate(v);
        if (d.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) return false;
        if (v === null) return g.kind === 'missing';
        // Beyond 1e15 (no goal value is) roundPoints' × 1e10 overflows: left out here, noted in the issue.
        if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e15) return true;
        if (g.kind !== 'number' || g.preliminary !== prel) return false;
        const percent = format === '0%' || format === '0.0%';
        return g.percent === percent && Math.abs(g.value - (percent ? v * 100 : v)) <= Math.abs(v) * 1e-9 + 1e-9;
      }),
      RUNS,
    );
  });
});
