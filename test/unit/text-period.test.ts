import fc from 'fast-check';
import { PERIOD_EMPTY, PERIOD_ERROR, PERIOD_INVALID, periodCode, readPeriod, serialToYearMonth } from '../../src/core/text/period';
import { periodFromTitle } from '../../src/core/ledger/title-period';

describe('periodCode', () => {
  it.each([
    [202508, 202508],
    ['202508', 202508],
    ['2025-08', 202508],
    ['2025/08', 202508],
    ['2025-08-31', 202508],
    ['2025-08-31 00:00:00', 202508],
    ['31.08.2025', 202508],
    ['08/2025', 202508],
    ['aug 2025', 202508],
    ['Augusti 2025', 202508],
    ['2025 aug', 202508],
    ['aug-25', 202508],
    ['okt 2024', 202410],
    ['December 2024', 202412],
    [20250831, 202508],
    // Excel serials, counted by hand: 45658 = 2025-01-01, + 212 days (Jan–Jul) = 45870 = 2025-08-01.
    [45658, 202501],
    [45870, 202508],
    [45900.5, 202508],
    [2025, 202500],
    ['2025', 202500],
    [8, 8],
    ['aug', 8],
    ['P08', 8],
  ])('%p -> %p', (v, expected) => {
    expect(periodCode(v)).toBe(expected);
  });

  it.each([[202513], ['2025-13'], ['foo'], [true], [1.5], [-3], ['2025-08-x'], [13], ['P13']])('%p is not a period', (v) => {
    expect(periodCode(v)).toBe(PERIOD_INVALID);
  });

  it('tells empty and error values apart', () => {
    expect(periodCode(null)).toBe(PERIOD_EMPTY);
    expect(periodCode('  ')).toBe(PERIOD_EMPTY);
    expect(periodCode({ error: '#REF!' })).toBe(PERIOD_ERROR);
  });

  it('readPeriod names the kind', () => {
    expect(readPeriod('2025-08')).toEqual({ kind: 'period', year: 2025, month: 8 });
    expect(readPeriod(2025)).toEqual({ kind: 'year', year: 2025 });
    expect(readPeriod('mars')).toEqual({ kind: 'month', month: 3 });
  });

  it('serials give the same year and month as the calendar (leap years included)', () => {
    // 2024-02-29 is serial 45351: 45292 (2024-01-01) + 31 + 28.
    expect(serialToYearMonth(45351)).toBe(202402);
    expect(serialToYearMonth(45352)).toBe(202403);
    expect(serialToYearMonth(25569)).toBe(197001);
  });

  it('never throws and returns a known code for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.record({ error: fc.string() })), (v) => {
        const c = periodCode(v);
        expect(c === PERIOD_EMPTY || c === PERIOD_INVALID || c === PERIOD_ERROR || (c >= 1 && c <= 12) || (c >= 190000 && c <= 299912)).toBe(true);
      }),
    );
  });

  it('every year and month written as YYYY-MM reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(periodCode(`${y}-${String(m).padStart(2, '0')}`)).toBe(y * 100 + m);
      }),
    );
  });
});

describe('periodFromTitle', () => {
  it.each([
    ['Utfall jan–aug 2025', { year: 2025, month: 8 }],
    ['Period: 2025-08', { year: 2025, month: 8 }],
    ['Saldolista 202508', { year: 2025, month: 8 }],
    ['Utfall t.o.m. augusti 2025', { year: 2025, month: 8 }],
    ['Period 2025-01 – 2025-07', { year: 2025, month: 7 }],
    ['Budget 2025', { year: 2025, month: null }],
  ])('%s', (text, expected) => {
    expect(periodFromTitle(text)).toEqual(expected);
  });

  it('finds nothing in a text without a year', () => {
    expect(periodFromTitle('Huvudbok Kommunstyrelsen')).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void periodFromTitle(s)));
  });
});
