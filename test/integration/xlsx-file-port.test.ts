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

async function xlsm(): Promise<Uint8Array> {
  const bytes = (await sampleSourceWorkbook()).slice();
  // A VBA project entry in the zip directory makes it a macro workbook to our checks.
  bytes.set(Buffer.from('xl/vbaProject.bin'), Buffer.from(bytes).lastIndexOf(Buffer.from('docProps/core.xml')));
  return bytes;
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

  it('reads an .xlsm but refuses to write into it', async () => {
    const port = await createFilePort(await xlsm(), 'makron.xlsm');
    expect((await port.snapshot()).sheets.map((s) => s.name)).toContain('Huvudbok');
    const e = await port.writeGrid(sampleReportGrid(), 'insert').catch((x: unknown) => x);
    expect((e as XlsxReadError).code).toBe('macro-enabled');
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
    expect((e as XlsxReadError).messages.sv).toContain('egen.xlsx');
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

  it('names the input when it is missing', async () => {
    const e = await writeReportFile(join(dir, 'borta.xlsx'), [sampleReportGrid()], join(dir, 'ut2.xlsx')).catch((x: unknown) => x);
    expect((e as XlsxReadError).code).toBe('not-found');
  });
});
