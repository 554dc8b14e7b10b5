import { Workbook } from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { goalGrid, judgeGoals, readGoalTable } from '../../src/core/goals';
import type { ReportGrid } from '../../src/core/grid';
import { addGridsWithResults } from '../../src/io/xlsx/add-grids';
import { renderBlock } from '../../src/io/xlsx/write/sheet-xml';
import { MINIMAL_STYLES, openStyles } from '../../src/io/xlsx/write/styles-part';
import { withManual } from '../fixtures/goals/alingsas-data';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';

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

/** The grid inserted into a one-sheet workbook: its sheet is the second part, xl/worksheets/sheet2.xml. */
async function written(grid: ReportGrid): Promise<{ bytes: Uint8Array; sheet: string }> {
  const wb = new Workbook();
  wb.addWorksheet('Källa').getCell('A1').value = 'x';
  const { bytes, results } = await addGridsWithResults(new Uint8Array(await wb.xlsx.writeBuffer()), [grid], 'insert');
  return { bytes, sheet: results[0].sheet };
}

/** The <conditionalFormatting> elements of a sheet, by sqref. */
function formattings(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<conditionalFormatting sqref="([^"]+)">(.*?)<\/conditionalFormatting>/g)) out.set(m[1], m[2]);
  return out;
}

describe('icon sets in the .xlsx writer', () => {
  const grid = goalGrid(judgeGoals(readGoalTable(workbookOf(sheetOf('Mål', withManual()))).table!, {}), { lang: 'sv' });
  const last = grid.rows.findIndex((r, i) => i > 2 && r.length === 0); // 1-based last row of the goal table

  it('writes reversed three traffic lights over the score column, bounds 2 and 3, beside the text fills', async () => {
    const xml = zipEntryText((await written(grid)).bytes, 'xl/worksheets/sheet2.xml');
    const cf = formattings(xml);
    const icons = cf.get(`H4:H${last}`);
    expect(icons).toBeDefined();
    expect(icons).toMatch(/^<cfRule type="iconSet" priority="\d+"><iconSet iconSet="3TrafficLights1" reverse="1">/);
    expect([...icons!.matchAll(/<cfvo type="(\w+)" val="([^"]+)"\/>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['percent', '0'],
      ['num', '2'],
      ['num', '3'],
    ]);
    // The status columns keep their text rules, and no cfRule sits in an <extLst> Excel 2007 would not read.
    expect(cf.get(`G4:G${last}`)).toContain('type="cellIs"');
    expect(cf.get(`I4:I${last}`)).toContain('type="cellIs"');
    expect(xml).not.toContain('<extLst>');
  });

  it('keeps the scores as numbers under the icons, and none where a goal is not evaluated', async () => {
    const wb = new Workbook();
    const out = await written(grid);
    await wb.xlsx.load(out.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(out.sheet)!;
    const goalRows = grid.rows.map((r, i) => (r[0]?.style === 'subtotal' ? i + 1 : 0)).filter((r) => r > 0);
    // Helt 1, Ej 3, Ej utvärderad –, Delvis 2, –, –, Delvis 2 (the published statuses on the 1–3 scale).
    expect(goalRows.map((r) => [ws.getCell(r, 7).value, ws.getCell(r, 8).value])).toEqual([
      ['Helt uppfyllt', 1],
      ['Ej uppfyllt', 3],
      ['Ej utvärderad', null],
      ['Delvis uppfyllt', 2],
      ['Ej utvärderad', null],
      ['Ej utvärderad', null],
      ['Delvis uppfyllt', 2],
    ]);
  });

  it('moves the icon range with the block when it is placed below other content', () => {
    const cf = formattings(renderBlock(grid, { row: 10, col: 2 }, openStyles(MINIMAL_STYLES)).conditional);
    expect(cf.get(`J14:J${last + 10}`)).toContain('iconSet="3TrafficLights1"');
  });
});
