/**
 * Refresh inside an existing sheet part: the old block's cells, widths and conditional formats
 * are replaced by the new block's; every cell, row attribute, merge, width and rule of the
 * user's outside the block stays as it was. The sheet XML is written by hand in Excel's shape
 * (shared strings, spans, x14ac attributes), with one row written the way some producers do,
 * cells without an address.
 */
import type { ReportGrid } from '../../src/core/grid';
import { renderBlock } from '../../src/io/xlsx/write/sheet-xml';
import { maxPriorityOutside, mergeBlock } from '../../src/io/xlsx/write/sheet-merge';
import { MINIMAL_STYLES, openStyles } from '../../src/io/xlsx/write/styles-part';

// Old block: B2:C3 (named range). The user has H2 beside it, a note in row 5 below, a merge, a
// width for D:F and a rule of their own over H2:H9.
const OLD = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r" xmlns:x14ac="x" mc:Ignorable="x14ac" xmlns:mc="mc">',
  '<dimension ref="B2:H5"/>',
  '<sheetViews><sheetView tabSelected="1" zoomScale="120" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="H2" sqref="H2"/></sheetView></sheetViews>',
  '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>',
  '<cols><col min="2" max="6" width="11" customWidth="1"/><col min="8" max="8" width="30" customWidth="1"/></cols>',
  '<sheetData>',
  '<row r="2" spans="2:8" x14ac:dyDescent="0.25"><c r="B2" s="1" t="s"><v>0</v></c><c r="C2" s="1" t="s"><v>1</v></c><c r="H2" t="s"><v>2</v></c></row>',
  '<row r="3" spans="2:8" ht="20" customHeight="1"><c r="B3" t="s"><v>3</v></c><c r="C3"><v>7</v></c></row>',
  '<row r="4"><c><v>11</v></c></row>',
  '<row r="5"><c t="s"><v>4</v></c><c><v>99</v></c></row>',
  '</sheetData>',
  '<mergeCells count="1"><mergeCell ref="A5:A6"/></mergeCells>',
  '<conditionalFormatting sqref="C2:C3"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"Röd"</formula></cfRule></conditionalFormatting>',
  '<conditionalFormatting sqref="H2:H9"><cfRule type="dataBar" priority="3"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>',
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait" r:id="rId1"/>',
  '<legacyDrawing r:id="rId2"/>',
  '</worksheet>',
].join('');

const OLD_BLOCK = { row: 1, col: 1, rows: 2, cols: 2 };

// The new block at the same anchor is one row taller (B2:C4), with its own status rule over C3:C4.
const grid: ReportGrid = {
  name: 'KR_X',
  sheetName: 'X',
  rows: [[{ value: 'Rad', style: 'header' }, { value: 'Status', style: 'header' }], [{ value: 'a' }, { value: 'Gul' }], [{ value: 'b' }, { value: 5 }]],
  columnWidths: [24, 10],
  freeze: { rows: 1, columns: 0 },
  conditionalFormats: [{ range: 'B2:B3', rules: [{ equals: 'Gul', style: 'status-yellow' }] }],
};

function merged(g: ReportGrid = grid): string {
  const styles = openStyles(MINIMAL_STYLES);
  const block = renderBlock(g, { row: OLD_BLOCK.row, col: OLD_BLOCK.col }, styles, maxPriorityOutside(OLD, OLD_BLOCK) + 1);
  // The plan clears the old block and the new one together: B2:C4.
  return mergeBlock(OLD, OLD_BLOCK, { row: 1, col: 1, rows: Math.max(2, g.rows.length), cols: 2 }, block, 'xl/worksheets/sheet2.xml');
}

describe('refresh inside the sheet part', () => {
  const out = merged();
  const row = (n: number): string => new RegExp(`<row r="${n}"[^>]*>.*?</row>`).exec(out)?.[0] ?? '';

  it('replaces the old block’s cells and keeps the user’s cell beside it and the row’s own attributes (spans dropped)', () => {
    expect(row(2)).toMatch(/^<row r="2" x14ac:dyDescent="0.25"><c r="B2" s="\d+" t="inlineStr"><is><t>Rad<\/t><\/is><\/c><c r="C2" s="\d+" t="inlineStr"><is><t>Status<\/t><\/is><\/c><c r="H2" t="s"><v>2<\/v><\/c><\/row>$/);
    expect(row(3)).toMatch(/^<row r="3" ht="20" customHeight="1"><c r="B3" s="\d+" t="inlineStr"><is><t>a<\/t><\/is><\/c><c r="C3" s="\d+" t="inlineStr"><is><t>Gul<\/t><\/is><\/c><\/row>$/);
  });

  it('gives an address-less cell of the user its address in a row the block now reaches, so it cannot move', () => {
    expect(row(4)).toMatch(/^<row r="4"><c r="A4"><v>11<\/v><\/c><c r="B4" s="\d+" t="inlineStr"><is><t>b<\/t><\/is><\/c><c r="C4" s="\d+"><v>5<\/v><\/c><\/row>$/);
  });

  it('keeps the user’s rows outside the block as they were written', () => {
    expect(row(5)).toBe('<row r="5"><c t="s"><v>4</v></c><c><v>99</v></c></row>');
  });

  it('splits the user’s width range around the block’s columns and adds the block’s widths', () => {
    // The block's 24 and 10 characters: 173 px → 6326 / 256 = 24.7109375, 75 px → 2742 / 256 = 10.7109375.
    expect(out).toContain('<cols><col min="2" max="2" width="24.7109375" customWidth="1"/><col min="3" max="3" width="10.7109375" customWidth="1"/><col min="4" max="6" width="11" customWidth="1"/><col min="8" max="8" width="30" customWidth="1"/></cols>');
  });

  it('replaces the rules inside the old block and keeps the user’s, numbering the new ones after theirs', () => {
    expect(out).not.toContain('sqref="C2:C3"');
    expect(out).toContain('<conditionalFormatting sqref="H2:H9"><cfRule type="dataBar" priority="3">');
    expect(out).toContain('</conditionalFormatting><conditionalFormatting sqref="C3:C4"><cfRule type="cellIs" dxfId="0" priority="4" operator="equal">');
  });

  it('keeps the frozen pane (and the user’s selection) when it already sits where the block wants it, and recomputes the dimension', () => {
    expect(out).toContain('<sheetView tabSelected="1" zoomScale="120" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="H2" sqref="H2"/></sheetView>');
    expect(out).toContain('<dimension ref="A2:H5"/>');
  });

  it('moves the frozen pane when the block wants another, keeping the view’s other attributes', () => {
    const other = merged({ ...grid, freeze: { rows: 2, columns: 1 } });
    expect(other).toContain(
      '<sheetView tabSelected="1" zoomScale="120" workbookViewId="0"><pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="C4" sqref="C4"/></sheetView>',
    );
  });

  it('leaves everything after the sheet data as it was but for the rules: merges, page setup, the notes’ drawing', () => {
    const tail = (xml: string): string => xml.slice(xml.indexOf('</sheetData>')).replace(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g, '');
    expect(tail(out)).toBe(tail(OLD));
  });
});
