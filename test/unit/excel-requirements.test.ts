import { MIN_EXCEL_API, missingRequirement } from '../../src/io/excel';

/** A host that supports ExcelApi 1.0 … 1.`minor`, as Office.context.requirements.isSetSupported answers. */
const host = (minor: number) => (set: string, version: string): boolean => set === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

describe('missingRequirement', () => {
  it('names ExcelApi 1.7 on an Excel 2016 host with 1.2 or 1.6', () => {
    expect(MIN_EXCEL_API).toBe('1.7');
    expect(missingRequirement(host(2))).toBe('ExcelApi 1.7');
    expect(missingRequirement(host(6))).toBe('ExcelApi 1.7');
  });

  it('is null on 1.7 (and on Excel 2019, 1.8, and newer)', () => {
    expect(missingRequirement(host(7))).toBeNull();
    expect(missingRequirement(host(8))).toBeNull();
    expect(missingRequirement(host(17))).toBeNull();
  });
});
