import { isFixedAssetAccount, readSie } from '../../src/core/sie';

/** The accounts an investment is booked on (BAS / Kommun-Bas class 1, groups 10–12). */
describe('isFixedAssetAccount', () => {
  it.each(['1010', '1110', '1150', '1180', '1188', '1210', '1220', '1280', '1288'])('%s (an asset, work in progress or an advance) is one', (a) => {
    expect(isFixedAssetAccount(a)).toBe(true);
  });
  it.each(['1119', '1229', '1018', '1218', '1310', '1930', '2440', '5010', '7830'])('%s (accumulated depreciation, a write-down, financial assets or another class) is not', (a) => {
    expect(isFixedAssetAccount(a)).toBe(false);
  });
});

describe('an SIE file read for its fixed assets', () => {
  // Period balances for the result account 5010 only; the investment on 1110 is in a voucher.
  const file = [
    '#FLAGGA 0',
    '#SIETYP 4',
    '#RAR 0 20250101 20251231',
    '#KONTO 1110 "Byggnader"',
    '#KONTO 1930 "Bank"',
    '#KONTO 2440 "Leverantorsskulder"',
    '#KONTO 5010 "Lokalhyra"',
    '#DIM 6 "Projekt"',
    '#OBJEKT 6 "4101" "Skola Norra"',
    '#PSALDO 0 202501 5010 {} 12000.00',
    '#PBUDGET 0 202506 1110 {6 "4101"} 500000.00',
    '#VER A 1 20250115 "Entreprenad"',
    '{',
    '#TRANS 1110 {6 "4101"} 250000.00',
    '#TRANS 2440 {} -250000.00',
    '}',
    '#VER A 2 20250116 "Hyra"',
    '{',
    '#TRANS 5010 {} 12000.00',
    '#TRANS 1930 {} -12000.00',
    '}',
  ].join('\r\n');
  const bytes = new TextEncoder().encode(file);

  it('takes the fixed assets from the vouchers when the period balances hold result accounts only', () => {
    const read = readSie(bytes, { accounts: 'fixed-assets' });
    expect(read.source).toBe('trans');
    expect(read.snapshot?.sheets[0].values).toEqual([
      ['Konto', 'Kontotext', 'Period', 'Projekt', 'Projektnamn', 'Utfall', 'Periodbudget'],
      ['1110', 'Byggnader', 202501, '4101', 'Skola Norra', 250000, null],
      ['1110', 'Byggnader', 202506, '4101', 'Skola Norra', null, 500000],
    ]);
  });

  it('still reads the result accounts from the period balances for the drift ledger', () => {
    const read = readSie(bytes);
    expect(read.source).toBe('psaldo');
    expect(read.snapshot?.sheets[0].values.slice(1)).toEqual([['5010', 'Lokalhyra', 202501, 12000, null]]);
  });
});
