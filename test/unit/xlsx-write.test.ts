import { Workbook } from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { addGridsToWorkbook, addGridsWithResults } from '../../src/io/xlsx/add-grids';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { renderBlock } from '../../src/io/xlsx/write/sheet-xml';
import { wrappedLines } from '../../src/core/block/wrap';
import { MINIMAL_STYLES, openStyles } from '../../src/io/xlsx/write/styles-part';
import { cleanSheetName } from '../../src/core/sheet-names';
import { XlsxWriteError } from '../../src/io/xlsx/errors';
import type { ReportGrid } from '../../src/core/grid';
import { injected, sampleReportGrid, sampleSourceWorkbook, TKR } from '../helpers/grid-samples';
import { errorTexts } from '../../src/core/i18n/render';

/** The text of one zip entry, to look at the XML exceljs wrote. */
function zipEntryText(bytes: Uint8Array, name: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const want = Buffer.from(name, 'utf8');
  for (let p = 0; p + 46 < bytes.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(p + 28, true);
    if (!want.equals(Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)))) continue;
    const size = view.getUint32(p + 20, true);
    const local = view.getUint32(p + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = Buffer.from(bytes.subarray(start, start + size));
    return (view.getUint16(p + 10, true) === 0 ? data : inflateRawSync(data)).toString('utf8');
  }
  throw new Error(`no zip entry ${name}`);
}

function cellXml(sheetXml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheetXml);
  if (!m) throw new Error(`no cell ${ref}`);
  return m[0];
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('the report sheet written by addGridsToWorkbook', () => {
  let bytes: Uint8Array;
  let wb: Workbook;
  beforeAll(async () => {
    bytes = await addGridsToWorkbook(await sampleSourceWorkbook(), [sampleReportGrid()], 'insert');
    wb = await load(bytes);
  });

  it('stores formula-looking text as strings, never as <f>', () => {
    // The report is the third sheet: Huvudbok, Mål, Rapport.
    const xml = zipEntryText(bytes, 'xl/worksheets/sheet3.xml');
    for (const ref of ['G5', 'G6', 'G9', 'G10']) {
      const c = cellXml(xml, ref);
      expect(c).not.toContain('<f>');
      expect(c).toMatch(/t="(s|inlineStr|str)"/);
    }
    expect(wb.getWorksheet('Rapport 2025-08')!.getCell('G5').value).toBe(injected[0]);
  });

  it('writes formulas without a cached result', () => {
    const xml = zipEntryText(bytes, 'xl/worksheets/sheet3.xml');
    expect(cellXml(xml, 'E5')).toMatch(/<f>B5-D5<\/f>/);
    expect(cellXml(xml, 'E5')).not.toContain('<v>');
    expect(cellXml(xml, 'B11')).toMatch(/<f>SUM\(B9:B10\)<\/f>/);
  });

  it('applies number formats, style tokens, indents, widths, panes and print setup', () => {
    const ws = wb.getWorksheet('Rapport 2025-08')!;
    expect(ws.getCell('B5').numFmt).toBe(TKR);
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.size).toBe(14);
    expect(ws.getCell('B4').font.bold).toBe(true);
    expect(ws.getCell('B4').border.bottom?.style).toBe('thin');
    expect(ws.getCell('B4').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.getCell('B4').alignment.horizontal).toBe('right'); // heading over amounts
    expect(ws.getCell('A12').border.top?.style).toBe('thin'); // total
    expect(ws.getCell('A7').font.italic).toBe(true); // of-row
    expect(ws.getCell('A7').alignment.indent).toBe(2);
    // 34 characters = 34 × 7 + 5 = 243 px; stored Truncate(243 / 7 × 256) / 256 = 8886 / 256 = 34.7109375.
    expect(ws.getColumn(1).width).toBe(34.7109375);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // "Avvikelse budget–prognos" needs two lines in a 16-character column.
    expect(ws.getRow(4).height).toBe(30);
  });

  it('adds the status conditional formats and the defined name over the block', async () => {
    const xml = zipEntryText(bytes, 'xl/worksheets/sheet3.xml');
    expect(xml).toMatch(/<conditionalFormatting sqref="F5:F12">/);
    expect(xml).toContain('&quot;Röd&quot;');
    expect(wb.getWorksheet('Rapport 2025-08')!.getCell('F9').alignment.horizontal).toBe('center');
    const snap = await readWorkbookBuffer(bytes);
    expect(snap.definedNames).toContainEqual({ name: 'KR_Drift_2025_08', sheet: 'Rapport 2025-08', range: 'A1:G14' });
  });

  it('never changes a cell of the source sheets', async () => {
    const before = await readWorkbookBuffer(await sampleSourceWorkbook(), { withFormats: true });
    const after = await readWorkbookBuffer(bytes, { withFormats: true });
    for (const sheet of before.sheets) {
      const same = after.sheets.find((s) => s.name === sheet.name);
      expect(same).toEqual(sheet);
    }
  });
});

describe('placing a block elsewhere', () => {
  it('shifts formulas, the pane and the conditional format to the anchor', () => {
    const block = renderBlock(sampleReportGrid(), { row: 2, col: 1 }, openStyles(MINIMAL_STYLES));
    expect(block.range).toBe('B3:H16');
    const cell = (row: number, ref: string): string => block.rows.get(row)!.cells.find((c) => c.xml.startsWith(`<c r="${ref}"`))!.xml;
    expect(cell(6, 'F7')).toContain('<f>C7-E7</f>');
    expect(cell(12, 'C13')).toContain('<f>SUM(C11:C12)</f>');
    expect(block.pane).toContain('xSplit="2" ySplit="6"');
    expect(block.conditional).toContain('<conditionalFormatting sqref="G7:G14">');
  });
});

describe('sheet and block names', () => {
  it('adds " (2)" to a taken sheet name and a suffix to a taken defined name', async () => {
    const first = await addGridsToWorkbook(await sampleSourceWorkbook(), [sampleReportGrid()], 'insert');
    const { results } = await addGridsWithResults(first, [sampleReportGrid()], 'insert');
    expect(results[0]).toEqual({ sheet: 'Rapport 2025-08 (2)', address: 'A1:G14', name: 'KR_Drift_2025_08_2' });
  });

  it('keeps sheet names within Excel rules', () => {
    expect(cleanSheetName('Rapport [2025]: a/b\\c*d?')).toBe('Rapport -2025-- a-b-c-d-');
    expect(cleanSheetName('x'.repeat(40))).toHaveLength(31);
    expect(cleanSheetName("'")).toBe('Rapport');
  });

  it('shortens a long name so " (2)" still fits in 31 characters', async () => {
    const long = 'Driftredovisning per verksamhet 2025';
    const grid = (n: string): ReportGrid => ({ ...sampleReportGrid(n), sheetName: long });
    const { results } = await addGridsWithResults(await sampleSourceWorkbook(), [grid('KR_A'), grid('KR_B')], 'insert');
    // 31 − len(" (2)") = 27 characters of the base: "Driftredovisning per verksa".
    expect(results.map((r) => r.sheet)).toEqual(['Driftredovisning per verksamhet', 'Driftredovisning per verksa (2)']);
    expect(results[1].sheet).toHaveLength(31);
  });

  it('estimates wrapped heading lines by words', () => {
    expect(wrappedLines('Budget helår', 14)).toBe(1);
    expect(wrappedLines('Avvikelse budget–prognos', 16)).toBe(2);
  });
});

describe('refresh', () => {
  it('rewrites the named block and keeps comments of rows whose keys still exist', async () => {
    const first = await addGridsToWorkbook(await sampleSourceWorkbook(), [sampleReportGrid()], 'insert');
    const edited = await load(first);
    const ws = edited.getWorksheet('Rapport 2025-08')!;
    ws.getCell('G9').value = 'Fler brukare än budgeterat'; // Äldreomsorg
    ws.getCell('G7').value = 'Ny avdelning'; // varav fritidshem
    const userBytes = new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer);

    // The new grid drops the varav row (and its key) and moves Äldreomsorg up one row.
    const old = sampleReportGrid();
    const drop = 6;
    const grid: ReportGrid = {
      ...old,
      rows: old.rows.filter((_r, i) => i !== drop).map((r) => r.map((c) => (c.formula ? { ...c, formula: c.formula.replace(/\d+/g, (n) => String(Number(n) > 7 ? Number(n) - 1 : n)) } : c))),
      rowKeys: old.rowKeys!.filter((_k, i) => i !== drop),
    };
    const { results, bytes } = await addGridsWithResults(userBytes, [grid], 'refresh');
    // The dropped varav row's comment is not written back, and the result says so (label and text from G7/A7 above).
    expect(results[0]).toEqual({ sheet: 'Rapport 2025-08', address: 'A1:G13', name: 'KR_Drift_2025_08', droppedComments: [{ label: 'varav fritidshem', text: 'Ny avdelning' }] });
    const out = (await load(bytes)).getWorksheet('Rapport 2025-08')!;
    expect(out.getCell('A8').value).toBe('Äldreomsorg');
    expect(out.getCell('G8').value).toBe('Fler brukare än budgeterat');
    expect(out.getCell('G5').value).toBe(injected[0]);
    expect(out.getCell('A14').value).toBeNull(); // the old block's last row is cleared
    expect(out.getCell('G7').value).not.toBe('Ny avdelning');
    const snap = await readWorkbookBuffer(bytes);
    expect(snap.definedNames?.filter((n) => n.name === 'KR_Drift_2025_08')).toEqual([{ name: 'KR_Drift_2025_08', sheet: 'Rapport 2025-08', range: 'A1:G13' }]);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Mål', 'Rapport 2025-08']);
  });

  it('matches rows by their label when the grid has no row keys', async () => {
    const noKeys: ReportGrid = { ...sampleReportGrid(), rowKeys: undefined };
    const first = await addGridsToWorkbook(await sampleSourceWorkbook(), [noKeys], 'insert');
    const edited = await load(first);
    edited.getWorksheet('Rapport 2025-08')!.getCell('G10').value = 'Placeringar ökar'; // Individ- och familjeomsorg
    const userBytes = new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer);
    // The refreshed grid has a new line first, so every old row moves down one.
    const extra = [{ value: 'Kultur och fritid', style: 'line' as const, indent: 1 }];
    const grid: ReportGrid = { ...noKeys, rows: [...noKeys.rows.slice(0, 4), extra, ...noKeys.rows.slice(4)] };
    const out = (await load(await addGridsToWorkbook(userBytes, [grid], 'refresh'))).getWorksheet('Rapport 2025-08')!;
    expect(out.getCell('A11').value).toBe('Individ- och familjeomsorg');
    expect(out.getCell('G11').value).toBe('Placeringar ökar');
    expect(out.getCell('G10').value).toBe(injected[2]);
  });

  it('refuses a refresh whose named block no longer exists, as Excel does', async () => {
    const e = await addGridsWithResults(await sampleSourceWorkbook(), [sampleReportGrid()], 'refresh').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxWriteError);
    expect(e).toMatchObject({ code: 'report-not-found', params: { name: 'KR_Drift_2025_08' } });
    expect(errorTexts(e as XlsxWriteError).sv).toContain("'KR_Drift_2025_08'");
    expect(errorTexts(e as XlsxWriteError).en).toContain('Insert');
  });

  it("inserts under 'refresh-or-insert' when the named block no longer exists, and refreshes it the second time", async () => {
    const once = await addGridsWithResults(await sampleSourceWorkbook(), [sampleReportGrid()], 'refresh-or-insert');
    expect(once.results[0]).toEqual({ sheet: 'Rapport 2025-08', address: 'A1:G14', name: 'KR_Drift_2025_08' });
    const twice = await addGridsWithResults(once.bytes, [sampleReportGrid()], 'refresh-or-insert');
    expect(twice.results[0]).toEqual(once.results[0]);
    expect((await readWorkbookBuffer(twice.bytes)).sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Mål', 'Rapport 2025-08']);
  });

  /** The sample report inserted with its last `drop` rows left out, and a user's cell placed at `ref`. */
  async function smallerWithUserCell(drop: number, ref: string): Promise<Uint8Array> {
    const g = sampleReportGrid();
    const short: ReportGrid = { ...g, rows: g.rows.slice(0, g.rows.length - drop), rowKeys: g.rowKeys?.slice(0, g.rows.length - drop) };
    const edited = await load(await addGridsToWorkbook(await sampleSourceWorkbook(), [short], 'insert'));
    edited.getWorksheet('Rapport 2025-08')!.getCell(ref).value = 'användarens anteckning';
    return new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('refuses a larger refresh that would cover a cell of the user below the old block, naming that cell', async () => {
    // Inserted with 12 of 14 rows (A1:G12); the user writes in C13, which the full block (A1:G14) would cover.
    const userBytes = await smallerWithUserCell(2, 'C13');
    for (const mode of ['refresh', 'refresh-or-insert'] as const) {
      const e = await addGridsWithResults(userBytes, [sampleReportGrid()], mode).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(XlsxWriteError);
      expect(e).toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'C13', sheet: 'Rapport 2025-08', name: 'KR_Drift_2025_08' } });
      expect(errorTexts(e as XlsxWriteError).sv).toContain('C13');
      expect(errorTexts(e as XlsxWriteError).sv).toContain("'Rapport 2025-08'");
    }
  });

  it('refuses a wider refresh that would cover a cell right of the old block', async () => {
    const g = sampleReportGrid();
    const narrow: ReportGrid = { ...g, rows: g.rows.map((r) => r.slice(0, 6)), columnWidths: g.columnWidths.slice(0, 6), conditionalFormats: [], commentColumn: undefined };
    const edited = await load(await addGridsToWorkbook(await sampleSourceWorkbook(), [narrow], 'insert'));
    edited.getWorksheet('Rapport 2025-08')!.getCell('G2').value = 42;
    const userBytes = new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(addGridsWithResults(userBytes, [g], 'refresh')).rejects.toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'G2' } });
  });

  it('grows over empty cells below the old block', async () => {
    const userBytes = await smallerWithUserCell(2, 'H20');
    const { results, bytes } = await addGridsWithResults(userBytes, [sampleReportGrid()], 'refresh');
    expect(results[0].address).toBe('A1:G14');
    expect((await load(bytes)).getWorksheet('Rapport 2025-08')!.getCell('H20').value).toBe('användarens anteckning');
  });
});

describe('styles from the shared table (io/grid-style.ts)', () => {
  it('writes every token as the table says, with the hex colours as ARGB', async () => {
    const tokens = ['title', 'subtitle', 'header', 'subtotal', 'total', 'status-yellow'] as const;
    const grid: ReportGrid = { name: 'KR_S', sheetName: 'S', rows: tokens.map((t) => [{ value: t, style: t }]), columnWidths: [12] };
    const ws = (await load(await addGridsToWorkbook(await sampleSourceWorkbook(), [grid], 'insert'))).getWorksheet('S')!;
    const [title, subtitle, header, subtotal, total, yellow] = tokens.map((_t, i) => ws.getCell(i + 1, 1));
    expect(title.font).toMatchObject({ bold: true, size: 14, name: 'Calibri' });
    expect(subtitle.font.bold).toBeUndefined();
    expect(subtitle.font).toMatchObject({ size: 12, color: { argb: 'FF404040' } });
    expect(header.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header.border.bottom).toEqual({ style: 'thin', color: { argb: 'FF7F7F7F' } });
    expect(header.alignment.wrapText).toBe(true);
    expect(subtotal.font.bold).toBe(true);
    expect(subtotal.border.top?.style).toBe('thin');
    expect(total.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'double' } });
    expect(yellow.fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(yellow.font.color).toEqual({ argb: 'FF7A4F00' });
    expect(yellow.alignment.horizontal).toBe('center');
  });
});
