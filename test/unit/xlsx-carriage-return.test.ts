/**
 * Text Excel stores escaped must read the same after our writer. Excel stores a carriage return
 * in a shared string as _x000D_ (or &#13;), which every reader decodes to CR; exceljs reads
 * "\r" and would write it back as a raw CR byte, which every conforming XML reader turns into
 * LF (XML 1.0 §2.11). Likewise a literal "_x0041_" is stored as _x005F_x0041_ and must not
 * become "A". The source parts are written by hand, as Excel writes them.
 */
import ExcelJS from 'exceljs';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { sampleReportGrid } from '../helpers/grid-samples';
import { sheetCells } from '../fixtures/bad/hostile-workbook';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readZip, writeZip } = require('../fixtures/bad/lib/zip.js') as {
  readZip(b: Buffer): Map<string, Buffer>;
  writeZip(entries: { name: string; data: Buffer }[]): Buffer;
};

const SHARED = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">',
  '<si><t>a&#13;b</t></si>',
  '<si><t>c_x000D_d</t></si>',
  '<si><r><t>rich&#13;</t></r><r><rPr><b/></rPr><t>text</t></r></si>',
  '<si><t>lit_x005F_x0041_</t></si>',
  '<si><t>crlf&#13;&#10;end</t></si>',
  '</sst>',
].join('');

/** What every reader sees in the source: a CR in A1..A3 and A5, a literal _x0041_ in A4. */
const EXPECTED: Record<string, string> = { A1: 'a\rb', A2: 'c\rd', A3: 'rich\rtext', A4: 'lit_x0041_', A5: 'crlf\r\nend', A6: 'in\rline', A7: 'f\rr' };

/** An exceljs workbook whose sheet XML and shared strings are then replaced by Excel-style ones. */
async function excelStyleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Anteckningar');
  for (let r = 1; r <= 5; r++) ws.getCell(r, 1).value = `placeholder ${r}`;
  const zip = readZip(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheet = zip.get('xl/worksheets/sheet1.xml')!.toString('utf8');
  const rows = [1, 2, 3, 4, 5].map((r) => `<row r="${r}"><c r="A${r}" t="s"><v>${r - 1}</v></c></row>`).join('');
  const extra = '<row r="6"><c r="A6" t="inlineStr"><is><t>in&#13;line</t></is></c></row><row r="7"><c r="A7" t="str"><f>"f"&amp;CHAR(13)&amp;"r"</f><v>f&#13;r</v></c></row>';
  zip.set('xl/worksheets/sheet1.xml', Buffer.from(sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}${extra}</sheetData>`)));
  zip.set('xl/sharedStrings.xml', Buffer.from(SHARED));
  return writeZip([...zip].map(([name, data]) => ({ name, data })));
}

async function exceljsTexts(bytes: Uint8Array): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, string> = {};
  wb.getWorksheet('Anteckningar')!.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === 'string') out[cell.address] = v;
      else if (v && typeof v === 'object' && 'richText' in v) out[cell.address] = v.richText.map((r) => r.text).join('');
      else if (v && typeof v === 'object' && 'formula' in v) out[cell.address] = String(v.result);
    });
  });
  return out;
}

function xmlTexts(bytes: Uint8Array): Record<string, string> {
  const cells = sheetCells(Buffer.from(bytes)).get('Anteckningar') ?? [];
  return Object.fromEntries(cells.filter((c) => c.text !== null).map((c) => [c.ref, c.text as string]));
}

test('the hand-written source reads as Excel stores it (the fixture is right)', async () => {
  const source = new Uint8Array(await excelStyleWorkbook());
  expect(await exceljsTexts(source)).toEqual(EXPECTED);
  expect(xmlTexts(source)).toEqual(EXPECTED);
});

test('carriage returns and literal _xHHHH_ in source text survive addGridsToWorkbook', async () => {
  const source = new Uint8Array(await excelStyleWorkbook());
  const written = await addGridsToWorkbook(source, [sampleReportGrid()], 'insert');
  expect(await exceljsTexts(written)).toEqual(EXPECTED);
  expect(xmlTexts(written)).toEqual(EXPECTED);
  const again = await addGridsToWorkbook(written, [sampleReportGrid()], 'refresh');
  expect(await exceljsTexts(again)).toEqual(EXPECTED);
  expect(xmlTexts(again)).toEqual(EXPECTED);
});

test('no raw CR is left in the written text parts', async () => {
  const written = await addGridsToWorkbook(new Uint8Array(await excelStyleWorkbook()), [sampleReportGrid()], 'insert');
  const zip = readZip(Buffer.from(written));
  for (const name of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) expect(zip.get(name)!.includes(13)).toBe(false);
});

test('a raw CR in the source already means LF to every reader, and stays LF', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Anteckningar').getCell('A1').value = 'x\ry\r\nz';
  const source = new Uint8Array(await wb.xlsx.writeBuffer());
  expect(await exceljsTexts(source)).toEqual({ A1: 'x\ny\nz' });
  expect(xmlTexts(source)).toEqual({ A1: 'x\ny\nz' });
  const written = await addGridsToWorkbook(source, [sampleReportGrid()], 'insert');
  expect(await exceljsTexts(written)).toEqual({ A1: 'x\ny\nz' });
  expect(xmlTexts(written)).toEqual({ A1: 'x\ny\nz' });
});
