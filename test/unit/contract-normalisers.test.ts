import * as ExcelJS from 'exceljs';
import { differences } from '../helpers/contract/diff';
import { excelModel } from '../helpers/contract/excel-model';
import { cellStyles, fileModel } from '../helpers/contract/file-model';
import type { BlockModel, CellModel } from '../helpers/contract/model';
import { columnIndex, columnLetters, describeRule, hexColour, horizontalName, paperName, parseRange, pixelsOfWidth, rangeText, rowKeysFromMeta, side, sortConditional } from '../helpers/contract/model';
import { parseXml } from '../helpers/contract/xml-tree';
import { NS, rawXlsx, RNS } from '../helpers/raw-package';

/**
 * The contract suite's normalisers on tiny hand-made inputs: each conversion with its worked
 * value, the file side on a hand-written package, the Excel side on a hand-built exceljs
 * workbook holding the same block (both must give the hand-written model), and a change on
 * either side showing up as a difference.
 */
describe('model.ts conversions', () => {
  it('A1 letters and ranges, both ways', () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'ZZ', 'AAA'].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
    expect(parseRange('$B$2:$D$10')).toEqual({ row: 1, col: 1, rows: 9, cols: 3 });
    expect(rangeText({ row: 1, col: 1, rows: 9, cols: 3 })).toBe('B2:D10');
    expect(rangeText(parseRange('C3'))).toBe('C3');
    expect(() => parseRange('R1C1')).toThrow();
  });

  it('column widths in whole pixels by ECMA-376 §18.3.1.13 (Calibri 11, 7 px digits)', () => {
    // 28.7109375: (256 × 28.7109375 + trunc(128/7) = 7350 + 18) / 256 × 7 = 201.47 → 201
    expect(pixelsOfWidth(28.7109375)).toBe(201);
    // 28: (7168 + 18) / 256 × 7 = 196.49 → 196 (the file writer's width before issue 12)
    expect(pixelsOfWidth(28)).toBe(196);
    // 9.140625 (Excel's standard column as saved): (2340 + 18) / 256 × 7 = 64.48 → 64
    expect(pixelsOfWidth(9.140625)).toBe(64);
    expect(pixelsOfWidth(undefined)).toBe(64);
  });

  it('colours, borders, alignment and paper in the words Office.js uses', () => {
    expect(hexColour('FFd9e1f2')).toBe('#D9E1F2');
    expect(hexColour('#7f7f7f')).toBe('#7F7F7F');
    expect(() => hexColour('red')).toThrow();
    expect(side('double', 'FF7F7F7F')).toEqual({ style: 'Double', color: '#7F7F7F' });
    expect(side('thin', undefined)).toEqual({ style: 'Continuous', color: '#000000' });
    expect(side('dashed', null)).toEqual({ style: 'Dash', color: '#000000' });
    expect(side(undefined, 'FF000000')).toEqual({ style: 'None', color: null });
    expect(() => side('wavy', null)).toThrow();
    expect([horizontalName('center'), horizontalName(undefined), horizontalName('right')]).toEqual(['Center', 'General', 'Right']);
    expect(() => horizontalName('middle')).toThrow();
    expect([paperName(9), paperName(undefined), paperName(77)]).toEqual(['A4', 'Letter', 'paper 77']);
  });

  it('row keys from the KR_Metadata rows, JSON continued over B, C, ...', () => {
    const rows = [['kommunrapport-metadata v1'], ['settings', '{}'], ['rowKeys:KR_X', '[null,"a",', '"b"]']];
    expect(rowKeysFromMeta(rows, 'KR_X')).toEqual([null, 'a', 'b']);
    expect(rowKeysFromMeta(rows, 'KR_Y')).toBeNull();
  });

  it('rules read the same exactly when they act the same', () => {
    const red = { type: 'cellIs', operator: 'equal', formulas: ['"Röd"'], fill: '#FFC7CE', font: '#9C0006' };
    expect(describeRule(red)).toBe('cellIs equal "Röd" fill=#FFC7CE font=#9C0006');
    expect(describeRule({ ...red, fill: '#FFFFFF' })).not.toBe(describeRule(red));
    expect(describeRule({ type: 'iconSet', cfvo: [{ type: 'percent', value: 0 }, { type: 'num', value: 2 }] })).toBe('iconSet 3TrafficLights1 reverse=false showValue=true [percent:0,num:2]');
    expect(describeRule({ type: 'iconSet', reverse: true, cfvo: [] })).not.toBe(describeRule({ type: 'iconSet', cfvo: [] }));
    const list = sortConditional([{ type: 't', range: 'B1', rule: 'x' }, { type: 't', range: 'A1', rule: 'y' }, { type: 't', range: 'A1', rule: 'b' }]);
    expect(list.map((c) => `${c.range} ${c.rule}`)).toEqual(['A1 b', 'A1 y', 'B1 x']);
  });
});

describe('xml-tree.ts', () => {
  it('reads local names, unescaped attributes and text, and refuses a wrong closing tag', () => {
    const doc = parseXml('<?xml version="1.0"?><x:a xmlns:x="u"><x:b v="1&amp;2">t&lt;u</x:b><c/></x:a>');
    const a = doc.children[0];
    expect(a.name).toBe('a');
    expect(a.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(a.children[0].attrs.v).toBe('1&2');
    expect(a.children[0].text).toBe('t<u');
    expect(() => parseXml('<a><b></a></b>')).toThrow();
  });
});

describe('diff.ts', () => {
  it('names each differing leaf and each key only one side has', () => {
    expect(differences({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 }, d: 4 })).toEqual(['b.c: excel 2 ≠ file 3', 'd: only in file: 4']);
    expect(differences({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
  });
});

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${NS}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0,;-#,##0,"/></numFmts>
<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font><font><b/><i/><sz val="14"/><color rgb="FF9C0006"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top style="thin"><color rgb="FF7F7F7F"/></top><bottom style="double"><color rgb="FF7F7F7F"/></bottom><diagonal/></border></borders>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyAlignment="1"><alignment horizontal="center" indent="2" wrapText="1"/></xf><xf numFmtId="3" fontId="0" fillId="1" borderId="0" xfId="0"/></cellXfs>
<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>
</styleSheet>`;

const none = { style: 'None', color: null };
const plainCell: CellModel = {
  value: null, formula: null, numberFormat: 'General', fill: '#FFFFFF', font: { bold: false, italic: false, color: '#000000', size: 11 },
  borders: { top: none, bottom: none, left: none, right: none }, horizontal: 'General', indent: 0, wrap: false,
};
const styledCell: CellModel = {
  ...plainCell, numberFormat: '#,##0,;-#,##0,', fill: '#D9E1F2', font: { bold: true, italic: true, color: '#9C0006', size: 14 },
  borders: { top: { style: 'Continuous', color: '#7F7F7F' }, bottom: { style: 'Double', color: '#7F7F7F' }, left: none, right: none },
  horizontal: 'Center', indent: 2, wrap: true,
};

describe('file-model.ts', () => {
  it('resolves cellXfs through numFmts, fonts, fills and borders (gray125 is no fill, a built-in id its code)', () => {
    const [plain, styled, builtin] = cellStyles(parseXml(STYLES));
    expect(plain).toEqual({ ...plainCell, value: undefined, formula: undefined });
    expect({ ...plainCell, ...styled }).toEqual(styledCell);
    expect(builtin.numberFormat).toBe('#,##0');
    expect(builtin.fill).toBe('#FFFFFF');
  });
});

/** The block both sides below hold, written out by hand. */
const expected: BlockModel = {
  name: 'KR_X',
  sheet: 'Rapport',
  address: 'A1:C2',
  cells: {
    A1: { ...styledCell, value: 'Titel' },
    B1: { ...plainCell, value: 1250.5 },
    C1: { ...plainCell, formula: 'B1*2' },
    A2: { ...plainCell, value: 'Delad' },
    B2: plainCell,
    C2: { ...plainCell, value: true },
  },
  columns: { A: { pixels: 201, hidden: false }, B: { pixels: 64, hidden: false }, C: { pixels: 64, hidden: true } },
  rowHeights: { 1: 30, 2: 15 },
  freeze: { rows: 2, columns: 1 },
  print: { paper: 'A4', orientation: 'Landscape', fit: { width: 1, height: 0 } },
  conditionalFormats: [
    { type: 'cellIs', range: 'B1:B2', rule: 'cellIs equal "Röd" fill=#FFC7CE font=#9C0006' },
    { type: 'iconSet', range: 'C1:C2', rule: 'iconSet 3TrafficLights1 reverse=true showValue=true [percent:0,num:2,num:3]' },
  ],
  names: { KR_X: 'Rapport!A1:C2', Annat: 'Rapport!B2' },
  rowKeys: ['a', null],
};

function filePackage(): Uint8Array {
  const sheet = `<worksheet xmlns="${NS}" xmlns:r="${RNS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>
<sheetViews><sheetView workbookViewId="0"><pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>
<cols><col min="1" max="1" width="28.7109375" customWidth="1"/><col min="3" max="3" width="9.140625" hidden="1"/></cols>
<sheetData><row r="1" ht="30" customHeight="1"><c r="A1" s="1" t="inlineStr"><is><t>Titel</t></is></c><c r="B1"><v>1250.5</v></c><c r="C1"><f>B1*2</f><v>2501</v></c></row>
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="b"><v>1</v></c></row></sheetData>
<conditionalFormatting sqref="B1:B2"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"Röd"</formula></cfRule></conditionalFormatting>
<conditionalFormatting sqref="C1:C2"><cfRule type="iconSet" priority="2"><iconSet reverse="1"><cfvo type="percent" val="0"/><cfvo type="num" val="2"/><cfvo type="num" val="3"/></iconSet></cfRule></conditionalFormatting>
<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`;
  const meta = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kommunrapport-metadata v1</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>rowKeys:KR_X</t></is></c><c r="B2" t="inlineStr"><is><t>["a",</t></is></c><c r="C2" t="inlineStr"><is><t>null]</t></is></c></row></sheetData></worksheet>`;
  return rawXlsx({
    sheets: [{ name: 'Rapport', xml: sheet }, { name: 'KR_Metadata', xml: meta, state: 'veryHidden' }],
    strings: `<sst xmlns="${NS}"><si><r><t>Del</t></r><r><rPr><b/></rPr><t>ad</t></r></si></sst>`,
    styles: STYLES,
    definedNames: `<definedNames><definedName name="KR_X">Rapport!$A$1:$C$2</definedName><definedName name="Annat">'Rapport'!$B$2</definedName><definedName name="Lokal" localSheetId="0">Rapport!$A$1</definedName></definedNames>`,
  });
}

function excelWorkbook(): { wb: ExcelJS.Workbook; state: string } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rapport');
  const a1 = ws.getCell('A1');
  a1.value = 'Titel';
  a1.numFmt = '#,##0,;-#,##0,';
  a1.font = { bold: true, italic: true, size: 14, color: { argb: 'FF9C0006' } };
  a1.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  a1.border = { top: { style: 'thin', color: { argb: 'FF7F7F7F' } }, bottom: { style: 'double', color: { argb: 'FF7F7F7F' } } };
  a1.alignment = { horizontal: 'center', indent: 2, wrapText: true };
  ws.getCell('B1').value = 1250.5;
  ws.getCell('C1').value = { formula: 'B1*2' } as ExcelJS.CellValue;
  ws.getCell('A2').value = { richText: [{ text: 'Del' }, { text: 'ad', font: { bold: true } }] };
  ws.getCell('C2').value = true;
  ws.getColumn(1).width = 28.7109375;
  ws.getColumn(3).hidden = true;
  ws.getRow(1).height = 30;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
  Object.assign(ws.pageSetup, { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  ws.addConditionalFormatting({ ref: 'C1:C2', rules: [{ type: 'iconSet', iconSet: '3TrafficLights1', reverse: true, showValue: true, cfvo: [{ type: 'percent', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] } as unknown as ExcelJS.ConditionalFormattingRule] });
  ws.addConditionalFormatting({ ref: 'B1:B2', rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Röd"'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } } }] });
  const meta = wb.addWorksheet('KR_Metadata', { state: 'veryHidden' });
  meta.getCell('A1').value = 'kommunrapport-metadata v1';
  meta.getRow(2).values = ['rowKeys:KR_X', '["a",', 'null]'];
  const state = JSON.stringify({ names: [{ name: 'KR_X', sheet: 'Rapport', rect: { row: 0, col: 0, rows: 2, cols: 3 } }, { name: 'Annat', sheet: 'Rapport', rect: { row: 1, col: 1, rows: 1, cols: 1 } }] });
  return { wb, state };
}

describe('the two normalisers on the same hand-made block', () => {
  it('the file side gives the hand-written model (styles resolved, rich shared string joined, local names left out)', () => {
    expect(differences(fileModel(filePackage(), 'KR_X'), expected, ['got', 'expected'])).toEqual([]);
  });

  it('the Excel side gives the same hand-written model', () => {
    const { wb, state } = excelWorkbook();
    expect(differences(excelModel(wb, state, 'KR_X'), expected, ['got', 'expected'])).toEqual([]);
  });

  it('a change on either side shows as a difference naming the field', () => {
    const { wb, state } = excelWorkbook();
    wb.getWorksheet('Rapport')!.getCell('A1').border = { top: { style: 'thin' }, bottom: { style: 'double', color: { argb: 'FF7F7F7F' } } };
    wb.getWorksheet('Rapport')!.getColumn(1).width = 28;
    expect(differences(excelModel(wb, state, 'KR_X'), fileModel(filePackage(), 'KR_X'))).toEqual([
      'cells.A1.borders.top.color: excel "#000000" ≠ file "#7F7F7F"',
      'columns.A.pixels: excel 196 ≠ file 201',
    ]);
    const { wb: wb2, state: state2 } = excelWorkbook();
    wb2.getWorksheet('Rapport')!.getCell('A1').fill = { type: 'pattern', pattern: 'none' };
    expect(differences(excelModel(wb2, state2, 'KR_X'), fileModel(filePackage(), 'KR_X'))).toEqual(['cells.A1.fill: excel "#FFFFFF" ≠ file "#D9E1F2"']);
  });

  it('refuses a name that is not there, or whose sheet is gone', () => {
    expect(() => fileModel(filePackage(), 'KR_Y')).toThrow(/no defined name KR_Y/);
    const { wb } = excelWorkbook();
    expect(() => excelModel(wb, JSON.stringify({ names: [{ name: 'KR_X', sheet: null, rect: { row: 0, col: 0, rows: 1, cols: 1 } }] }), 'KR_X')).toThrow(/no defined name KR_X/);
  });
});
