import { ownFrames, relativeTarget, withDrawingElement } from '../../src/io/xlsx/write/chart-parts';
import { absoluteRef } from '../../src/io/xlsx/write/chart-xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('chart parts: the small pieces', () => {
  it("puts <drawing> after pageSetup and before the sheet's extLst, declaring r: where the root does not", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:pageSetup orientation="landscape"/><x:extLst><x:ext uri="{A}"/></x:extLst></x:worksheet>`;
    expect(withDrawingElement(xml, 'rId3')).toBe(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:pageSetup orientation="landscape"/><x:drawing xmlns:r="${REL}" r:id="rId3"/><x:extLst><x:ext uri="{A}"/></x:extLst></x:worksheet>`,
    );
    const tables = `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
    expect(withDrawingElement(tables, 'rId2')).toBe(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/><drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`);
  });

  it('writes relationship targets relative to the source part', () => {
    expect(relativeTarget('xl/worksheets/sheet2.xml', 'xl/drawings/drawing1.xml')).toBe('../drawings/drawing1.xml');
    expect(relativeTarget('xl/drawings/drawing1.xml', 'xl/charts/chart3.xml')).toBe('../charts/chart3.xml');
    expect(relativeTarget('sheet.xml', 'drawings/d.xml')).toBe('drawings/d.xml');
  });

  it('quotes the sheet in absolute references and shifts by the block origin', () => {
    expect(absoluteRef("Bo's rapport", 'A21:A27', { row: 2, col: 1 })).toBe("'Bo''s rapport'!$B$23:$B$29");
    expect(absoluteRef('Rapport', 'B20', { row: 0, col: 0 })).toBe("'Rapport'!$B$20");
  });

  it("finds only the add-in's own frames of the block, whatever the prefixes", () => {
    const frame = (name: string, id: string): string =>
      `<a:twoCellAnchor><a:graphicFrame><a:nvGraphicFramePr><a:cNvPr id="2" name="${name}"/></a:nvGraphicFramePr><g:graphic><g:graphicData><ch:chart xmlns:ch="c" xmlns:rr="${REL}" rr:id="${id}"/></g:graphicData></g:graphic></a:graphicFrame></a:twoCellAnchor>`;
    const pic = '<a:twoCellAnchor><a:pic><a:nvPicPr><a:cNvPr id="5" name="KR_Chart_KR_A_3"/></a:nvPicPr></a:pic></a:twoCellAnchor>';
    const drawing = `<a:wsDr>${frame('Diagram 1', 'rId1')}${frame('KR_Chart_KR_A_2', 'rId2')}${frame('KR_Chart_KR_A_Ansvar_1', 'rId3')}${frame('KR_Chart_KR_A_1', 'rId4')}${pic}${frame('KR_Chart_KR_A_1x', 'rId6')}</a:wsDr>`;
    expect([...ownFrames(drawing, 'KR_A')].sort()).toEqual([[1, 'rId4'], [2, 'rId2']]);
  });
});
