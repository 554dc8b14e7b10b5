/**
 * The file writer executes the block plan (core/block/plan.ts) the Office.js writer executes, so
 * a grid written to a file looks as it does when inserted in Excel: the same column widths in
 * Excel's units, the n-th duplicate row keeping the n-th comment on refresh, and a report whose
 * sheet was deleted reported as 'report-not-found'.
 */
import { Workbook } from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { ReportGrid } from '../../src/core/grid';
import { createExcelPort } from '../../src/io/excel';
import { addGridsToWorkbook, addGridsWithResults } from '../../src/io/xlsx/add-grids';
import { XlsxWriteError } from '../../src/io/xlsx/errors';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';
import { columnPoints, pixelsOfFileWidth } from '../fakes/office-sim/widths';
import { sampleReportGrid, sampleSourceWorkbook } from '../helpers/grid-samples';

function part(bytes: Uint8Array, name: string): string {
  return strFromU8(unzipSync(bytes)[name]);
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The <col width> of each 1-based column in a worksheet part. */
function fileWidths(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) for (let c = Number(m[1]); c <= Number(m[2]); c++) out.set(c, Number(m[3]));
  return out;
}

describe('column widths: what Excel shows is the grid’s width in characters', () => {
  it('writes 28 characters as width 28.7109375 (201 px)', async () => {
    // 28 characters at 7 px a digit + 5 px padding = 201 px; ECMA-376 §18.3.1.13 stores
    // Truncate(201 / 7 × 256) / 256 = Truncate(7350.857…) / 256 = 7350 / 256 = 28.7109375.
    const { bytes, results } = await addGridsWithResults(await bytesOf(ledgerWorkbook(3)), [sampleGrid()], 'insert');
    const wb = await load(bytes);
    const sheetIndex = wb.worksheets.findIndex((w) => w.name === results[0].sheet);
    const xml = part(bytes, `xl/worksheets/sheet${sheetIndex + 1}.xml`);
    expect(xml).toContain('<col min="1" max="1" width="28.7109375" customWidth="1"/>');
  });

  it('gives every column the pixels the Office.js writer gives it for the same grid', async () => {
    const excel = ledgerWorkbook(3);
    const sim = createSimulator(excel);
    const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => 'KR tmp' });
    const inExcel = await port.writeGrid(sampleGrid(), 'insert');
    const simSheet = excel.getWorksheet(inExcel.sheet)!;

    const { bytes, results } = await addGridsWithResults(await bytesOf(ledgerWorkbook(3)), [sampleGrid()], 'insert');
    const sheetIndex = (await load(bytes)).worksheets.findIndex((w) => w.name === results[0].sheet);
    const widths = fileWidths(part(bytes, `xl/worksheets/sheet${sheetIndex + 1}.xml`));
    // sampleGrid's widths 28, 12, 12, 12, 10, 40 characters: 201, 89, 89, 89, 75, 285 px.
    const pixels = [201, 89, 89, 89, 75, 285];
    pixels.forEach((px, j) => {
      expect(pixelsOfFileWidth(widths.get(j + 1)!)).toBe(px);
      expect(columnPoints(simSheet, j)).toBe(px * 0.75);
    });
  });
});

/** Two rows with the same label ("Övrigt") under two different areas, no row keys. */
function duplicateLabels(keys: boolean): ReportGrid {
  const line = (label: string, n: number): ReportGrid['rows'][number] => [{ value: label, style: 'line' }, { value: n, style: 'line' }, { value: null, style: 'comment' }];
  return {
    name: 'KR_Dubbletter',
    sheetName: 'Dubbletter',
    rows: [
      [{ value: 'Verksamhet', style: 'header' }, { value: 'Utfall', style: 'header' }, { value: 'Kommentar', style: 'header' }],
      line('Förskola', 10),
      line('Övrigt', 20),
      line('Skola', 30),
      line('Övrigt', 40),
    ],
    columnWidths: [20, 10, 30],
    commentColumn: 2,
    ...(keys ? { rowKeys: [null, 'forskola', 'ovrigt', 'skola', 'ovrigt'] } : {}),
  };
}

describe('refresh: duplicate rows each keep their own comment', () => {
  for (const keys of [false, true]) {
    it(keys ? 'matched by duplicate row keys' : 'matched by duplicate labels', async () => {
      const first = await addGridsToWorkbook(await sampleSourceWorkbook(), [duplicateLabels(keys)], 'insert');
      const edited = await load(first);
      const ws = edited.getWorksheet('Dubbletter')!;
      ws.getCell('C3').value = 'Första övrigt: engångsintäkt';
      ws.getCell('C5').value = 'Andra övrigt: lokalhyra';
      const out = (await load(await addGridsToWorkbook(await bytesOf(edited), [duplicateLabels(keys)], 'refresh'))).getWorksheet('Dubbletter')!;
      expect(out.getCell('C3').value).toBe('Första övrigt: engångsintäkt');
      expect(out.getCell('C5').value).toBe('Andra övrigt: lokalhyra');
      expect(out.getCell('C2').value).toBeNull();
      expect(out.getCell('C4').value).toBeNull();
    });
  }
});

describe('refresh of a report whose sheet was deleted', () => {
  it("is 'report-not-found', as in Excel", async () => {
    const first = await addGridsToWorkbook(await sampleSourceWorkbook(), [duplicateLabels(false)], 'insert');
    // The user deletes the report's sheet: Excel keeps the defined name, its reference now #REF!.
    const files = unzipSync(first);
    const wbXml = strFromU8(files['xl/workbook.xml']);
    expect(wbXml).toContain('>Dubbletter!$A$1:$C$5</definedName>');
    const name = 'xl/workbook.xml';
    files[name] = new TextEncoder().encode(wbXml.replace('>Dubbletter!$A$1:$C$5</definedName>', '>#REF!</definedName>').replace(/<sheet name="Dubbletter"[^>]*\/>/, ''));
    const { zipSync } = await import('fflate');
    const e = await addGridsWithResults(zipSync(files), [duplicateLabels(false)], 'refresh').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxWriteError);
    expect(e).toMatchObject({ code: 'report-not-found', params: { name: 'KR_Dubbletter' } });
  });
});

describe('refresh clears the plan’s rectangle, never a cell of the user’s', () => {
  it('refuses when the cleared rectangle (old block and new together) holds the user’s cell outside both blocks', async () => {
    // Old block A1:C4 (the first four rows); the new one A1:B5 (five rows, no Kommentar column).
    // The plan clears A1:C5, so C5, below the old block and right of the new one, would go.
    const g = duplicateLabels(false);
    const old: ReportGrid = { ...g, rows: g.rows.slice(0, 4) };
    const edited = await load(await addGridsToWorkbook(await sampleSourceWorkbook(), [old], 'insert'));
    edited.getWorksheet('Dubbletter')!.getCell('C5').value = 'användarens anteckning';
    const narrow: ReportGrid = { ...g, rows: g.rows.map((r) => r.slice(0, 2)), columnWidths: [20, 10], commentColumn: undefined };
    const e = await addGridsWithResults(await bytesOf(edited), [narrow], 'refresh').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxWriteError);
    expect(e).toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'C5', sheet: 'Dubbletter' } });
  });

  it('clears the old block’s cells the new block no longer covers', async () => {
    const g = duplicateLabels(false);
    const first = await addGridsToWorkbook(await sampleSourceWorkbook(), [g], 'insert');
    const narrow: ReportGrid = { ...g, rows: g.rows.slice(0, 3).map((r) => r.slice(0, 2)), columnWidths: [20, 10], commentColumn: undefined };
    const { bytes, results } = await addGridsWithResults(first, [narrow], 'refresh');
    expect(results[0].address).toBe('A1:B3');
    const ws = (await load(bytes)).getWorksheet('Dubbletter')!;
    for (const ref of ['C1', 'A4', 'B5', 'C5']) expect(ws.getCell(ref).value).toBeNull();
    expect(ws.getCell('A3').value).toBe('Övrigt');
  });
});

/** What a cell shows, normalised from exceljs's view of it (a missing property is the default). */
function seen(c: import('exceljs').Cell): Record<string, unknown> {
  const fill = c.fill?.type === 'pattern' && c.fill.pattern === 'solid' ? (c.fill.fgColor?.argb ?? null) : null;
  const side = (b: Partial<import('exceljs').Border> | undefined): string | null => (b?.style ? `${b.style} ${b.color?.argb ?? ''}` : null);
  const v = c.value as unknown;
  const formula = v && typeof v === 'object' && 'formula' in v ? (v as { formula: string }).formula : null;
  return {
    value: formula === null ? (v ?? null) : null,
    formula,
    numFmt: c.numFmt && c.numFmt !== 'General' ? c.numFmt : null,
    bold: c.font?.bold === true,
    italic: c.font?.italic === true,
    size: c.font?.size ?? 11,
    color: c.font?.color?.argb ?? null,
    fill,
    top: side(c.border?.top),
    bottom: side(c.border?.bottom),
    horizontal: c.alignment?.horizontal ?? null,
    indent: c.alignment?.indent ?? 0,
    wrap: c.alignment?.wrapText === true,
  };
}

describe('the same grid written by both writers', () => {
  const grids: [string, () => ReportGrid][] = [
    ['the simulator’s sample (status fills, comment column)', () => sampleGrid()],
    ['the driftredovisning sample (indents, varav row, text markers among amounts, tkr)', () => sampleReportGrid()],
  ];
  for (const [what, make] of grids) {
    it(`${what}: every cell has the same value, formula, number format, font, fill, rules and alignment`, async () => {
      const excel = ledgerWorkbook(3);
      const sim = createSimulator(excel);
      const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => 'KR tmp' });
      const inExcel = await port.writeGrid(make(), 'insert');
      const { bytes, results } = await addGridsWithResults(await bytesOf(ledgerWorkbook(3)), [make()], 'insert');
      const a = excel.getWorksheet(inExcel.sheet)!;
      const b = (await load(bytes)).getWorksheet(results[0].sheet)!;
      const grid = make();
      const width = Math.max(grid.columnWidths.length, ...grid.rows.map((r) => r.length));
      const differences: string[] = [];
      for (let r = 1; r <= grid.rows.length; r++) {
        for (let c = 1; c <= width; c++) {
          const x = seen(a.getCell(r, c));
          const y = seen(b.getCell(r, c));
          for (const k of Object.keys(x)) if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) differences.push(`${a.getCell(r, c).address} ${k}: Excel ${JSON.stringify(x[k])}, file ${JSON.stringify(y[k])}`);
        }
      }
      expect(differences).toEqual([]);
    });
  }
});

describe('refresh by both writers', () => {
  for (const keys of [false, true]) {
    it(`duplicate rows ${keys ? 'with row keys' : 'matched by label'}: the same Kommentar on the same rows`, async () => {
      const excel = ledgerWorkbook(3);
      const sim = createSimulator(excel);
      let n = 0;
      const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => `KR tmp ${(n += 1)}` });
      await port.writeGrid(duplicateLabels(keys), 'insert');
      excel.getWorksheet('Dubbletter')!.getCell('C3').value = 'Första övrigt: engångsintäkt';
      excel.getWorksheet('Dubbletter')!.getCell('C5').value = 'Andra övrigt: lokalhyra';
      // Both rows move down one: a new first line.
      const g = duplicateLabels(keys);
      const moved: ReportGrid = {
        ...g,
        rows: [g.rows[0], [{ value: 'Kultur', style: 'line' }, { value: 5, style: 'line' }, { value: null, style: 'comment' }], ...g.rows.slice(1)],
        ...(g.rowKeys ? { rowKeys: [null, 'kultur', ...g.rowKeys.slice(1)] } : {}),
      };
      await port.writeGrid(moved, 'refresh');

      const edited = await load(await addGridsToWorkbook(await bytesOf(ledgerWorkbook(3)), [duplicateLabels(keys)], 'insert'));
      edited.getWorksheet('Dubbletter')!.getCell('C3').value = 'Första övrigt: engångsintäkt';
      edited.getWorksheet('Dubbletter')!.getCell('C5').value = 'Andra övrigt: lokalhyra';
      const file = (await load(await addGridsToWorkbook(await bytesOf(edited), [moved], 'refresh'))).getWorksheet('Dubbletter')!;

      const column = (ws: import('exceljs').Worksheet): unknown[] => [2, 3, 4, 5, 6].map((r) => ws.getCell(`C${r}`).value ?? null);
      // Övrigt is now on rows 4 and 6.
      expect(column(file)).toEqual([null, null, 'Första övrigt: engångsintäkt', null, 'Andra övrigt: lokalhyra']);
      expect(column(excel.getWorksheet('Dubbletter')!)).toEqual(column(file));
    });
  }
});
