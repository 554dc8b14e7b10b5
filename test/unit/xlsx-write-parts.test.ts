/**
 * The package parts the writer edits are only appended to, as text: styles.xml keeps every
 * existing entry at its index, workbook.xml keeps every element and attribute it had,
 * [Content_Types].xml and the relationships gain one entry each. The inputs are written by hand
 * in the shapes Excel, LibreOffice and the OpenXML SDK (prefixed elements) produce.
 */
import { openStyles } from '../../src/io/xlsx/write/styles-part';
import { cellLook, statusDxfXml } from '../../src/io/xlsx/write/style-xml';
import { addSheet, nameText, nextSheetId, setDefinedName, setFullCalcOnLoad } from '../../src/io/xlsx/write/workbook-part';
import { addOverride, addRelationship, removeOverride, removeRelationships } from '../../src/io/xlsx/write/opc-parts';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import { addSheetTitles } from '../../src/io/xlsx/write/app-part';
import { errorTexts } from '../../src/core/i18n/render';

const EXCEL_STYLES = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">',
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>',
  '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>',
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>',
  '</styleSheet>',
].join('');

/** The children of one list element, as written. */
function children(xml: string, list: string, child: string): string[] {
  const m = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml);
  return m ? (m[1].match(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g')) ?? []) : [];
}

describe('styles.xml', () => {
  const styles = openStyles(EXCEL_STYLES);
  const header = styles.xf(cellLook({ token: 'header', format: '0.0%', align: 'right' }));
  const amount = styles.xf(cellLook({ format: '#,##0,' }));
  const dxf = styles.dxf(statusDxfXml('status-red'));
  const out = styles.toXml();

  it('appends after the existing entries, so every existing index keeps its meaning', () => {
    for (const [list, child] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf']] as const) {
      const before = children(EXCEL_STYLES, list, child);
      expect(children(out, list, child).slice(0, before.length)).toEqual(before);
    }
    // 3 xfs were there: the header's is 3, the amount's 4; the first dxf is 0.
    expect([header, amount, dxf]).toEqual([3, 4, 0]);
  });

  it('updates each count and keeps other attributes of the list elements', () => {
    expect(out).toContain('<numFmts count="3">');
    expect(out).toContain('<fonts count="4" x14ac:knownFonts="1">');
    expect(out).toContain('<fills count="3">');
    expect(out).toContain('<borders count="2">');
    expect(out).toContain('<cellXfs count="5">');
    expect(out).toContain('<dxfs count="1"><dxf>');
  });

  it('gives new number formats ids from 164 up that are not in use', () => {
    // 164 is the workbook's date format, so the new codes get 165 and 166.
    expect(children(out, 'numFmts', 'numFmt').slice(1)).toEqual(['<numFmt numFmtId="165" formatCode="0.0%"/>', '<numFmt numFmtId="166" formatCode="#,##0,"/>']);
  });

  it('never reuses a number format id, even one written with a raw ">" in its code', () => {
    // 165 is the largest id in use, on the code with '>'; a reader that misses that element would hand out 165 again.
    const raw = EXCEL_STYLES.replace('<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>', '<numFmts count="2"><numFmt numFmtId="165" formatCode="[>=100]0;0"/><numFmt numFmtId="164" formatCode="0.0"/></numFmts>');
    const p = openStyles(raw);
    p.xf(cellLook({ format: '#,##0,' }));
    expect(p.toXml()).toContain('<numFmt numFmtId="166" formatCode="#,##0,"/></numFmts>');
  });

  it('leaves everything outside the lists byte for byte', () => {
    const strip = (xml: string): string => xml.replace(/<(numFmts|fonts|fills|borders|cellXfs|dxfs)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g, '<$1/>');
    expect(strip(out)).toBe(strip(EXCEL_STYLES));
  });

  it('reuses its own entries on a second write instead of growing the part', () => {
    const again = openStyles(out);
    expect(again.xf(cellLook({ format: '#,##0,' }))).toBe(amount);
    expect(again.dxf(statusDxfXml('status-red'))).toBe(dxf);
    expect(again.toXml()).toBe(out);
  });

  it('writes the part’s own namespace prefix on what it adds', () => {
    const prefixed = EXCEL_STYLES.replace(/<(\/?)(?!\?|x14:|x14ac)([A-Za-z]+)/g, '<$1x:$2').replace('xmlns="', 'xmlns:x="');
    const p = openStyles(prefixed);
    p.xf(cellLook({ token: 'title' }));
    const xml = p.toXml();
    expect(xml).toContain('<x:font><x:b/><x:sz val="14"/><x:name val="Calibri"/><x:family val="2"/></x:font></x:fonts>');
    expect(xml).toContain('<x:cellXfs count="4">');
  });
});

const WORKBOOK = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">',
  '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>',
  '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="1"/></bookViews>',
  '<sheets><sheet name="Huvudbok" sheetId="1" r:id="rId1"/><sheet name="Mål &amp; budget" sheetId="4" r:id="rId2"/></sheets>',
  '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Huvudbok!$A$1:$G$9</definedName><definedName name="Moms">0.25</definedName></definedNames>',
  '<calcPr calcId="191029"/>',
  '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>',
  '</workbook>',
].join('');

describe('workbook.xml', () => {
  const sheet = '<sheet name="Rapport &amp; mer" sheetId="5" r:id="rId9"/>';
  const name = "<definedName name=\"KR_Drift\">'Rapport &amp; mer'!$A$1:$G$14</definedName>";
  const out = setFullCalcOnLoad(setDefinedName(addSheet(WORKBOOK, { name: 'Rapport & mer', sheetId: nextSheetId(WORKBOOK), rId: 'rId9' }), 'KR_Drift', nameText('Rapport & mer', { row: 0, col: 0, rows: 14, cols: 7 })));

  it('appends the sheet (next sheetId after the largest) and the name, and sets full recalculation on load', () => {
    expect(nextSheetId(WORKBOOK)).toBe(5);
    expect(out).toContain(`r:id="rId2"/>${sheet}</sheets>`);
    expect(out).toContain(`<definedName name="Moms">0.25</definedName>${name}</definedNames>`);
    expect(out).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it('keeps every original element and attribute: removing what was added gives the original back', () => {
    expect(out.replace(sheet, '').replace(name, '').replace(' fullCalcOnLoad="1"', '')).toBe(WORKBOOK);
  });

  it('replaces only the text of the report’s own name on refresh', () => {
    const again = setDefinedName(out, 'KR_Drift', nameText('Rapport & mer', { row: 0, col: 0, rows: 20, cols: 7 }));
    expect(again).toBe(out.replace('$G$14', '$G$20'));
  });

  it('adds <definedNames> after <externalReferences> and <calcPr> after it when the workbook has neither', () => {
    const plain = '<workbook xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><externalReferences><externalReference r:id="rId3"/></externalReferences><extLst/></workbook>';
    const x = setFullCalcOnLoad(setDefinedName(plain, 'KR_A', 'A!$A$1'));
    expect(x).toBe(plain.replace('</externalReferences>', '</externalReferences><definedNames><definedName name="KR_A">A!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/>'));
  });

  it('uses the prefixes the part declares, and declares r: itself when the part has none for relationships', () => {
    const sdk = '<x:workbook xmlns:x="m" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="1" rel:id="R1"/></x:sheets></x:workbook>';
    expect(addSheet(sdk, { name: 'B', sheetId: 2, rId: 'rId2', state: 'veryHidden' })).toContain('<x:sheet name="B" sheetId="2" state="veryHidden" rel:id="rId2"/></x:sheets>');
    const bare = '<workbook xmlns="m"><sheets></sheets></workbook>';
    expect(addSheet(bare, { name: 'B', sheetId: 1, rId: 'rId1' })).toContain('<sheet name="B" sheetId="1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>');
  });

  it('calls a workbook.xml without a whole <sheets> element damaged, in plain words', () => {
    const e = (() => {
      try {
        return addSheet('<workbook xmlns="m"><sheets><sheet name="A"', { name: 'B', sheetId: 2, rId: 'rId2' });
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).code).toBe('corrupt');
    expect(errorTexts(e as XlsxReadError).sv).toContain('är skadad eller ofullständig');
  });
});

describe('[Content_Types].xml and relationships', () => {
  const TYPES =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>';

  it('adds an Override before </Types> and removes only the one asked for', () => {
    const added = addOverride(TYPES, 'xl/worksheets/sheet3.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
    expect(added).toBe(TYPES.replace('</Types>', '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
    expect(removeOverride(added, 'xl/calcChain.xml')).toBe(added.replace(/<Override PartName="\/xl\/calcChain.xml"[^>]*\/>/, ''));
  });

  it('calls content types that end early damaged', () => {
    expect(() => addOverride(TYPES.slice(0, -10), 'xl/a.xml', 't')).toThrow(expect.objectContaining({ code: 'corrupt', params: { detail: '[Content_Types].xml' } }));
  });

  it('gives a new relationship a fresh id and removes relationships by type', () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="t/calcChain" Target="calcChain.xml"/><Relationship Id="rIdVba" Type="t/vbaProject" Target="vbaProject.bin"/></Relationships>';
    const { xml, id } = addRelationship(rels, 'xl/_rels/workbook.xml.rels', 't/worksheet', 'worksheets/sheet2.xml');
    expect(id).toBe('rId6');
    expect(xml).toBe(rels.replace('</Relationships>', '<Relationship Id="rId6" Type="t/worksheet" Target="worksheets/sheet2.xml"/></Relationships>'));
    expect(removeRelationships(xml, 'r', 't/calcChain')).toBe(xml.replace('<Relationship Id="rId5" Type="t/calcChain" Target="calcChain.xml"/>', ''));
  });
});

describe('docProps/app.xml', () => {
  // As XlsxWriter writes it: two worksheets, a chartsheet and six named ranges.
  const APP =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>' +
    '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
    '<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>Huvudbok</vt:lpstr><vt:lpstr>Bild &amp; diagram</vt:lpstr><vt:lpstr>Diagramblad</vt:lpstr><vt:lpstr>Summa_utfall</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>12.0000</AppVersion></Properties>';

  it('adds the new sheets to the worksheets group: its count, the titles after its last one, the vector size', () => {
    expect(addSheetTitles(APP, ['Rapport & mer', 'KR_Metadata'])).toBe(
      APP.replace('<vt:i4>2</vt:i4>', '<vt:i4>4</vt:i4>')
        .replace('<vt:vector size="4" baseType="lpstr">', '<vt:vector size="6" baseType="lpstr">')
        .replace('<vt:lpstr>Bild &amp; diagram</vt:lpstr>', '<vt:lpstr>Bild &amp; diagram</vt:lpstr><vt:lpstr>Rapport &amp; mer</vt:lpstr><vt:lpstr>KR_Metadata</vt:lpstr>'),
    );
  });

  it('leaves a part without the lists, or with counts that do not add up, as it is', () => {
    const libre = '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>LibreOffice</Application></Properties>';
    expect(addSheetTitles(libre, ['R'])).toBe(libre);
    const odd = APP.replace('<vt:i4>1</vt:i4></vt:variant></vt:vector>', '<vt:i4>5</vt:i4></vt:variant></vt:vector>');
    expect(addSheetTitles(odd, ['R'])).toBe(odd);
  });
});
