import { amount, percent, signedAmount } from '../../src/core/commentary';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('figures for prose (DOMAIN.md §4, §10)', () => {
  it('rounds to the unit half away from zero, from the öre', () => {
    // 49 999 kr = 49,999 tkr → 50; 52 249 999 kr = 52,249999 mnkr → 52,2; 52 250 000 → 52,3 (half up).
    expect(plain(amount(49_999, 'tkr', 'sv'))).toBe('50 tkr');
    expect(plain(amount(52_249_999, 'mnkr', 'sv'))).toBe('52,2 mnkr');
    expect(plain(amount(52_250_000, 'mnkr', 'sv'))).toBe('52,3 mnkr');
    expect(plain(amount(23_676_400, 'tkr', 'sv'))).toBe('23 676 tkr');
    expect(plain(amount(1_234_567.5, 'kr', 'sv'))).toBe('1 234 568 kr');
    // 499,99 kr is 0,49999 tkr: 0.
    expect(plain(amount(499.99, 'tkr', 'sv'))).toBe('0 tkr');
    expect(plain(amount(500, 'tkr', 'sv'))).toBe('1 tkr');
  });

  it('gives the size without a sign: the words say the direction', () => {
    expect(plain(amount(-4_260_000, 'tkr', 'sv'))).toBe('4 260 tkr');
    expect(plain(amount(-49_999, 'mnkr', 'sv'))).toBe('0,0 mnkr');
  });

  it('groups digits and ties the unit with a no-break space', () => {
    expect(amount(23_676_000, 'tkr', 'sv')).toBe('23\u00a0676\u00a0tkr');
    expect(percent(0.026, 'sv')).toBe('2,6\u00a0%');
  });

  it('writes English figures with a comma separator and a decimal point', () => {
    expect(plain(amount(23_676_000, 'tkr', 'en'))).toBe('SEK 23,676 thousand');
    expect(plain(amount(52_249_999, 'mnkr', 'en'))).toBe('SEK 52.2 million');
    expect(plain(amount(1_234, 'kr', 'en'))).toBe('SEK 1,234');
    expect(percent(0.146_63, 'en')).toBe('14.7%');
  });

  it('signs figures where the words do not, never "+0" or "−0"', () => {
    expect(plain(signedAmount(471_000, 'tkr', 'sv'))).toBe('+471 tkr');
    expect(plain(signedAmount(-1_424_000, 'tkr', 'sv'))).toBe('\u22121 424 tkr');
    expect(plain(signedAmount(-499, 'tkr', 'sv'))).toBe('0 tkr');
    expect(plain(signedAmount(-0, 'mnkr', 'sv'))).toBe('0,0 mnkr');
    expect(plain(signedAmount(400_000, 'tkr', 'en'))).toBe('+SEK 400 thousand');
  });
});
