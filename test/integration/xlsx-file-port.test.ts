import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { writeReportFile } from '../../src/io/xlsx/write-file';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import { METADATA_SHEET } from '../../src/io/xlsx/metadata';
import { sampleReportGrid, sampleSourceWorkbook } from '../helpers/grid-samples';
import { MACRO_WORKBOOK_TYPE, sampleMacroWorkbook, vbaProjectBytes } from '../helpers/xlsm-sample';
import { entryRawBytes, inspectXlsxBytes } from '../../src/io/xlsx/zip-guard';
import { openPackage } from '../../src/io/xlsx/pkg/package';
import { errorTexts } from '../../src/core/i18n/render';

/** An entry as stored in the zip (compressed bytes, method, CRC), and the part's content type. */
function stored(bytes: Uint8Array, name: string): { raw: Buffer; method: number; crc: number } {
  const e = inspectXlsxBytes(bytes).entries.find((x) => x.name === name)!;
  return { raw: Buffer.from(entryRawBytes(bytes, e)), method: e.method, crc: e.crc };
}

function contentTypes(bytes: Uint8Array): string {
  return Buffer.from(openPackage(bytes).data('[Content_Types].xml')).toString('utf8');
}

describe('createFilePort', () => {
  it('snapshots the workbook without its metadata sheet', async () => {
    const port = await createFilePort(await sampleSourceWorkbook(), 'huvudbok.xlsx');
    expect(port.kind).toBe('file');
    expect(port.fileName).toBe('huvudbok.xlsx');
    await port.saveSettings({ lang: 'sv' });
    const snap = await port.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Mål']);
    const only = await port.snapshot({ sheets: ['Mål'], withFormats: true });
    expect(only.sheets.map((s) => s.name)).toEqual(['Mål']);
    expect(only.sheets[0].formats).toBeDefined();
  });

  it('writes, lists KR_ reports and saves them into the bytes', async () => {
    const port = await createFilePort(await sampleSourceWorkbook(), 'huvudbok.xlsx');
    const result = await port.writeGrid(sampleReportGrid(), 'insert');
    expect(result).toEqual({ sheet: 'Rapport 2025-08', address: 'A1:G14', name: 'KR_Drift_2025_08' });
    expect(await port.listReports()).toEqual([{ name: 'KR_Drift_2025_08', sheet: 'Rapport 2025-08', address: 'A1:G14' }]);
    const again = await readWorkbookBuffer(await port.bytes());
    expect(again.sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Mål', 'Rapport 2025-08']);
    expect(again.sheets[2].values[0][0]).toBe('Driftredovisning per verksamhet');
  });

  it('keeps settings in the file, on a very hidden sheet', async () => {
    const port = await createFilePort(await sampleSourceWorkbook(), 'huvudbok.xlsx');
    expect(await port.loadSettings()).toEqual({});
    const settings = { lang: 'en', threshold: 0.85, sheets: { ledger: 'Huvudbok' }, long: 'x'.repeat(70_000) };
    await port.saveSettings(settings);
    await port.saveSettings({ ...settings, threshold: 0.9 });
    const reopened = await createFilePort(await port.bytes(), 'huvudbok.xlsx');
    expect(await reopened.loadSettings()).toEqual({ ...settings, threshold: 0.9 });
    const ExcelJS = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.bytes()) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(METADATA_SHEET)?.state).toBe('veryHidden');
    // Saving the same settings again leaves the bytes as they are.
    const same = await reopened.bytes();
    await reopened.saveSettings({ ...settings, threshold: 0.9 });
    expect(await reopened.bytes()).toBe(same);
    // A shorter value replaces a longer one completely (no stale continuation cells).
    await reopened.saveSettings({ lang: 'sv' });
    expect(await (await createFilePort(await reopened.bytes(), 'h.xlsx')).loadSettings()).toEqual({ lang: 'sv' });
  });

  it('records the selected cell', async () => {
    const port = await createFilePort(await sampleSourceWorkbook(), 'huvudbok.xlsx');
    expect(port.selection()).toBeNull();
    await port.selectCell('Huvudbok', 'D3');
    expect(port.selection()).toEqual({ sheet: 'Huvudbok', address: 'D3' });
  });

  it('writes into an .xlsm and keeps its VBA project byte for byte and its macro-enabled content type', async () => {
    const input = await sampleMacroWorkbook();
    const port = await createFilePort(input, 'makron.xlsm');
    expect((await port.snapshot()).sheets.map((s) => s.name)).toContain('Huvudbok');
    await port.writeGrid(sampleReportGrid(), 'insert');
    await port.saveSettings({ lang: 'sv' });
    await port.writeGrid(sampleReportGrid(), 'refresh');
    const out = await port.bytes();
    expect(stored(out, 'xl/vbaProject.bin')).toEqual(stored(input, 'xl/vbaProject.bin'));
    expect(Buffer.from(openPackage(out).data('xl/vbaProject.bin')).equals(vbaProjectBytes())).toBe(true);
    expect(contentTypes(out)).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${MACRO_WORKBOOK_TYPE}"/>`);
    expect(Buffer.from(openPackage(out).data('xl/_rels/workbook.xml.rels')).toString('utf8')).toContain('Target="vbaProject.bin"');
    expect((await readWorkbookBuffer(out)).sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Mål', 'Rapport 2025-08']);
  });

  it('fails with a typed error on bytes that are not a workbook', async () => {
    const e = await createFilePort(new TextEncoder().encode('hej'), 'x.csv').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).code).toBe('not-xlsx');
  });
});

describe('writeReportFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-write-'));

  it('writes a copy through a temporary file and leaves the input as it was', async () => {
    const input = join(dir, 'huvudbok.xlsx');
    const source = await sampleSourceWorkbook();
    writeFileSync(input, source);
    const out = join(dir, 'rapport.xlsx');
    const results = await writeReportFile(input, [sampleReportGrid()], out);
    expect(results[0].sheet).toBe('Rapport 2025-08');
    expect(Buffer.compare(readFileSync(input), Buffer.from(source))).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['huvudbok.xlsx', 'rapport.xlsx']);
    // Running twice refreshes the same block instead of adding a second sheet.
    await writeReportFile(out, [sampleReportGrid()], out, { inPlace: true });
    const snap = await readWorkbookBuffer(readFileSync(out));
    expect(snap.sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Mål', 'Rapport 2025-08']);
  });

  it('refuses to overwrite the input unless asked', async () => {
    const input = join(dir, 'egen.xlsx');
    writeFileSync(input, await sampleSourceWorkbook());
    const e = await writeReportFile(input, [sampleReportGrid()], join(dir, '.', 'egen.xlsx')).catch((x: unknown) => x);
    expect((e as XlsxReadError).code).toBe('would-overwrite');
    expect(errorTexts(e as XlsxReadError).sv).toContain('egen.xlsx');
  });

  it('says where the output could not be saved', async () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, await sampleSourceWorkbook());
    const e = await writeReportFile(input, [sampleReportGrid()], join(dir, 'saknad-mapp', 'ut.xlsx')).catch((x: unknown) => x);
    expect((e as XlsxReadError).code).toBe('unwritable');
    expect(existsSync(join(dir, 'saknad-mapp'))).toBe(false);
  });

  it('refuses an in-place refresh that would cover a cell of the user and leaves the file byte for byte as it was', async () => {
    const g = sampleReportGrid();
    const short = { ...g, rows: g.rows.slice(0, 11), rowKeys: g.rowKeys?.slice(0, 11) };
    const file = join(dir, 'anteckning.xlsx');
    writeFileSync(file, await sampleSourceWorkbook());
    await writeReportFile(file, [short], file, { inPlace: true });
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    wb.getWorksheet('Rapport 2025-08')!.getCell('B12').value = 'min anteckning';
    writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const before = readFileSync(file);
    const e = await writeReportFile(file, [g], file, { inPlace: true }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'B12', file: 'anteckning.xlsx' } });
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes an .xlsm input to an .xlsm copy with the macros byte for byte', async () => {
    const input = join(dir, 'makron.xlsm');
    writeFileSync(input, await sampleMacroWorkbook());
    const out = join(dir, 'makron-rapport.xlsm');
    await writeReportFile(input, [sampleReportGrid()], out);
    const written = new Uint8Array(readFileSync(out));
    expect(stored(written, 'xl/vbaProject.bin')).toEqual(stored(new Uint8Array(readFileSync(input)), 'xl/vbaProject.bin'));
    expect(contentTypes(written)).toContain(MACRO_WORKBOOK_TYPE);
  });

  it('names the input when it is missing', async () => {
    const e = await writeReportFile(join(dir, 'borta.xlsx'), [sampleReportGrid()], join(dir, 'ut2.xlsx')).catch((x: unknown) => x);
    expect((e as XlsxReadError).code).toBe('not-found');
  });
});
