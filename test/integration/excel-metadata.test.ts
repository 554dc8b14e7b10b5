/**
 * One metadata scheme in both hosts: the Office.js adapter keeps a block's row keys and drafted
 * commentary in the very hidden KR_Metadata sheet exactly as the file adapter does (A1 header,
 * key in A, JSON in B, C, … of at most 32 000 characters), so a workbook written by either host
 * is refreshed by the other with the comments kept by key; a block written by the previous
 * version (hidden key column) is still read, and loses that column on refresh.
 */
import * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { createFilePort } from '../../src/io/xlsx/file-port';
import type { ReportGrid } from '../../src/core/grid';
import { createSettings, createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';
import { commentaryReport } from '../helpers/commentary-grid';
import { writeLegacyKeyColumn } from '../helpers/legacy-block';
import { errorTexts } from '../../src/core/i18n/render';
import type { KeyedError } from '../../src/core/i18n/render';

jest.setTimeout(120_000);

let temps = 0;
const nextTempName = (): string => `KR tmp ${(temps += 1)}`;

function excelPortOn(wb: ExcelJS.Workbook, opts: { settings?: ReturnType<typeof createSettings> } = {}) {
  const sim = createSimulator(wb);
  let runs = 0;
  const run = ((...args: unknown[]) => ((runs += 1), (sim.run as unknown as (...a: unknown[]) => unknown)(...args))) as unknown as typeof Excel.run;
  return { sim, runs: () => runs, port: createExcelPort(run, { supports: () => true, tempSheetName: nextTempName, settings: opts.settings }) };
}

/** KR_Metadata's entries as key → the joined text of B, C, … (the header checked on the way). */
function metaEntries(wb: ExcelJS.Workbook): Map<string, string> {
  const ws = wb.getWorksheet('KR_Metadata') as ExcelJS.Worksheet;
  expect(ws.state).toBe('veryHidden');
  expect(ws.getCell('A1').value).toBe('kommunrapport-metadata v1');
  const out = new Map<string, string>();
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const cells: string[] = [];
    for (let c = 2; typeof row.getCell(c).value === 'string' && row.getCell(c).value !== ''; c++) cells.push(row.getCell(c).value as string);
    if (typeof row.getCell(1).value === 'string') out.set(row.getCell(1).value as string, cells.join(''));
  });
  return out;
}

/** sampleGrid a month later: Intäkter gone, Personal renamed (key 'b' stays), Övrigt first. */
function renamedGrid(): ReportGrid {
  const g = sampleGrid();
  const personal = g.rows[3].map((c, j) => (j === 0 ? { ...c, value: 'Personalkostnader' } : c));
  return { ...g, rows: [g.rows[0], g.rows[1], g.rows[4], personal, g.rows[5]], rowKeys: [null, null, 'c', 'b', 'total'], conditionalFormats: [] };
}

async function fileInserted(grid: ReportGrid): Promise<ExcelJS.Workbook> {
  const port = await createFilePort(new Uint8Array(await ledgerWorkbook(5).xlsx.writeBuffer()), 'huvudbok.xlsx');
  await port.writeGrid(grid, 'insert');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await port.bytes()) as unknown as ArrayBuffer);
  return wb;
}

describe('KR_Metadata, the same in both hosts', () => {
  it('Excel refreshes a block the file adapter wrote and keeps each comment by its row key (a renamed line too)', async () => {
    const wb = await fileInserted(sampleGrid());
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    ws.getCell('F4').value = 'Vakanser under våren'; // Personal, key 'b'
    ws.getCell('F5').value = 'Lägre konsultkostnad'; // Övrigt, key 'c'
    const r = await excelPortOn(wb).port.writeGrid(renamedGrid(), 'refresh');
    expect(r.address).toBe('A1:F5');
    // Rows: title, header, Övrigt (c), Personalkostnader (b), Summa. A match by label would lose the renamed line's comment.
    expect([ws.getCell('A3').value, ws.getCell('F3').value, ws.getCell('A4').value, ws.getCell('F4').value]).toEqual(['Övrigt', 'Lägre konsultkostnad', 'Personalkostnader', 'Vakanser under våren']);
    expect(metaEntries(wb).get('rowKeys:KR_Rapport_2025_08')).toBe('[null,null,"c","b","total"]');
  });

  it('the file adapter refreshes a block Excel wrote and keeps each comment by its row key', async () => {
    const wb = ledgerWorkbook(5);
    await excelPortOn(wb).port.writeGrid(sampleGrid(), 'insert');
    const sheet = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    sheet.getCell('F4').value = 'Vakanser under våren';
    sheet.getCell('F5').value = 'Lägre konsultkostnad';
    const port = await createFilePort(new Uint8Array(await wb.xlsx.writeBuffer()), 'rapport.xlsx');
    await port.writeGrid(renamedGrid(), 'refresh');
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await port.bytes()) as unknown as ArrayBuffer);
    const ws = out.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    expect([ws.getCell('A3').value, ws.getCell('F3').value, ws.getCell('A4').value, ws.getCell('F4').value]).toEqual(['Övrigt', 'Lägre konsultkostnad', 'Personalkostnader', 'Vakanser under våren']);
  });

  it('reads the hidden key column of a block the previous version wrote, and leaves no key column after the refresh', async () => {
    // The previous Office.js writer: sampleGrid in A1:F6, its row keys in hidden column G, the name
    // over A1:G6 with the comment that says so.
    const wb = ledgerWorkbook(5);
    const { sim, port } = excelPortOn(wb);
    await port.writeGrid(sampleGrid(), 'insert');
    wb.removeWorksheet((wb.getWorksheet('KR_Metadata') as ExcelJS.Worksheet).id);
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    await writeLegacyKeyColumn(wb, sim);
    ws.getCell('F4').value = 'Vakanser under våren';
    await port.writeGrid(renamedGrid(), 'refresh');
    expect([ws.getCell('A4').value, ws.getCell('F4').value]).toEqual(['Personalkostnader', 'Vakanser under våren']);
    expect(wb.definedNames.model).toEqual([{ name: 'KR_Rapport_2025_08', ranges: ["'Rapport 2025-08'!$A$1:$F$5"] }]);
    expect([1, 2, 3, 4, 5, 6].map((r) => ws.getCell(r, 7).value)).toEqual([null, null, null, null, null, null]);
    expect(ws.getColumn(7).hidden).toBe(false);
    expect(metaEntries(wb).get('rowKeys:KR_Rapport_2025_08')).toBe('[null,null,"c","b","total"]');
  });

  it('refreshes a legacy block (keys in its hidden column) even when its rowKeys entry in KR_Metadata is damaged: that entry is not read', async () => {
    const wb = ledgerWorkbook(5);
    const { sim, port } = excelPortOn(wb);
    await port.writeGrid(sampleGrid(), 'insert');
    const meta = wb.getWorksheet('KR_Metadata') as ExcelJS.Worksheet;
    const row = [2, 3, 4].find((r) => meta.getCell(r, 1).value === 'rowKeys:KR_Rapport_2025_08') as number;
    meta.getCell(row, 2).value = '[null,null,"a"'; // cut short: not JSON
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    await writeLegacyKeyColumn(wb, sim);
    ws.getCell('F4').value = 'Vakanser under våren';
    await port.writeGrid(renamedGrid(), 'refresh');
    expect([ws.getCell('A4').value, ws.getCell('F4').value]).toEqual(['Personalkostnader', 'Vakanser under våren']);
    expect(metaEntries(wb).get('rowKeys:KR_Rapport_2025_08')).toBe('[null,null,"c","b","total"]');
  });

  it('a row the user inserted into the block: both hosts keep each comment on its own line (the stored keys no longer fit)', async () => {
    // sampleGrid in A1:F6 (title, header, Intäkter a, Personal b, Övrigt c, Summa total), keys in KR_Metadata.
    const wb = await fileInserted(sampleGrid());
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    ws.getCell('F4').value = 'Vakanser under våren'; // Personal
    ws.getCell('F5').value = 'Lägre konsultkostnad'; // Övrigt
    // The user inserts a sheet row at row 4 and widens the name: Personal is row 5, Övrigt 6, Summa 7,
    // while the six stored keys still say row 4 is 'b', 5 'c', 6 'total'.
    ws.insertRow(4, []);
    wb.definedNames.model = [{ name: 'KR_Rapport_2025_08', ranges: ["'Rapport 2025-08'!$A$1:$F$7"] }];
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const kommentar = (sheet: ExcelJS.Worksheet): unknown[] => [1, 2, 3, 4, 5, 6, 7].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 6).value]);
    // Expected by hand: the new block is sampleGrid again in A1:F6, the comments on their lines' rows.
    const expected = [
      ['Driftredovisning augusti 2025', null],
      ['Verksamhet', 'Kommentar'],
      ['Intäkter', null],
      ['Personal', 'Vakanser under våren'],
      ['Övrigt', 'Lägre konsultkostnad'],
      ['Summa', null],
      [null, null],
    ];
    const filePort = await createFilePort(bytes, 'rapport.xlsx');
    await filePort.writeGrid(sampleGrid(), 'refresh');
    const fromFile = new ExcelJS.Workbook();
    await fromFile.xlsx.load((await filePort.bytes()) as unknown as ArrayBuffer);
    const inExcel = new ExcelJS.Workbook();
    await inExcel.xlsx.load(bytes as unknown as ArrayBuffer);
    await excelPortOn(inExcel).port.writeGrid(sampleGrid(), 'refresh');
    expect(kommentar(fromFile.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet)).toEqual(expected);
    expect(kommentar(inExcel.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet)).toEqual(expected);
  });

  it('a comment whose line is gone is not written back, and both hosts say which (label and text)', async () => {
    const wb = await fileInserted(sampleGrid());
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    ws.getCell('F3').value = 'Engångsbidrag från staten'; // Intäkter, key 'a': renamedGrid has no such line
    ws.getCell('F4').value = 'Vakanser under våren'; // Personal, key 'b': kept
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const dropped = [{ label: 'Intäkter', text: 'Engångsbidrag från staten' }];
    const filePort = await createFilePort(bytes, 'rapport.xlsx');
    const fromFile = await filePort.writeGrid(renamedGrid(), 'refresh');
    const inExcel = new ExcelJS.Workbook();
    await inExcel.xlsx.load(bytes as unknown as ArrayBuffer);
    const fromExcel = await excelPortOn(inExcel).port.writeGrid(renamedGrid(), 'refresh');
    expect(fromFile.droppedComments).toEqual(dropped);
    expect(fromExcel.droppedComments).toEqual(dropped);
    // A refresh that loses nothing says nothing.
    expect((await filePort.writeGrid(renamedGrid(), 'refresh')).droppedComments).toBeUndefined();
  });

  it('writes and reads one million row keys (about 20 MB of JSON) in syncs under the 5 MB request limit', async () => {
    // 1 000 000 keys of 'line:' + 7 digits, each with quotes and a comma: 1e6 × 15 + 1 = 15 000 001
    // characters of JSON, 469 cells of 32 000; escaped in a request ("\"" for each quote) some 19 MB.
    const keys = Array.from({ length: 1_000_000 }, (_, i) => `line:${String(i).padStart(7, '0')}`);
    const grid = { ...sampleGrid(), rowKeys: keys };
    const wb = ledgerWorkbook(1);
    const { sim, port } = excelPortOn(wb);
    await port.writeGrid(grid, 'insert');
    expect(sim.stats.maxRequestBytes).toBeLessThan(5_000_000);
    const json = metaEntries(wb).get('rowKeys:KR_Rapport_2025_08') as string;
    expect(json.length).toBe(15_000_001);
    expect(JSON.parse(json)).toEqual(keys);
    sim.resetStats();
    // The refresh reads the 15 MB back (responses are bounded too) and writes the new keys.
    await port.writeGrid({ ...grid, rowKeys: keys.slice(0, 999_999) }, 'refresh');
    expect(sim.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect((JSON.parse(metaEntries(wb).get('rowKeys:KR_Rapport_2025_08') as string) as string[]).length).toBe(999_999);
  });
});

describe('drafted commentary in KR_Metadata', () => {
  it('keeps the drafts beside the row keys, not in the document settings, and refreshes in one Excel.run', async () => {
    const wb = ledgerWorkbook(3);
    const settings = createSettings();
    const { runs, port } = excelPortOn(wb, { settings });
    await port.writeGrid(commentaryReport('Nettokostnaden är 100 kr.', 'Intäkterna är 0 kr.'), 'insert');
    expect(JSON.parse(metaEntries(wb).get('drafts:KR_Rapport_2025_08') as string)).toEqual({ 'commentary:net': 'Nettokostnaden är 100 kr.', 'commentary:income': 'Intäkterna är 0 kr.' });
    expect(settings.saved()).toEqual({});
    const before = runs();
    await port.writeGrid(commentaryReport('Nettokostnaden är 90 kr.', 'Intäkterna är 5 kr.'), 'refresh');
    expect(runs() - before).toBe(1);
  });

  it('reads the drafts an earlier version kept in the document settings when KR_Metadata has none', async () => {
    const wb = ledgerWorkbook(3);
    // What the earlier version left: the drafts in the settings only.
    const settings = createSettings({ 'kommunrapport.drafts:KR_Rapport_2025_08': { 'commentary:net': 'Nettokostnaden är 100 kr.', 'commentary:income': 'Intäkterna är 0 kr.' } });
    const { port } = excelPortOn(wb, { settings });
    const report = commentaryReport('Nettokostnaden är 100 kr.', 'Intäkterna är 0 kr.');
    await port.writeGrid({ ...report, drafts: undefined }, 'insert');
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    ws.getCell('A5').value = 'Vakanser förklarar överskottet.';
    const r = await port.writeGrid(commentaryReport('Nettokostnaden är 90 kr.', 'Intäkterna är 5 kr.'), 'refresh');
    // Without the settings' drafts both old paragraphs would count as the user's text and stay.
    expect([ws.getCell('A5').value, ws.getCell('A6').value]).toEqual(['Vakanser förklarar överskottet.', 'Intäkterna är 5 kr.']);
    expect(r.keptParagraphs).toEqual([{ key: 'commentary:net', numbersChanged: true }]);
  });
});

describe('an ExcelApi 1.7 host restores the formats the add-in wrote', () => {
  async function onOldHost(): Promise<{ wb: ExcelJS.Workbook; sim: ReturnType<typeof createSimulator>; port: ReturnType<typeof createExcelPort> }> {
    const wb = ledgerWorkbook(3);
    const sim = createSimulator(wb, { excelApiMinor: 7 });
    const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= 7, tempSheetName: nextTempName });
    await port.writeGrid(sampleGrid(), 'insert');
    return { wb, sim, port };
  }
  const headerFill = (wb: ExcelJS.Workbook): unknown => ((wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet).getCell('B2').fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;

  it('puts the header fill back after a refresh that failed at its commit', async () => {
    const { wb, sim, port } = await onOldHost();
    expect(headerFill(wb)).toBe('FFD9E1F2');
    sim.failNext('namedItem.formula'); // the name switch, in the last in-place chunk: the block is rewritten by then
    await expect(port.writeGrid(sampleGrid(), 'refresh')).rejects.toMatchObject({ code: 'refresh-not-done' });
    expect(headerFill(wb)).toBe('FFD9E1F2');
  });

  it('does not paint the record over a block formatted otherwise (another writer rewrote it)', async () => {
    const { wb, sim, port } = await onOldHost();
    // The title (the record's first sample) is no longer bold 14 pt: not the block the record describes.
    (wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet).getCell('A1').font = {};
    sim.failNext('namedItem.formula');
    // Its formats are not put back, so the user is not told that nothing changed.
    await expect(port.writeGrid(sampleGrid(), 'refresh')).rejects.toMatchObject({ code: 'refresh-not-done-formats' });
    expect(headerFill(wb)).toBeUndefined();
  });

  it('says the colours and borders may need Insert again when the block has no format record (the file adapter wrote it)', async () => {
    const wb = await fileInserted(sampleGrid());
    expect(headerFill(wb)).toBe('FFD9E1F2');
    const sim = createSimulator(wb, { excelApiMinor: 7 });
    const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= 7, tempSheetName: nextTempName });
    sim.failNext('namedItem.formula');
    const e = await port.writeGrid(sampleGrid(), 'refresh').catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'refresh-not-done-formats', params: { name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08' } });
    const t = errorTexts(e as KeyedError);
    expect(t.en).not.toContain('Nothing in the workbook was changed');
    expect(t.en).toContain('colours and borders');
    expect(t.sv).toContain('färger och kantlinjer');
    // Contents are back (the title), the fill is not: what the message says.
    expect((wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet).getCell('A1').value).toBe(sampleGrid().rows[0][0].value);
    expect(headerFill(wb)).toBeUndefined();
  });
});
