import type { ConditionalFormat, GridCell, ReportGrid } from '../../../core/grid';
import { cellA1, parseRangeA1, rangeA1, shiftFormula } from '../../../core/address';
import { columnKinds } from '../../grid-style';
import type { StylesPart } from './styles-part';
import { cellLook, statusDxfXml } from './style-xml';
import { escapeXml, textElement } from './xml-escape';
import type { Flavour } from './flavour';
import { TRANSITIONAL } from './flavour';
import { wrappedLines } from '../../../core/block/wrap';

/**
 * A ReportGrid as worksheet XML, placed at `anchor` (0-based): cells with their values and
 * formulas (shifted from the grid's A1 to the anchor, written WITHOUT a cached value so Excel
 * and LibreOffice compute them), styles from the shared table, column widths, header row
 * heights, the frozen pane, print setup and conditional formats (text fills and icon sets).
 * Text is always an inline string, never a formula: a label such as "=HYPERLINK(...)" or
 * "-1+2" from the user's data stays text.
 */
export type Anchor = { readonly row: number; readonly col: number };

export type RenderedRow = { readonly cells: readonly { readonly col: number; readonly xml: string }[]; readonly height: number | null };

export type RenderedBlock = {
  /** A1 range of the block. */
  readonly range: string;
  /** By 0-based sheet row. */
  readonly rows: ReadonlyMap<number, RenderedRow>;
  /** <col> elements, by 0-based first column. */
  readonly cols: readonly { readonly col: number; readonly xml: string }[];
  /** <pane/> and <selection/> for the frozen rows and columns, or null. */
  readonly pane: string | null;
  /** <conditionalFormatting> elements. */
  readonly conditional: string;
};

const LINE_HEIGHT = 15;

/** The block's A1 range on its sheet. */
export function blockRange(grid: ReportGrid, anchor: Anchor): string {
  const cols = Math.max(1, grid.columnWidths.length, ...grid.rows.map((r) => r.length));
  return rangeA1(anchor.row, anchor.col, Math.max(1, grid.rows.length), cols);
}

/** The wrap estimate both writers use for header row heights (core/block/wrap.ts). */
export { wrappedLines };

/** Grid cells ("r,c") under a conditional format: status words and scores sit centred in their cells. */
function statusCells(grid: ReportGrid): Set<string> {
  const cells = new Set<string>();
  for (const cf of grid.conditionalFormats ?? []) {
    const r = parseRangeA1(cf.range);
    if (!r) continue;
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) cells.add(`${r.row + i},${r.col + j}`);
  }
  return cells;
}

/** The <c> element of one grid cell. */
export function cellXml(ref: string, style: number, cell: GridCell, anchor: Anchor): string {
  const s = ` s="${style}"`;
  if (cell.formula) {
    const f = shiftFormula(cell.formula, anchor.row, anchor.col).replace(/^=/, '');
    return `<c r="${ref}"${s}><f>${escapeXml(f)}</f></c>`;
  }
  const v = cell.value;
  if (typeof v === 'number') {
    return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === 'string' && v !== '') return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(v)}</is></c>`;
  return `<c r="${ref}"${s}/>`;
}

function headerHeight(cells: readonly GridCell[], widths: readonly number[]): number | null {
  let lines = 1;
  cells.forEach((cell, c) => {
    if (cell.style === 'header' && typeof cell.value === 'string') lines = Math.max(lines, wrappedLines(cell.value, widths[c] ?? 8.43));
  });
  return lines > 1 ? lines * LINE_HEIGHT : null;
}

function paneXml(grid: ReportGrid, anchor: Anchor): string | null {
  const f = grid.freeze;
  if (!f || (f.rows <= 0 && f.columns <= 0)) return null;
  const x = f.columns > 0 ? anchor.col + f.columns : 0;
  const y = f.rows > 0 ? anchor.row + f.rows : 0;
  const active = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
  const splits = `${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}`;
  return `<pane${splits} topLeftCell="${cellA1(y, x)}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${cellA1(y, x)}" sqref="${cellA1(y, x)}"/>`;
}

function conditionalXml(formats: readonly ConditionalFormat[], anchor: Anchor, styles: StylesPart, firstPriority: number): string {
  let priority = firstPriority;
  let out = '';
  for (const cf of formats) {
    const r = parseRangeA1(cf.range);
    if (!r) continue;
    const ref = rangeA1(r.row + anchor.row, r.col + anchor.col, r.rows, r.cols);
    let rules = '';
    if (cf.kind === 'icon-set') {
      const { iconSet } = cf;
      const cfvo = ['<cfvo type="percent" val="0"/>', ...iconSet.thresholds.map((t) => `<cfvo type="num" val="${t}"/>`)].join('');
      rules = `<cfRule type="iconSet" priority="${priority++}"><iconSet iconSet="3TrafficLights1"${iconSet.reverse ? ' reverse="1"' : ''}>${cfvo}</iconSet></cfRule>`;
    } else {
      for (const rule of cf.rules) {
        const dxf = styles.dxf(statusDxfXml(rule.style));
        const text = `"${rule.equals.replace(/"/g, '""')}"`;
        rules += `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="equal"><formula>${escapeXml(text)}</formula></cfRule>`;
      }
    }
    out += `<conditionalFormatting sqref="${ref}">${rules}</conditionalFormatting>`;
  }
  return out;
}

/** Renders the grid at `anchor`; cell formats and dxfs are added to `styles`. */
export function renderBlock(grid: ReportGrid, anchor: Anchor, styles: StylesPart, firstPriority = 1): RenderedBlock {
  const kinds = columnKinds(grid);
  const centred = statusCells(grid);
  const xfs = new Map<string, number>();
  const styleOf = (cell: GridCell, c: number, isCentred: boolean): number => {
    const key = `${cell.style ?? ''}|${cell.format ?? ''}|${cell.indent ?? 0}|${kinds[c]}|${isCentred}`;
    let xf = xfs.get(key);
    if (xf === undefined) {
      xf = styles.xf(cellLook(cell, kinds[c], isCentred));
      xfs.set(key, xf);
    }
    return xf;
  };
  const rows = new Map<number, RenderedRow>();
  grid.rows.forEach((cells, r) => {
    const row = anchor.row + r;
    const out = cells.map((cell, c) => ({ col: anchor.col + c, xml: cellXml(cellA1(row, anchor.col + c), styleOf(cell, c, centred.has(`${r},${c}`)), cell, anchor) }));
    const height = headerHeight(cells, grid.columnWidths);
    if (out.length > 0 || height !== null) rows.set(row, { cells: out, height });
  });
  const cols = grid.columnWidths.map((w, c) => ({ col: anchor.col + c, xml: `<col min="${anchor.col + c + 1}" max="${anchor.col + c + 1}" width="${w}" customWidth="1"/>` }));
  return {
    range: blockRange(grid, anchor),
    rows,
    cols,
    pane: paneXml(grid, anchor),
    conditional: conditionalXml(grid.conditionalFormats ?? [], anchor, styles, firstPriority),
  };
}

/** The <row> element of a rendered row (attributes first: r, then the height when it has one). */
export function rowXml(row: number, r: RenderedRow): string {
  const ht = r.height !== null ? ` ht="${r.height}" customHeight="1"` : '';
  return `<row r="${row + 1}"${ht}>${r.cells.map((c) => c.xml).join('')}</row>`;
}

/** A whole new worksheet part holding only the block (insert), in the workbook's flavour. */
export function newSheetXml(grid: ReportGrid, block: RenderedBlock, flavour: Flavour = TRANSITIONAL): string {
  const fit = grid.print?.fitToWidth === true;
  const sheetPr = fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const view = block.pane ? `<sheetView workbookViewId="0">${block.pane}</sheetView>` : '<sheetView workbookViewId="0"/>';
  const cols = block.cols.length > 0 ? `<cols>${block.cols.map((c) => c.xml).join('')}</cols>` : '';
  const rows = [...block.rows].sort((a, b) => a[0] - b[0]).map(([row, r]) => rowXml(row, r)).join('');
  const print = grid.print
    ? `<pageSetup paperSize="9" orientation="${grid.print.landscape ? 'landscape' : 'portrait'}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${flavour.main}" xmlns:r="${flavour.rel}">`,
    sheetPr,
    `<dimension ref="${block.range}"/>`,
    `<sheetViews>${view}</sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols,
    `<sheetData>${rows}</sheetData>`,
    block.conditional,
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    print,
    '</worksheet>',
  ].join('');
}
