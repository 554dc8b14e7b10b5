/**
 * KR_Metadata is only ever the add-in's own: a sheet of that name without the header
 * `kommunrapport-metadata v1` in A1 is the user's, and neither host writes into it. Insert and
 * refresh are refused with `metadata-sheet-taken` (the user is told to rename the sheet; nothing
 * was changed) and the sheet keeps every cell.
 */
import * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { errorTexts } from '../../src/core/i18n/render';
import type { KeyedError } from '../../src/core/i18n/render';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';
import { metaBatches, metaChanges, readMetaState, runBatches } from '../../src/io/excel/meta-sheet';
import { DEFAULT_LIMITS } from '../../src/io/excel/options';

jest.setTimeout(60_000);

let temps = 0;
const nextTempName = (): string => `KR tmp ${(temps += 1)}`;

function excelPort(wb: ExcelJS.Workbook) {
  const sim = createSimulator(wb);
  return createExcelPort(sim.run as unknown as typeof Excel.run, { supports: () => true, tempSheetName: nextTempName });
}

/** A workbook whose user keeps notes on a sheet they named KR_Metadata. */
function withUserSheet(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.addWorksheet('KR_Metadata');
  ws.getCell('A1').value = 'Mina anteckningar';
  ws.getCell('D2').value = 'ring ekonomichefen';
  ws.getCell('A4').value = 'rowKeys:KR_Rapport_2025_08';
  ws.getCell('B4').value = 'inte JSON';
  ws.getCell('C4').value = 4711;
  return wb;
}

function cells(ws: ExcelJS.Worksheet): [string, unknown][] {
  const out: [string, unknown][] = [];
  ws.eachRow((row) => row.eachCell((c) => void out.push([c.address, c.value])));
  return out;
}

const USER_CELLS = [['A1', 'Mina anteckningar'], ['D2', 'ring ekonomichefen'], ['A4', 'rowKeys:KR_Rapport_2025_08'], ['B4', 'inte JSON'], ['C4', 4711]];

function expectTaken(e: unknown): void {
  expect(e).toMatchObject({ code: 'metadata-sheet-taken' });
  const t = errorTexts(e as KeyedError);
  expect(t.sv).toContain('KR_Metadata');
  expect(t.sv).toContain('Byt namn');
  expect(t.sv).toContain('Inget har ändrats');
  expect(t.en).toContain('KR_Metadata');
  expect(t.en).toContain('Rename');
  expect(t.en).toContain('Nothing was changed');
}

describe('a KR_Metadata sheet the add-in did not make', () => {
  it('Excel refuses the insert and leaves the sheet, the sheets and the names as they were', async () => {
    const wb = withUserSheet(ledgerWorkbook(5));
    const sheetsBefore = wb.worksheets.map((w) => w.name);
    const e = await excelPort(wb).writeGrid(sampleGrid(), 'insert').catch((x: unknown) => x);
    expectTaken(e);
    expect(cells(wb.getWorksheet('KR_Metadata') as ExcelJS.Worksheet)).toEqual(USER_CELLS);
    expect(wb.getWorksheet('KR_Metadata')?.state).toBe('visible');
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheetsBefore);
    expect(wb.definedNames.model).toEqual([]);
  });

  it('Excel refuses a refresh when KR_Metadata has lost its header, and changes nothing there', async () => {
    const wb = ledgerWorkbook(5);
    const port = excelPort(wb);
    await port.writeGrid(sampleGrid(), 'insert');
    // Made over by hand: not the add-in's sheet any more.
    const meta = wb.getWorksheet('KR_Metadata') as ExcelJS.Worksheet;
    meta.getCell('A1').value = 'Mina anteckningar';
    meta.getCell('D9').value = 'egen cell';
    const before = cells(meta);
    const block = cells(wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet);
    const e = await port.writeGrid(sampleGrid(), 'refresh').catch((x: unknown) => x);
    expectTaken(e);
    expect(cells(meta)).toEqual(before);
    expect(cells(wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet)).toEqual(block);
  });

  it('the file adapter refuses the insert and the workbook stays byte-identical', async () => {
    const data = new Uint8Array(await withUserSheet(ledgerWorkbook(5)).xlsx.writeBuffer());
    const port = await createFilePort(data, 'huvudbok.xlsx');
    const e = await port.writeGrid(sampleGrid(), 'insert').catch((x: unknown) => x);
    expectTaken(e);
    expect(Buffer.from(await port.bytes()).equals(Buffer.from(data))).toBe(true);
  });

  it('the file adapter saves no settings into it', async () => {
    const data = new Uint8Array(await withUserSheet(ledgerWorkbook(5)).xlsx.writeBuffer());
    const port = await createFilePort(data, 'huvudbok.xlsx');
    expect(await port.loadSettings()).toEqual({});
    expectTaken(await port.saveSettings({ a: 1 }).catch((x: unknown) => x));
    expect(Buffer.from(await port.bytes()).equals(Buffer.from(data))).toBe(true);
  });
});

describe('writing an entry in Excel', () => {
  it('clears the rest of its row, so no stale cell after a gap joins the JSON', async () => {
    const wb = new ExcelJS.Workbook();
    const meta = wb.addWorksheet('KR_Metadata');
    meta.getCell('A1').value = 'kommunrapport-metadata v1';
    meta.getCell('A2').value = 'k';
    meta.getCell('B2').value = '1';
    meta.getCell('D2').value = 'stale'; // after the empty C2: not part of the entry as read
    const sim = createSimulator(wb);
    // 40 000 x plus two quotes: 40 002 characters of JSON, two cells (32 000 and 8 002) in B2 and C2.
    const value = 'x'.repeat(40_000);
    await (sim.run as unknown as typeof Excel.run)(async (context) => {
      const state = await readMetaState(context, ['k'], DEFAULT_LIMITS, true);
      await runBatches(context, metaBatches(context, metaChanges(state, [['k', value]]), 'to', DEFAULT_LIMITS, false));
    });
    expect([meta.getCell('B2').text.length, meta.getCell('C2').text.length, meta.getCell('D2').value]).toEqual([32_000, 8_002, null]);
  });
});
