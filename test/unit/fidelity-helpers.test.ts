/**
 * The fidelity suite's own tools must be able to fail: the element walk notices a lost element,
 * a changed or dropped attribute and a changed leaf text, and accepts what was only appended;
 * typing into a cell keeps the row's column order.
 */
import { elementKeys, lostElements, typeIntoCell } from '../helpers/package-parts';

const WB = '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B &amp; C" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="X" localSheetId="0">A!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>';

describe('lostElements', () => {
  it('accepts appended elements and attributes, and a different attribute order or quoting', () => {
    const after = WB.replace('</sheets>', '<sheet name="Rapport" sheetId="3" r:id="rId9"/></sheets>')
      .replace('</definedNames>', '<definedName name="KR">Rapport!$A$1</definedName></definedNames>')
      .replace('<calcPr calcId="1"/>', "<calcPr fullCalcOnLoad='1' calcId='1'/>");
    expect(lostElements(WB, after)).toEqual([]);
  });
  it('finds a removed element, a changed attribute, a dropped attribute and a changed text', () => {
    expect(lostElements(WB, WB.replace('<sheet name="A" sheetId="1" r:id="rId1"/>', ''))).toEqual(['workbook/sheets/sheet [name=A r:id=rId1 sheetId=1]']);
    expect(lostElements(WB, WB.replace('sheetId="2"', 'sheetId="5"'))).toEqual(['workbook/sheets/sheet [name=B & C r:id=rId2 sheetId=2]']);
    expect(lostElements(WB, WB.replace(' localSheetId="0"', ''))).toEqual(['workbook/definedNames/definedName [localSheetId=0 name=X] A!$A$1']);
    expect(lostElements(WB, WB.replace('A!$A$1', 'A!$B$1'))).toHaveLength(1);
  });
  it('counts repeated elements: two equal ones are not kept by one', () => {
    const two = '<a><b x="1"/><b x="1"/></a>';
    expect(elementKeys(two).get('a/b [x=1]')).toBe(2);
    expect(lostElements(two, '<a><b x="1"/></a>')).toEqual(['a/b [x=1]']);
  });
  it('ignores only the named counting attributes and texts', () => {
    const styles = '<styleSheet><fonts count="1"><font/></fonts></styleSheet>';
    expect(lostElements(styles, styles.replace('count="1"><font/>', 'count="2"><font/><font/>'), { attributes: ['count'] })).toEqual([]);
    expect(lostElements(styles, styles.replace('count="1"', 'count="2"'))).toHaveLength(1);
    const app = '<P><vt:i4>2</vt:i4><Company>K</Company></P>';
    expect(lostElements(app, app.replace('>2<', '>3<'), { textOf: ['vt:i4'] })).toEqual([]);
    expect(lostElements(app, app.replace('>K<', '>L<'), { textOf: ['vt:i4'] })).toHaveLength(1);
  });
});

describe('typeIntoCell', () => {
  const sheet = '<worksheet><sheetData><row r="5"><c r="A5" t="s"><v>1</v></c><c r="L5" s="9"/></row><row r="6"><c r="A6"><v>2</v></c><c r="M6"><v>3</v></c></row></sheetData></worksheet>';
  it('replaces an existing (empty, styled) cell and keeps its style', () => {
    expect(typeIntoCell(sheet, 'L5', 'a < b')).toContain('<c r="L5" s="9" t="inlineStr"><is><t>a &lt; b</t></is></c></row>');
  });
  it('inserts a missing cell in column order', () => {
    expect(typeIntoCell(sheet, 'L6', 'x')).toContain('<c r="A6"><v>2</v></c><c r="L6" t="inlineStr"><is><t>x</t></is></c><c r="M6">');
  });
});
