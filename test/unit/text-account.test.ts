import fc from 'fast-check';
import { isSubtotalText, readAccount } from '../../src/core/text/account';

describe('readAccount', () => {
  it.each([
    [5110, '5110', ''],
    ['5110', '5110', ''],
    [' 5110 ', '5110', ''],
    ['5110 Löner', '5110', 'Löner'],
    ['5110 - Löner', '5110', 'Löner'],
    ['5110: Löner', '5110', 'Löner'],
  ])('%p is account %s with text %p', (v, code, text) => {
    expect(readAccount(v)).toEqual({ kind: 'account', code, text });
  });

  it.each([['abc'], ['5110A'], ['51 10'], [5110.5], [-5110], [true]])('%p is not an account', (v) => {
    expect(readAccount(v).kind).toBe('invalid');
  });

  it('recognises subtotals, empties and errors', () => {
    expect(readAccount('Summa intäkter').kind).toBe('subtotal');
    expect(readAccount('Totalt').kind).toBe('subtotal');
    expect(readAccount(null).kind).toBe('empty');
    expect(readAccount('').kind).toBe('empty');
    expect(readAccount({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
  });

  it('tells subtotal texts from account texts', () => {
    for (const t of ['Summa', 'SUMMA:', 'Summa januari', 'Delsumma', 'Total', 'Totalt kostnader', 'Totalsumma']) expect(isSubtotalText(t)).toBe(true);
    for (const t of ['Löner', 'Taxor och avgifter', 'Totalförsvar', 'Sumpmark', '']) expect(isSubtotalText(t)).toBe(false);
  });

  it('never throws, and a code is always digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), (v) => {
        const r = readAccount(v);
        if (r.kind === 'account') expect(r.code).toMatch(/^\d+$/);
      }),
    );
  });
});
