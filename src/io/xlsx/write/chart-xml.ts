import type { ChartSpec } from '../../../core/charts/chart-types';
import { columnLetters, parseRangeA1, quoteSheet } from '../../../core/address';
import type { Anchor } from './sheet-xml';
import { escapeAttr, escapeXml } from './xml-escape';
import { TRANSITIONAL } from './flavour';

/**
 * A ChartSpec as DrawingML: the chart part (c:chartSpace, a clustered horizontal bar chart whose
 * series name, categories and values are references to the report's cells, absolute, on its
 * sheet, shifted by the block's origin) and the drawing's twoCellAnchor that places it. Charts
 * carry no cached values: Excel and LibreOffice read the cells when they open the file.
 */
export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
/** Charts are written into Transitional packages only (chart-parts.ts). */
export const REL_NS = TRANSITIONAL.rel;

const COLOURS = ['1F4E79', '9DC3E6', '548235', 'C55A11'];
const AX_CAT = 500000001;
const AX_VAL = 500000002;

/** An A1 range of the grid as an absolute reference on the sheet: 'Rapport 2025-08'!$A$30:$A$36. */
export function absoluteRef(sheet: string, range: string, origin: Anchor): string {
  const r = parseRangeA1(range);
  if (!r) throw new Error(`chart range ${range}`);
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  const a = cell(origin.row + r.row, origin.col + r.col);
  const b = cell(origin.row + r.row + r.rows - 1, origin.col + r.col + r.cols - 1);
  const q = quoteSheet(sheet);
  return `${q.startsWith("'") ? q : `'${q}'`}!${a === b ? a : `${a}:${b}`}`;
}

function serXml(spec: ChartSpec, i: number, sheet: string, origin: Anchor): string {
  const s = spec.series[i];
  const fill = `<c:spPr><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill></c:spPr>`;
  return [
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
    `<c:tx><c:strRef><c:f>${escapeXml(absoluteRef(sheet, s.nameCell, origin))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`,
    fill,
    '<c:invertIfNegative val="0"/>',
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet, spec.categories, origin))}</c:f></c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet, s.values, origin))}</c:f></c:numRef></c:val>`,
    '</c:ser>',
  ].join('');
}

const text = (t: string, size: number, bold: boolean): string =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(t)}</a:t></a:r></a:p></c:rich>`;

/** The chart part (xl/charts/chartN.xml). */
export function chartXml(spec: ChartSpec, sheet: string, origin: Anchor): string {
  const fmt = escapeAttr(spec.numberFormat);
  const orientation = spec.reverseCategoryOrder ? 'maxMin' : 'minMax';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${REL_NS}">`,
    '<c:roundedCorners val="0"/>',
    '<c:chart>',
    `<c:title><c:tx>${text(spec.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/>',
    '<c:plotArea><c:layout/>',
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>',
    spec.series.map((_, i) => serXml(spec, i, sheet, origin)).join(''),
    `<c:dLbls><c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`,
    `<c:gapWidth val="60"/><c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/>`,
    '</c:barChart>',
    // Categories down the left, in table order when reversed; labels at the low end, clear of the bars.
    `<c:catAx><c:axId val="${AX_CAT}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>`,
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>`,
    `<c:crossAx val="${AX_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    // The value axis crosses at the last category, so with reversed categories it stays at the bottom.
    `<c:valAx><c:axId val="${AX_VAL}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>`,
    `<c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`,
    `<c:crossAx val="${AX_CAT}"/><c:crosses val="${spec.reverseCategoryOrder ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`,
    '</c:plotArea>',
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    '</c:chart>',
    '</c:chartSpace>',
  ].join('');
}

/** One twoCellAnchor holding the chart's graphic frame (shape id `id`, relationship `rId`). */
export function anchorXml(spec: ChartSpec, origin: Anchor, id: number, name: string, rId: string): string {
  const a = spec.anchor;
  const at = (row: number, col: number): string => `<xdr:col>${origin.col + col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${origin.row + row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return [
    '<xdr:twoCellAnchor editAs="oneCell">',
    `<xdr:from>${at(a.fromRow, a.fromCol)}</xdr:from><xdr:to>${at(a.toRow, a.toCol)}</xdr:to>`,
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeAttr(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${rId}"/></a:graphicData></a:graphic>`,
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  ].join('');
}

export function drawingXml(anchors: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}">${anchors.join('')}</xdr:wsDr>`;
}
