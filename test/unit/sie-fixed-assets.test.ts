import { isFixedAssetAccount } from '../../src/core/sie';

/** The accounts an investment is booked on (BAS / Kommun-Bas class 1, groups 10–12). */
describe('isFixedAssetAccount', () => {
  it.each(['1010', '1110', '1150', '1180', '1188', '1210', '1220', '1280', '1288'])('%s (an asset, work in progress or an advance) is one', (a) => {
    expect(isFixedAssetAccount(a)).toBe(true);
  });
  it.each(['1119', '1229', '1018', '1218', '1310', '1930', '2440', '5010', '7830'])('%s (accumulated depreciation, a write-down, financial assets or another class) is not', (a) => {
    expect(isFixedAssetAccount(a)).toBe(false);
  });
});
