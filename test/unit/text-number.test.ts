import fc from 'fast-check';
import { dotGroupReadings, formatSwedishNumber, parseSwedishNumber, readAmount } from '../../src/core/text/number';

describe('parseSwedishNumber', () => {
  it.each([
    ['1 234', 1234],
    ['1\u00a0234\u00a0567', 1234567],
    ['1\u202f234,50', 1234.5],
    ['-1 234', -1234],
    ['\u22121 234', -1234],
    ['\u20131 234', -1234],
    ['1 234-', -1234],
    ['(1 234)', -1234],
    ['1 234 kr', 1234],
    ['12,5', 12.5],
    ['1.234.567,50', 1234567.5],
    ['1,234,567.50', 1234567.5],
    ['0', 0],
    ['  42  ', 42],
  ])('%s -> %d', (text, expected) => {
    expect(parseSwedishNumber(text)).toBe(expected);
  });

  it.each(['', 'abc', '12 34', '1,2,3', '--5', 'kr', '1 2345'])('rejects %s', (text) => {
    expect(parseSwedishNumber(text)).toBeNull();
  });

  it('a number formatted the Swedish way parses back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('-', '\u2212', '\u2013'), (cents, decimals, minus) => {
        const n = decimals === 0 ? cents : cents / 10 ** decimals;
        const text = formatSwedishNumber(n, decimals, minus);
        expect(parseSwedishNumber(text)).toBeCloseTo(n, decimals);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parseSwedishNumber(s);
      expect(r === null || Number.isFinite(r)).toBe(true);
    }), { numRuns: 10000 });
  });
});

describe('readAmount', () => {
  it('separates empty, invalid, error and numbers', () => {
    expect(readAmount(null)).toEqual({ kind: 'empty' });
    expect(readAmount('  ')).toEqual({ kind: 'empty' });
    expect(readAmount('x')).toEqual({ kind: 'invalid', text: 'x' });
    expect(readAmount({ error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
    expect(readAmount(12.5)).toEqual({ kind: 'number', value: 12.5 });
    expect(readAmount('1 234,5')).toEqual({ kind: 'number', value: 1234.5 });
  });
});

describe("'1.234': dot grouping or an English decimal", () => {
  it.each([
    ['1.234', 1234, 1.234],
    ['12.500', 12500, 12.5],
    ['-1.234', -1234, -1.234],
    ['(999.000)', -999000, -999],
    ['1.234 kr', 1234, 1.234],
  ])('%s reads as %d or %d', (text, grouped, decimal) => {
    expect(dotGroupReadings(text)).toEqual({ grouped, decimal });
  });

  it.each(['0.500', '1.23', '1.2345', '1234.567', '1.234.567', '1,234', '1 234', '1.234,5'])('%s is not ambiguous', (text) => {
    expect(dotGroupReadings(text)).toBeNull();
  });

  it('an amount cell takes the grouped reading; parseSwedishNumber keeps the decimal', () => {
    expect(readAmount('1.234')).toEqual({ kind: 'number', value: 1234 });
    expect(readAmount('1 234-')).toEqual({ kind: 'number', value: -1234 });
    expect(parseSwedishNumber('1.234')).toBe(1.234);
  });
});
