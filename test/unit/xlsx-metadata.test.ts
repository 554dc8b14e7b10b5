import { Workbook } from 'exceljs';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { METADATA_SHEET, readMeta, readMetaEntry, rowKeysKey, SETTINGS_KEY, writeMeta } from '../../src/io/xlsx/metadata';
import { isXlsxReadError } from '../../src/io/xlsx/errors';
import { ExcelWriteError } from '../../src/io/excel/errors';
import { draftsKey } from '../../src/core/commentary/refresh-commentary';
import type { MetaRow } from '../../src/io/xlsx/metadata';
import { sampleReportGrid, sampleSourceWorkbook } from '../helpers/grid-samples';
import { errorTexts } from '../../src/core/i18n/render';

/** Cuts the JSON of `key` on the metadata sheet short, as a hand edit or another tool might (exceljs as the other tool). */
async function damaged(bytes: Uint8Array, key: string): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(METADATA_SHEET);
  if (!ws) throw new Error('no metadata sheet');
  let found = false;
  for (let r = 2; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value === key) {
      ws.getCell(r, 2).value = '{"lang":"sv",';
      found = true;
    }
  }
  if (!found) throw new Error(`no entry ${key}`);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('KR_Metadata entries', () => {
  it('tells absent, present and damaged apart', () => {
    let rows: MetaRow[] = [];
    expect(readMetaEntry(rows, SETTINGS_KEY)).toEqual({ kind: 'absent' });
    rows = writeMeta(rows, SETTINGS_KEY, { lang: 'en' });
    expect(readMetaEntry(rows, SETTINGS_KEY)).toEqual({ kind: 'value', value: { lang: 'en' } });
    rows = rows.map((r) => (r.key === SETTINGS_KEY ? { key: r.key, chunks: ['{"lang":"sv",'] } : r));
    expect(readMetaEntry(rows, SETTINGS_KEY)).toMatchObject({ kind: 'damaged', key: SETTINGS_KEY });
    // Reading the workbook's own data is reading the input file: an XlsxReadError.
    expect(() => readMeta(rows, SETTINGS_KEY)).toThrow(expect.objectContaining({ name: 'XlsxReadError', code: 'settings-damaged', messageKey: 'xlsx.settings-damaged' }));
  });

  it('splits long JSON over cells of at most 32 000 characters and replaces it whole', () => {
    const long = 'x'.repeat(70_000);
    const rows = writeMeta([], 'k', long);
    // JSON.stringify adds two quotes: 70 002 characters = 32 000 + 32 000 + 6 002.
    expect(rows[0].chunks.map((c) => c.length)).toEqual([32_000, 32_000, 6_002]);
    expect(writeMeta(rows, 'k', 1)).toEqual([{ key: 'k', chunks: ['1'] }]);
  });

  it('loadSettings rejects a damaged settings entry with a message in both languages instead of resetting to {}', async () => {
    const first = await createFilePort(await sampleSourceWorkbook(), 'h.xlsx');
    await first.saveSettings({ lang: 'sv', threshold: 0.9 });
    const port = await createFilePort(await damaged(await first.bytes(), SETTINGS_KEY), 'h.xlsx');
    const e: unknown = await port.loadSettings().catch((x: unknown) => x);
    expect(isXlsxReadError(e) && e.code).toBe('settings-damaged');
    if (!isXlsxReadError(e)) return;
    expect(errorTexts(e).sv).toContain(`det dolda bladet ${METADATA_SHEET}, posten 'settings'`);
    expect(errorTexts(e).sv).toContain('är skadade');
    expect(errorTexts(e).en).toContain('are damaged');
    // Saving settings writes the entry anew, so the file can be mended.
    await port.saveSettings({ lang: 'en' });
    expect(await port.loadSettings()).toEqual({ lang: 'en' });
  });

  it('Refresh of a report whose row keys are damaged stops with a message and changes nothing', async () => {
    const grid = sampleReportGrid();
    const port = await createFilePort(await sampleSourceWorkbook(), 'h.xlsx');
    await port.writeGrid(grid, 'insert');
    const bytes = await damaged(await port.bytes(), rowKeysKey(grid.name));
    const again = await createFilePort(bytes, 'h.xlsx');
    const e: unknown = await again.writeGrid(grid, 'refresh').catch((x: unknown) => x);
    expect(isXlsxReadError(e) && e.code).toBe('metadata-damaged');
    if (!isXlsxReadError(e)) return;
    expect(errorTexts(e).sv).toContain('Infoga rapporten på nytt');
    // One damaged-metadata message, word for word the one Excel gives for the same report.
    expect(errorTexts(e)).toEqual(errorTexts(new ExcelWriteError('metadata-damaged', { name: grid.name })));
    expect(Buffer.from(await again.bytes()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('damaged drafts are damaged report metadata, not damaged settings', async () => {
    const grid = { ...sampleReportGrid(), drafts: { intro: 'Utkast' } };
    const port = await createFilePort(await sampleSourceWorkbook(), 'h.xlsx');
    await port.writeGrid(grid, 'insert');
    const again = await createFilePort(await damaged(await port.bytes(), draftsKey(grid.name)), 'h.xlsx');
    const e: unknown = await again.writeGrid(grid, 'refresh').catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'XlsxReadError', code: 'metadata-damaged', params: { name: grid.name } });
  });
});
