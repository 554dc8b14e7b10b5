import { METADATA_SHEET as FILE_SHEET, rowKeysKey as fileRowKeysKey, writeMeta } from '../../src/io/xlsx/metadata';
import { META_HEADER, METADATA_SHEET, chunksOf, rowKeysKey } from '../../src/io/excel/meta-sheet';
import { metadataSheetXml } from '../../src/io/xlsx/metadata';

describe('KR_Metadata: the Office.js adapter uses the file adapter scheme', () => {
  it('has the same sheet name, header and row-key key', () => {
    expect(METADATA_SHEET).toBe(FILE_SHEET);
    expect(rowKeysKey('KR_X')).toBe(fileRowKeysKey('KR_X'));
    expect(metadataSheetXml([])).toContain(`<t>${META_HEADER}</t>`);
  });

  it('cuts JSON into the same cells (32 000 characters each)', () => {
    // 70 000 characters of text plus its two quotes: 70 002 characters of JSON, cells of 32 000, 32 000 and 6 002.
    const value = 'x'.repeat(70_000);
    expect(chunksOf(value).map((c) => c.length)).toEqual([32_000, 32_000, 6_002]);
    expect(chunksOf(value)).toEqual(writeMeta([], 'k', value)[0].chunks);
    expect(chunksOf(undefined)).toEqual(writeMeta([], 'k', undefined)[0].chunks);
  });
});
