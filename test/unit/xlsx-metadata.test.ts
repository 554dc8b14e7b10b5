import { Workbook } from 'exceljs';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { isMetadataDamaged, METADATA_SHEET, readMeta, readMetaEntry, rowKeysKey, SETTINGS_KEY, writeMeta } from '../../src/io/xlsx/metadata';
import { sampleReportGrid, sampleSourceWorkbook } from '../helpers/grid-samples';

/** Cuts the JSON of `key` on the metadata sheet short, as a hand edit or another tool might. */
function damage(wb: Workbook, key: string): void {
  const ws = wb.getWorksheet(METADATA_SHEET);
  if (!ws) throw new Error('no metadata sheet');
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) ws.getCell(r, 2).value = '{"lang":"sv",';
}

async function portWith(edit: (wb: Workbook) => void): Promise<Awaited<ReturnType<typeof createFilePort>>> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(await sampleSourceWorkbook()) as unknown as ArrayBuffer);
  edit(wb);
  return createFilePort(new Uint8Array(await wb.xlsx.writeBuffer()), 'h.xlsx');
}

describe('KR_Metadata entries', () => {
  it('tells absent, present and damaged apart', () => {
    const wb = new Workbook();
    expect(readMetaEntry(wb, SETTINGS_KEY)).toEqual({ kind: 'absent' });
    writeMeta(wb, SETTINGS_KEY, { lang: 'en' });
    expect(readMetaEntry(wb, SETTINGS_KEY)).toEqual({ kind: 'value', value: { lang: 'en' } });
    damage(wb, SETTINGS_KEY);
    expect(readMetaEntry(wb, SETTINGS_KEY)).toMatchObject({ kind: 'damaged', key: SETTINGS_KEY });
    expect(() => readMeta(wb, SETTINGS_KEY)).toThrow(expect.objectContaining({ name: 'MetadataDamagedError', key: SETTINGS_KEY }));
  });

  it('loadSettings rejects a damaged settings entry with a message in both languages instead of resetting to {}', async () => {
    const port = await portWith((wb) => {
      writeMeta(wb, SETTINGS_KEY, { lang: 'sv', threshold: 0.9 });
      damage(wb, SETTINGS_KEY);
    });
    const e: unknown = await port.loadSettings().catch((x: unknown) => x);
    expect(isMetadataDamaged(e)).toBe(true);
    if (!isMetadataDamaged(e)) return;
    expect(e.messages.sv).toContain(`det dolda bladet ${METADATA_SHEET}, posten 'settings'`);
    expect(e.messages.sv).toContain('är skadade');
    expect(e.messages.en).toContain('are damaged');
    // Saving settings writes the entry anew, so the file can be mended.
    await port.saveSettings({ lang: 'en' });
    expect(await port.loadSettings()).toEqual({ lang: 'en' });
  });

  it('Refresh of a report whose row keys are damaged stops with a message and changes nothing', async () => {
    const grid = sampleReportGrid();
    const port = await portWith(() => undefined);
    await port.writeGrid(grid, 'insert');
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await port.bytes()) as unknown as ArrayBuffer);
    writeMeta(wb, rowKeysKey(grid.name), ['a', 'b']);
    damage(wb, rowKeysKey(grid.name));
    const damaged = await createFilePort(new Uint8Array(await wb.xlsx.writeBuffer()), 'h.xlsx');
    const before = await damaged.snapshot();
    const e: unknown = await damaged.writeGrid(grid, 'refresh').catch((x: unknown) => x);
    expect(isMetadataDamaged(e) && e.messages.sv).toContain('Infoga rapporten på nytt');
    expect(await damaged.snapshot()).toEqual(before);
  });
});
