import type { GridCell, ReportGrid } from '../../../core/grid';
import { cellA1, rangeA1, shiftFormula } from '../../../core/address';
import { planBlock } from '../../../core/block/plan';
import type { BlockPlan } from '../../../core/block/plan';
import type { StylesPart } from './styles-part';
import { cellLook, statusDxfXml } from './style-xml';
import { planLooks } from './plan-looks';
import { escapeXml, textElement } from './xml-escape';
import type { Flavour } from './flavour';
import { TRANSITIONAL } from './flavour';

/**
 * A ReportGrid as worksheet XML, executing its block plan (core/block/plan.ts, the plan the
 * Office.js writer executes): cells with their values and formulas (shifted by plan.shift,
 * written WITHOUT a cached value so Excel and LibreOffice compute them), the kept comments at
 * plan.comments, the style tokens, alignments and indents at the plan's rectangles (the look of a
 * token from the shared table), column widths at plan.columns' pixels, plan.rowHeights, the
 * frozen pane at plan.freeze, plan.print and the conditional formats at their sheet ranges.
 * Nothing here decides a layout of its own. Text is always an inline string, never a formula: a
 * label such as "=HYPERLINK(...)" or "-1+2" from the user's data stays text.
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
  /** The plan's print setup (insert writes it into the new sheet). */
  readonly print: BlockPlan['print'];
};

/**
 * The <col width> Excel shows as the plan's pixels: ECMA-376 Part 1 §18.3.1.13 stores
 * Truncate(pixels / 7 × 256) / 256 for Calibri 11, whose widest digit is 7 px (28 characters →
 * 201 px → 28.7109375), the width the Office.js writer's points (pixels × 0.75) come to.
 */
function fileWidth(pixels: number): number {
  return Math.trunc((pixels / 7) * 256) / 256;
}

/** A grid cell as written: a kept comment may also be a logical value (TRUE typed by the user). */
export type WrittenCell = Omit<GridCell, 'value'> & { readonly value?: GridCell['value'] | boolean };

/** The <c> element of one grid cell, its formula moved by `shift`. */
export function cellXml(ref: string, style: number, cell: WrittenCell, shift: BlockPlan['shift']): string {
  const s = ` s="${style}"`;
  if (cell.formula) {
    const f = shiftFormula(cell.formula, shift.rows, shift.cols).replace(/^=/, '');
    return `<c r="${ref}"${s}><f>${escapeXml(f)}</f></c>`;
  }
  const v = cell.value;
  if (typeof v === 'number') {
    return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'string' && v !== '') return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(v)}</is></c>`;
  return `<c r="${ref}"${s}/>`;
}

function paneXml(freeze: BlockPlan['freeze']): string | null {
  if (!freeze) return null;
  const { columns: x, rows: y } = freeze;
  const active = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
  const splits = `${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}`;
  return `<pane${splits} topLeftCell="${cellA1(y, x)}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${cellA1(y, x)}" sqref="${cellA1(y, x)}"/>`;
}

function conditionalXml(formats: BlockPlan['conditionalFormats'], styles: StylesPart, firstPriority: number): string {
  let priority = firstPriority;
  let out = '';
  for (const { rect, format: cf } of formats) {
    const ref = rangeA1(rect.row, rect.col, rect.rows, rect.cols);
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

/** A grid row's cells with the kept comment (if any) in the comment column, keeping that cell's style. */
function withComment(cells: readonly GridCell[], grid: ReportGrid, comment: string | number | boolean | undefined): readonly WrittenCell[] {
  const column = grid.commentColumn;
  if (comment === undefined || column === undefined) return cells;
  const out: WrittenCell[] = [...cells];
  while (out.length <= column) out.push({});
  out[column] = { ...out[column], value: comment, formula: undefined };
  return out;
}

/** Executes `plan` (built from `grid`); cell formats and dxfs are added to `styles`. */
export function renderPlan(plan: BlockPlan, grid: ReportGrid, styles: StylesPart, firstPriority = 1): RenderedBlock {
  const looks = planLooks(plan);
  const xfs = new Map<string, number>();
  const styleOf = (cell: WrittenCell, row: number, col: number): number => {
    const key = `${looks.id(row, col)}|${cell.format ?? ''}`;
    let xf = xfs.get(key);
    if (xf === undefined) {
      xf = styles.xf(cellLook({ ...looks.look(row, col), ...(cell.format !== undefined ? { format: cell.format } : {}) }));
      xfs.set(key, xf);
    }
    return xf;
  };
  const heights = new Map(plan.rowHeights.map((h) => [h.row, h.points]));
  const { row: top, col: left } = plan.anchor;
  const rows = new Map<number, RenderedRow>();
  grid.rows.forEach((gridCells, r) => {
    const row = top + r;
    const cells = withComment(gridCells, grid, plan.comments.get(r));
    const out = cells.map((cell, c) => ({ col: left + c, xml: cellXml(cellA1(row, left + c), styleOf(cell, row, left + c), cell, plan.shift) }));
    const height = heights.get(row) ?? null;
    if (out.length > 0 || height !== null) rows.set(row, { cells: out, height });
  });
  const cols = plan.columns.map(({ col, pixels }) => ({ col, xml: `<col min="${col + 1}" max="${col + 1}" width="${fileWidth(pixels)}" customWidth="1"/>` }));
  return { range: plan.address, rows, cols, pane: paneXml(plan.freeze), conditional: conditionalXml(plan.conditionalFormats, styles, firstPriority), print: plan.print };
}

/** Plans the grid at `anchor` (row keys in KR_Metadata) and executes the plan. */
export function renderBlock(grid: ReportGrid, anchor: Anchor, styles: StylesPart, firstPriority = 1): RenderedBlock {
  return renderPlan(planBlock(grid, anchor, undefined, 'metadata'), grid, styles, firstPriority);
}

/** The <row> element of a rendered row (attributes first: r, then the height when it has one). */
export function rowXml(row: number, r: RenderedRow): string {
  const ht = r.height !== null ? ` ht="${r.height}" customHeight="1"` : '';
  return `<row r="${row + 1}"${ht}>${r.cells.map((c) => c.xml).join('')}</row>`;
}

/** A whole new worksheet part holding only the block (insert), in the workbook's flavour. */
export function newSheetXml(block: RenderedBlock, flavour: Flavour = TRANSITIONAL): string {
  const fit = block.print?.fitToWidth === true;
  const sheetPr = fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const view = block.pane ? `<sheetView workbookViewId="0">${block.pane}</sheetView>` : '<sheetView workbookViewId="0"/>';
  const cols = block.cols.length > 0 ? `<cols>${block.cols.map((c) => c.xml).join('')}</cols>` : '';
  const rows = [...block.rows].sort((a, b) => a[0] - b[0]).map(([row, r]) => rowXml(row, r)).join('');
  // The plan's paper is A4: paperSize 9 (ECMA-376 §18.3.1.63).
  const print = block.print
    ? `<pageSetup paperSize="9" orientation="${block.print.landscape ? 'landscape' : 'portrait'}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
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
