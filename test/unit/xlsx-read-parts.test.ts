/**
 * The streaming reader on hand-written XML parts: the odd things real producers write (no `r`
 * attributes, inline strings, rich text, the 1904 date system, shared formulas, a lying
 * <dimension>, namespace prefixes, escapes) and damaged parts. Every expected value is written
 * here by hand from the XML above it.
 */
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import { cellAt } from '../../src/core/snapshot';
import { NS, RNS, rawXlsx, sheetPart, stylesXml } from '../helpers/raw-package';
import { errorTexts } from '../../src/core/i18n/render';

const sst = (items: string[]): string => `<?xml version="1.0"?><sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;

async function readOne(bytes: Uint8Array, withFormats = false) {
  return (await readWorkbookBuffer(bytes, { withFormats })).sheets[0];
}

async function failure(bytes: Uint8Array): Promise<XlsxReadError> {
  const e = await readWorkbookBuffer(bytes).catch((x: unknown) => x);
  if (!(e instanceof XlsxReadError)) throw new Error(`expected an XlsxReadError, got ${String(e)}`);
  return e;
}

describe('cells and rows without r attributes', () => {
  it('places cells one column right of the previous and rows one below', async () => {
    // Row 1: A1=1, B1=2; row 2 (no r): A2='x'; row 5 (r="5"): C5=3 given, then D5 without r.
    const rows =
      '<row><c><v>1</v></c><c><v>2</v></c></row>' +
      '<row><c t="inlineStr"><is><t>x</t></is></c></row>' +
      '<row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>';
    const s = await readOne(rawXlsx({ sheets: [{ name: 'A', rows }] }));
    expect([s.originRow, s.originCol]).toEqual([0, 0]);
    expect(s.values).toEqual([[1, 2], ['x'], [], [], [null, null, 3, 4]]);
  });
});

describe('strings', () => {
  it('reads shared strings with rich-text runs joined, phonetic runs left out, entities and _xHHHH_ decoded', async () => {
    const strings = sst([
      '<si><t>Konto</t></si>',
      '<si><r><rPr><b/></rPr><t>Hem</t></r><r><t xml:space="preserve">tjänst </t></r><r><t>&amp; vård</t></r></si>',
      '<si><t>Rad1_x000D__x000A_Rad2</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>',
      '<si><t>a_x005F_x0041_b &lt;&#229;&#xE4;&gt;</t></si>',
      '<si/>',
    ]);
    const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>';
    const s = await readOne(rawXlsx({ sheets: [{ name: 'S', rows }], strings }));
    // _x005F_ is an escaped underscore, so "_x005F_x0041_" reads "_x0041_" literally.
    expect(s.values[0]).toEqual(['Konto', 'Hemtjänst & vård', 'Rad1\r\nRad2', 'a_x0041_b <åä>', '']);
  });

  it('reads inline strings, plain and rich, and formula text results', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Plain &quot;text&quot;</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c>' +
      '<c r="C1" t="str"><f>A1&amp;"!"</f><v>Plain "text"!</v></c></row>';
    const s = await readOne(rawXlsx({ sheets: [{ name: 'S', rows }] }));
    expect(s.values[0]).toEqual(['Plain "text"', 'Rich', 'Plain "text"!']);
    expect(s.formulas?.[0]).toEqual(['', '', '=A1&"!"']);
  });
});

describe('values', () => {
  it('reads booleans, errors, ISO dates and numbers in every notation', async () => {
    // 2025-01-31 is serial 45688 (=DATE(2025;1;31)); 12:00 is half a day.
    const rows =
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c><c r="D1" t="e"><v>#N/A</v></c>' +
      '<c r="E1" t="d"><v>2025-01-31T12:00:00</v></c><c r="F1" t="n"><v>-1.5E3</v></c><c r="G1"><v>0.1</v></c><c r="H1" s="0"><v/></c></row>';
    const s = await readOne(rawXlsx({ sheets: [{ name: 'V', rows }] }));
    expect(s.values[0]).toEqual([true, false, { error: '#REF!' }, { error: '#N/A' }, 45688.5, -1500, 0.1]);
  });

  it('leaves style-only cells out of the used range', async () => {
    const rows = '<row r="1"><c r="A1" s="1"/><c r="B1"><v>7</v></c><c r="C1" s="1"/></row><row r="2"><c r="A2" s="1"/></row>';
    const s = await readOne(rawXlsx({ sheets: [{ name: 'V', rows }] }));
    expect([s.originRow, s.originCol]).toEqual([0, 1]);
    expect(s.values).toEqual([[7]]);
  });
});

describe('dates by number format', () => {
  // Style 0 General, 1 built-in 14 (date), 2 custom "yyyy-mm-dd", 3 custom '#,##0 "kr"' (not a date), 4 built-in 46 ([h]:mm:ss).
  const styles = stylesXml({ 164: 'yyyy-mm-dd', 165: '#,##0 "kr"' }, [0, 14, 164, 165, 46]);
  const rows = '<row r="1"><c r="A1" s="1"><v>44226</v></c><c r="B1" s="2"><v>44226</v></c><c r="C1" s="3"><v>44226</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1"><v>44226</v></c></row>';

  it('keeps 1900-system serials as stored and gives the codes when asked', async () => {
    const s = await readOne(rawXlsx({ sheets: [{ name: 'D', rows }], styles }), true);
    expect(s.values[0]).toEqual([44226, 44226, 44226, 0.5, 44226]);
    expect(s.formats?.[0]).toEqual(['mm-dd-yy', 'yyyy-mm-dd', '#,##0 "kr"', '[h]:mm:ss', null]);
  });

  it('moves date-styled numbers of a 1904-system workbook to the 1900 system (+1462 days), nothing else', async () => {
    // 44226 in the 1904 system is 2025-01-31 (44226 + 1462 = 45688 in the 1900 system).
    const s = await readOne(rawXlsx({ sheets: [{ name: 'D', rows }], styles, workbookPr: '<workbookPr date1904="1"/>' }));
    expect(s.values[0]).toEqual([45688, 45688, 44226, 1462.5, 44226]);
  });
});

describe('shared formulas', () => {
  it('moves the master formula to each cell of the group, keeping $-anchors, quoted text and sheet names', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1+SUM(\'Blad 2\'!A1:A2)&amp;"A1"</f><v>4</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f t="shared" ref="C3:D3" si="1">LOG10(A3)+A$3</f><v>0.5</v></c><c r="D3"><f t="shared" si="1"/><v>4.1</v></c></row>';
    const s = await readOne(rawXlsx({ sheets: [{ name: 'F', rows }] }));
    expect(s.values.map((r) => r[1])).toEqual([4, 5, 6]);
    expect(s.formulas?.map((r) => r[1])).toEqual(["=A1*2+$A$1+SUM('Blad 2'!A1:A2)&\"A1\"", "=A2*2+$A$1+SUM('Blad 2'!A2:A3)&\"A1\"", "=A3*2+$A$1+SUM('Blad 2'!A3:A4)&\"A1\""]);
    // One column right: A3 → B3, A$3 keeps its row and moves its column; LOG10 is a function, not a cell.
    expect(s.formulas?.[2].slice(2)).toEqual(['=LOG10(A3)+A$3', '=LOG10(B3)+B$3']);
    expect(s.formulas?.[0]).toEqual(['', "=A1*2+$A$1+SUM('Blad 2'!A1:A2)&\"A1\""]);
  });

  it('keeps a formula without a cached value as a cell with value null', async () => {
    const s = await readOne(rawXlsx({ sheets: [{ name: 'F', rows: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1+1</f></c></row>' }] }));
    expect(s.values).toEqual([[1, null]]);
    expect(s.formulas).toEqual([['', '=A1+1']]);
  });
});

describe('sheet structure', () => {
  it('ignores a lying <dimension> and reads hidden rows (merged cells do not disturb it)', async () => {
    const xml =
      `<worksheet xmlns="${NS}"><dimension ref="A1:XFD1048576"/><sheetData>` +
      '<row r="2" hidden="1"><c r="B2"><v>1</v></c></row><row r="3" hidden="true"/><row r="4"><c r="B4"><v>2</v></c></row>' +
      '</sheetData><mergeCells count="2"><mergeCell ref="B2:C2"/><mergeCell ref="$B$4:$B$5"/></mergeCells></worksheet>';
    const s = await readOne(rawXlsx({ sheets: [{ name: 'H', xml }] }));
    expect([s.originRow, s.originCol]).toEqual([1, 1]);
    expect(s.values).toEqual([[1], [], [2]]);
    expect(s.hiddenRows).toEqual([1, 2]);
  });

  it('reads a part whose elements carry a namespace prefix, with a byte-order mark', async () => {
    const xml = `\uFEFF<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const s = await readOne(rawXlsx({ sheets: [{ name: 'P', xml }] }));
    expect(s.values).toEqual([['p', 3]]);
  });

  it('finds sheets through the relationships whatever their part names, absolute targets and stored entries included', async () => {
    const bytes = rawXlsx({
      store: true,
      sheets: [
        { name: 'Ett', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', part: 'xl/worksheets/Data.xml', target: '/xl/worksheets/Data.xml' },
        { name: 'Två', rows: '<row r="1"><c r="A1"><v>2</v></c></row>', part: 'xl/other/s.xml', target: 'other/s.xml', state: 'veryHidden' },
        { name: 'KR_Metadata', rows: '<row r="1"><c r="A1"><v>3</v></c></row>', state: 'veryHidden' },
      ],
    });
    const snap = await readWorkbookBuffer(bytes);
    expect(snap.sheets.map((s) => [s.name, s.values[0][0], s.visibility])).toEqual([
      ['Ett', 1, 'visible'],
      ['Två', 2, 'veryHidden'],
    ]);
  });

  it('leaves chartsheets out (they hold a chart, no cells)', async () => {
    const chartsheet = `<?xml version="1.0"?><chartsheet xmlns="${NS}" xmlns:r="${RNS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`;
    const bytes = rawXlsx({
      sheets: [
        { name: 'Diagram', xml: chartsheet, part: 'xl/chartsheets/sheet1.xml', target: 'chartsheets/sheet1.xml', type: 'chartsheet' },
        { name: 'Data', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      ],
    });
    const snap = await readWorkbookBuffer(bytes);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Data']);
  });

  it('parses the shared strings only for a sheet that uses them', async () => {
    // The shared-string part is damaged: a sheet of numbers reads, a sheet with a t="s" cell is corrupt.
    const strings = `<?xml version="1.0"?><sst xmlns="${NS}"><si><t>cut off`;
    const numbers = rawXlsx({ sheets: [{ name: 'N', rows: '<row r="1"><c r="A1"><v>5</v></c></row>' }], strings });
    expect((await readOne(numbers)).values).toEqual([[5]]);
    const text = rawXlsx({ sheets: [{ name: 'T', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings });
    const e = await failure(text);
    expect([e.code, e.params.detail]).toEqual(['corrupt', 'xl/sharedStrings.xml']);
  });

  it('reads only the first rows when asked (maxRows)', async () => {
    let rows = '';
    for (let r = 1; r <= 100; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const snap = await readWorkbookBuffer(rawXlsx({ sheets: [{ name: 'M', rows }] }), { maxRows: 3 });
    expect(snap.sheets[0].values).toEqual([[1], [2], [3]]);
  });

  it('gives defined names of sheet ranges, one per area, without print areas, formulas or constants', async () => {
    const definedNames =
      '<definedNames><definedName name="KR_A">\'Mitt blad\'!$A$1:$B$2</definedName><definedName name="Två">Blad1!$A$1,Blad1!$C$3</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="0">Blad1!$A$1:$D$9</definedName><definedName name="Moms">0.25</definedName><definedName name="F">SUM(Blad1!$A:$A)</definedName></definedNames>';
    const snap = await readWorkbookBuffer(rawXlsx({ sheets: [{ name: 'Blad1', rows: '' }], definedNames }));
    expect(snap.definedNames).toEqual([
      { name: 'KR_A', sheet: 'Mitt blad', range: 'A1:B2' },
      { name: 'Två', sheet: 'Blad1', range: 'A1' },
      { name: 'Två', sheet: 'Blad1', range: 'C3' },
    ]);
  });

  it('reports progress from 0 to 1 when asked', async () => {
    let rows = '';
    for (let r = 1; r <= 2000; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const seen: number[] = [];
    const snap = await readWorkbookBuffer(rawXlsx({ sheets: [{ name: 'M', rows }] }), { onProgress: (f) => seen.push(f) });
    expect(cellAt(snap.sheets[0], 1999, 0)).toBe(2000);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('damaged parts are corrupt, naming the part, never an internal message', () => {
  const internal = /TypeError|undefined|Cannot read|unexpected|invalid/i;

  it('a sheet that stops mid-tag', async () => {
    const xml = sheetPart('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -40);
    const e = await failure(rawXlsx({ sheets: [{ name: 'X', xml }] }));
    expect(e.code).toBe('corrupt');
    expect(e.params.detail).toBe('xl/worksheets/sheet1.xml');
    expect(errorTexts(e).sv).not.toMatch(internal);
  });

  it('a sheet that stops between rows', async () => {
    const xml = sheetPart('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>').replace(/<\/sheetData>.*$/, '');
    expect((await failure(rawXlsx({ sheets: [{ name: 'X', xml }] }))).code).toBe('corrupt');
  });

  it('a workbook part that is not XML', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'X', rows: '' }], extra: { 'xl/workbook.xml': '<workbook><sheets><sheet name="X" r:id="rId1"' } });
    const e = await failure(bytes);
    expect(e.code).toBe('corrupt');
    expect(e.params.detail).toBe('xl/workbook.xml');
  });

  it('a sheet the workbook lists but the package lacks', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'X', rows: '', target: 'worksheets/gone.xml' }] });
    const e = await failure(bytes);
    expect(e.code).toBe('corrupt');
    expect(e.params.detail).toBe('xl/worksheets/gone.xml');
  });

  it('shared strings with a DTD (entity expansion is never attempted)', async () => {
    const strings = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="${NS}"><si><t>&b;</t></si></sst>`;
    const e = await failure(rawXlsx({ sheets: [{ name: 'X', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings }));
    expect(e.code).toBe('corrupt');
    expect(e.params.detail).toBe('xl/sharedStrings.xml');
  });
});

test('RNS is the relationships namespace the helper writes', () => {
  expect(RNS).toMatch(/relationships$/);
});
