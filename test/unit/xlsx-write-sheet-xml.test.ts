/**
 * The report sheet's XML, written from a small grid, against fragments written out by hand from
 * ECMA-376 Part 1 §18.3 (worksheet), §18.8 (styles) and what Excel itself writes: inline strings,
 * formulas without a cached <v>, cell formats appended after a minimal styles part's one xf,
 * the frozen pane, print setup and both kinds of conditional format.
 */
import type { ReportGrid } from '../../src/core/grid';
import { newSheetXml, renderBlock } from '../../src/io/xlsx/write/sheet-xml';
import { MINIMAL_STYLES, openStyles } from '../../src/io/xlsx/write/styles-part';
import { escapeCellText } from '../../src/io/xlsx/write/xml-escape';
import { cellText } from '../../src/io/xlsx/read/xml';

const grid: ReportGrid = {
  name: 'KR_T',
  sheetName: 'T',
  rows: [
    [{ value: 'Rubrik', style: 'title' }],
    [
      { value: 'Konto', style: 'header' },
      { value: 'Belopp', style: 'header' },
    ],
    [{ value: 'a & <b>\r', indent: 1 }, { value: 1500, format: '#,##0,' }],
    [
      { value: 'Summa', style: 'total' },
      { formula: '=SUM(B3:B3)', format: '#,##0,', style: 'total' },
    ],
    [{ value: 'Gul' }, { value: 2 }],
  ],
  columnWidths: [20, 12],
  freeze: { rows: 2, columns: 1 },
  print: { landscape: true, fitToWidth: true },
  conditionalFormats: [
    { kind: 'icon-set', range: 'B5', iconSet: { style: 'three-traffic-lights', reverse: true, thresholds: [2, 3] } },
    { range: 'A5', rules: [{ equals: 'Gul', style: 'status-yellow' }] },
  ],
};

function written(): { sheet: string; styles: string } {
  const styles = openStyles(MINIMAL_STYLES);
  const block = renderBlock(grid, { row: 0, col: 0 }, styles);
  return { sheet: newSheetXml(block), styles: styles.toXml() };
}

describe('the report sheet part', () => {
  const { sheet, styles } = written();

  it('writes text as inline strings, escaped, with the carriage return as a character reference', () => {
    // MINIMAL_STYLES has one xf (0); the grid's cells get 1, 2, ... in reading order: A1 title 1,
    // A2 header 2, B2 header over amounts 3, A3 indented line 4, B3 amount 5, A4 total 6, B4 7, A5 8;
    // B5 (centred under the icons) looks exactly like A5, so it shares xf 8.
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>Rubrik</t></is></c>');
    expect(sheet).toContain('<c r="A3" s="4" t="inlineStr"><is><t xml:space="preserve">a &amp; &lt;b&gt;&#13;</t></is></c>');
    expect(sheet).toContain('<c r="B3" s="5"><v>1500</v></c>');
    expect(sheet).toContain('<row r="5"><c r="A5" s="8" t="inlineStr"><is><t>Gul</t></is></c><c r="B5" s="8"><v>2</v></c></row>');
  });

  it('writes formulas without a cached value', () => {
    expect(sheet).toContain('<c r="B4" s="7"><f>SUM(B3:B3)</f></c>');
    expect(sheet).not.toMatch(/<f>[^<]*<\/f><v>/);
  });

  it('writes the widths, the frozen pane, print setup and the dimension in schema order', () => {
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:B5"/>');
    expect(sheet).toContain(
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="B3" sqref="B3"/></sheetView></sheetViews>',
    );
    // n characters = 7n + 5 px, stored Truncate(px / 7 × 256) / 256: 20 → 145 px → 5302 / 256 = 20.7109375, 12 → 89 px → 3254 / 256 = 12.7109375.
    expect(sheet).toContain('<cols><col min="1" max="1" width="20.7109375" customWidth="1"/><col min="2" max="2" width="12.7109375" customWidth="1"/></cols>');
    expect(sheet).toMatch(/<\/sheetData><conditionalFormatting[\s\S]*<\/conditionalFormatting><pageMargins [^>]*\/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/><\/worksheet>$/);
  });

  it('writes the icon set and the text fill as cfRules, the fill as an appended dxf', () => {
    expect(sheet).toContain(
      '<conditionalFormatting sqref="B5"><cfRule type="iconSet" priority="1"><iconSet iconSet="3TrafficLights1" reverse="1"><cfvo type="percent" val="0"/><cfvo type="num" val="2"/><cfvo type="num" val="3"/></iconSet></cfRule></conditionalFormatting>',
    );
    expect(sheet).toContain('<conditionalFormatting sqref="A5"><cfRule type="cellIs" dxfId="0" priority="2" operator="equal"><formula>&quot;Gul&quot;</formula></cfRule></conditionalFormatting>');
    // STATUS_COLORS['status-yellow']: text #7A4F00 on #FFEB9C; dxfs did not exist, so it comes after cellStyles.
    expect(styles).toContain(
      '</cellStyles><dxfs count="1"><dxf><font><color rgb="FF7A4F00"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf></dxfs></styleSheet>',
    );
  });

  it('appends fonts, fills, borders, a number format and cell formats to the styles, reusing an identical font', () => {
    // The plain 11-point Calibri of MINIMAL_STYLES's font 0 is the line style's font: reused, not added.
    // Fonts: 0 plain (there), 1 bold 14 (title), 2 bold 11 (header and total share it).
    expect(styles).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0,"/></numFmts><fonts ');
    expect(styles).toContain('<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>');
    expect(styles).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>');
    expect(styles).toContain('<border><left/><right/><top/><bottom style="thin"><color rgb="FF7F7F7F"/></bottom><diagonal/></border>');
    expect(styles).toContain('<border><left/><right/><top style="thin"><color rgb="FF7F7F7F"/></top><bottom style="double"><color rgb="FF7F7F7F"/></bottom><diagonal/></border>');
    expect(styles).toContain('<cellXfs count="9">');
    expect(styles).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>');
    expect(styles).toContain('<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1"/></xf>');
    expect(styles).toContain('<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" wrapText="1"/></xf>');
    expect(styles).toContain('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" indent="1"/></xf>');
    expect(styles).toContain('<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>');
  });
});

describe('cell text escaping', () => {
  it('protects a literal _xHHHH_ and escapes characters XML cannot carry, and the reader gets the text back', () => {
    const texts = ['lit_x0041_', 'bell\u0007', 'tab\tand\nline', 'cr\r\n', 'lone \ud800 surrogate', '"quoted" & <tagged>'];
    expect(escapeCellText('lit_x0041_')).toBe('lit_x005F_x0041_');
    expect(escapeCellText('bell\u0007')).toBe('bell_x0007_');
    expect(escapeCellText('cr\r\n')).toBe('cr&#13;\n');
    for (const t of texts) expect(cellText(escapeCellText(t))).toBe(t);
  });
});
