/**
 * The package writer on a hand-written package (no styles part, a calculation chain, an
 * application part, custom XML, and a part no reader knows, holding text that is not even XML):
 * every part it does not own comes back as stored (compressed bytes and CRC), the parts it must
 * edit are only appended to, and a part it does not understand is never a reason to refuse.
 */
import { zipSync, strToU8 } from 'fflate';
import { Workbook } from 'exceljs';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { openPackage } from '../../src/io/xlsx/pkg/package';
import { entryRawBytes, inspectXlsxBytes } from '../../src/io/xlsx/zip-guard';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import { sampleReportGrid } from '../helpers/grid-samples';
import { errorTexts } from '../../src/core/i18n/render';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/xl/mystery/thing.xml" ContentType="application/x-mystery"/></Types>',
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/calcChain" Target="calcChain.xml"/><Relationship Id="rId3" Type="urn:example:mystery" Target="mystery/thing.xml"/></Relationships>`,
  'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row></sheetData></worksheet>`,
  'xl/calcChain.xml': `<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="${MAIN}"><c r="B1" i="1"/></calcChain>`,
  'docProps/app.xml': '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Handmade</Application></Properties>',
  'customXml/item1.xml': '<?xml version="1.0"?><b:Sources xmlns:b="urn:b"/>',
  'xl/mystery/thing.xml': 'not xml at all <<< & >>>',
};

function handmade(): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 9 }]> = {};
  for (const [name, text] of Object.entries(PARTS)) files[name] = [strToU8(text), { level: name.startsWith('customXml') ? 0 : 9 }];
  return zipSync(files);
}

function stored(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of inspectXlsxBytes(bytes).entries) out.set(e.name, `${e.method}:${e.crc}:${Buffer.from(entryRawBytes(bytes, e)).toString('base64')}`);
  return out;
}

const text = (bytes: Uint8Array, part: string): string => openPackage(bytes).text(part);
const EDITED = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/calcChain.xml']);

describe('a hand-written package', () => {
  it('keeps every part it does not own as stored, and adds the report, its styles and KR_Metadata', async () => {
    const input = handmade();
    const out = await addGridsToWorkbook(input, [sampleReportGrid()], 'insert');
    const before = stored(input);
    const after = stored(out);
    for (const [name, raw] of before) if (!EDITED.has(name)) expect([name, after.get(name)]).toEqual([name, raw]);
    // Insert keeps the calculation chain (it only lacks the new formulas, which Excel adds).
    expect(after.get('xl/calcChain.xml')).toBe(before.get('xl/calcChain.xml'));
    expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual(['xl/styles.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    expect(text(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toContain(`<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>`);
    expect(text(out, 'xl/workbook.xml')).toBe(
      PARTS['xl/workbook.xml'].replace(
        '</sheets></workbook>',
        '<sheet name="Rapport 2025-08" sheetId="2" r:id="rId5"/><sheet name="KR_Metadata" sheetId="3" state="veryHidden" r:id="rId6"/></sheets>' +
          "<definedNames><definedName name=\"KR_Drift_2025_08\">'Rapport 2025-08'!$A$1:$G$14</definedName></definedNames><calcPr fullCalcOnLoad=\"1\"/></workbook>",
      ),
    );
    const snap = await readWorkbookBuffer(out);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Data', 'Rapport 2025-08']);
    expect(snap.sheets[1].values[0][0]).toBe('Driftredovisning per verksamhet');
    // An independent reader opens it too.
    const wb = new Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Rapport 2025-08')!.getCell('B5').value).toBe(125_400_000);
  });

  it('drops the calculation chain on refresh, with its content type and relationship', async () => {
    const once = await addGridsToWorkbook(handmade(), [sampleReportGrid()], 'insert');
    const twice = await addGridsToWorkbook(once, [sampleReportGrid()], 'refresh');
    expect(openPackage(twice).has('xl/calcChain.xml')).toBe(false);
    expect(text(twice, '[Content_Types].xml')).not.toContain('calcChain');
    expect(text(twice, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(stored(twice).get('xl/mystery/thing.xml')).toBe(stored(once).get('xl/mystery/thing.xml'));
  });

  it('writes several grids in one go, and the same block twice (the second time a refresh of the first)', async () => {
    const { addGridsWithResults } = await import('../../src/io/xlsx/add-grids');
    const a = sampleReportGrid('KR_A', 'A');
    const b = sampleReportGrid('KR_B', 'B');
    const once = await addGridsWithResults(handmade(), [a, b, a], 'refresh-or-insert');
    expect(once.results.map((r) => [r.name, r.sheet])).toEqual([
      ['KR_A', 'A'],
      ['KR_B', 'B'],
      ['KR_A', 'A'],
    ]);
    const snap = await readWorkbookBuffer(once.bytes);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Data', 'A', 'B']);
    expect(snap.definedNames?.filter((n) => n.name.startsWith('KR_'))).toEqual([
      { name: 'KR_A', sheet: 'A', range: 'A1:G14' },
      { name: 'KR_B', sheet: 'B', range: 'A1:G14' },
    ]);
    const again = await addGridsWithResults(once.bytes, [b, a], 'refresh');
    expect(again.results.map((r) => r.sheet)).toEqual(['B', 'A']);
    expect((await readWorkbookBuffer(again.bytes)).sheets.map((s) => s.name)).toEqual(['Data', 'A', 'B']);
    // One KR_Metadata sheet, holding both blocks' row keys.
    const wb = new Workbook();
    await wb.xlsx.load(again.bytes as unknown as ArrayBuffer);
    const meta = wb.getWorksheet('KR_Metadata')!;
    expect(wb.worksheets.filter((ws) => ws.name === 'KR_Metadata')).toHaveLength(1);
    expect([meta.getCell('A2').value, meta.getCell('A3').value]).toEqual(['rowKeys:KR_A', 'rowKeys:KR_B']);
  });

  it('writes Strict parts into a Strict package (ISO 29500 Strict namespaces and relationship types)', async () => {
    const strict = (t: string): string =>
      t
        .split('http://schemas.openxmlformats.org/spreadsheetml/2006/main')
        .join('http://purl.oclc.org/ooxml/spreadsheetml/main')
        .split(`${REL}/`)
        .join('http://purl.oclc.org/ooxml/officeDocument/relationships/')
        .split(REL)
        .join('http://purl.oclc.org/ooxml/officeDocument/relationships');
    const files: Record<string, Uint8Array> = {};
    for (const [name, t] of Object.entries(PARTS)) files[name] = strToU8(strict(t));
    const out = await addGridsToWorkbook(zipSync(files), [sampleReportGrid()], 'insert');
    expect(text(out, 'xl/worksheets/sheet2.xml')).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">');
    expect(text(out, 'xl/styles.xml')).toContain('<styleSheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">');
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toContain('<Relationship Id="rId5" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"/>');
    expect(text(out, 'xl/workbook.xml')).toContain('<sheet name="Rapport 2025-08" sheetId="2" r:id="rId5"/>');
    const snap = await readWorkbookBuffer(out);
    expect(snap.sheets.find((s) => s.name === 'Rapport 2025-08')?.values[4][1]).toBe(125_400_000);
  });

  it('refuses a workbook.xml that is cut short as damaged, in plain words', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, t] of Object.entries(PARTS)) files[name] = strToU8(name === 'xl/workbook.xml' ? t.slice(0, t.indexOf('</sheets>')) : t);
    const e = await addGridsToWorkbook(zipSync(files), [sampleReportGrid()], 'insert').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).code).toBe('corrupt');
    expect(errorTexts(e as XlsxReadError).en).toMatch(/^The file is damaged or incomplete and cannot be read \(xl\/workbook\.xml\)\. Open it in Excel/);
  });
});
