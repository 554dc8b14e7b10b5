import type { BlockPlan } from '../../core/block/plan';
import type { Rect } from '../../core/block/runs';
import type { IconSet, ReportGrid } from '../../core/grid';
import { blockArrays, gridWidth, textInput } from './cell-input';
import type { Limits, Supports } from './options';
import { BASE_SIZE, BORDER_COLOR, GRID_STYLES } from '../grid-style';
import { ICON_SET_STYLES, STATUS_COLOURS } from './styles';

const LINE: Record<'thin' | 'double', 'Continuous' | 'Double'> = { thin: 'Continuous', double: 'Double' };
const ALIGN: Record<'left' | 'center' | 'right', 'Left' | 'Center' | 'Right'> = { left: 'Left', center: 'Center', right: 'Right' };

/**
 * Queues everything that renders a grid at (row, col) of a sheet. Cells go as whole 2-D arrays
 * per chunk of rows (one chunk unless the grid exceeds a sync's budget); formatting is one range
 * operation per rectangle of equal style. Nothing here syncs: callers decide the round trips.
 */
export type Placement = { readonly ws: Excel.Worksheet; readonly row: number; readonly col: number };

/** Comments to put back on refresh, by grid row index. */
export type CommentsByRow = ReadonlyMap<number, string | number | boolean>;

export function hasKeys(grid: ReportGrid): boolean {
  return grid.rowKeys !== undefined && grid.rowKeys.length > 0;
}

/** The block's width on the sheet: the grid's (its row keys go in KR_Metadata, not in a column). */
export function blockWidth(grid: ReportGrid): number {
  return gridWidth(grid);
}

/** Bytes one range operation of formatting costs in a request (object path, property, value). */
const FORMAT_OP_BYTES = 160;

/** Rows per write chunk so that one chunk's arrays and formatting stay within the sync budget and cell limit. */
export function rowChunks(grid: ReportGrid, limits: Limits, plan?: BlockPlan): { from: number; to: number }[] {
  const n = grid.rows.length;
  const { formulas, formats } = blockArrays(grid, 0, n, 0, 0);
  const formatOps = plan ? (plan.styles.length * 4 + plan.horizontal.length + plan.indents.length) : 0;
  const bytes = JSON.stringify(formulas).length + JSON.stringify(formats).length + formatOps * FORMAT_OP_BYTES;
  const perRow = Math.max(1, bytes / Math.max(1, n));
  const rows = Math.max(1, Math.min(Math.floor((limits.syncBudgetBytes * 0.8) / perRow), Math.floor(limits.maxCellsPerRead / blockWidth(grid))));
  const out: { from: number; to: number }[] = [];
  for (let from = 0; from < n; from += rows) out.push({ from, to: Math.min(n, from + rows) });
  return out.length > 0 ? out : [{ from: 0, to: 0 }];
}

export function queueCells(p: Placement, grid: ReportGrid, from: number, to: number, comments: CommentsByRow): void {
  if (to <= from) return;
  const { formulas, formats } = blockArrays(grid, from, to, p.row, p.col);
  if (grid.commentColumn !== undefined) {
    for (const [i, c] of comments) if (i >= from && i < to) formulas[i - from][grid.commentColumn] = typeof c === 'string' ? textInput(c) : String(c);
  }
  const range = p.ws.getRangeByIndexes(p.row + from, p.col, to - from, gridWidth(grid));
  range.numberFormat = formats;
  range.formulas = formulas;
}

/** The part of a plan rectangle on sheet rows [from, to), or null. */
function clip(r: Rect, from: number, to: number): Rect | null {
  const top = Math.max(r.row, from);
  const bottom = Math.min(r.row + r.rows, to);
  return bottom > top ? { row: top, col: r.col, rows: bottom - top, cols: r.cols } : null;
}

/**
 * The plan's cell formatting for grid rows [from, to): style tokens as the shared style table
 * draws them, then the plan's alignments and indents. One range operation per rectangle; a
 * rectangle spanning chunks is cut at the chunk's edge, so every sync stays within its budget.
 */
export function queueFormatting(ws: Excel.Worksheet, plan: Pick<BlockPlan, 'anchor' | 'styles' | 'horizontal' | 'indents'>, supports: Supports, rows: { from: number; to: number }): void {
  const from = plan.anchor.row + rows.from;
  const to = plan.anchor.row + rows.to;
  const at = (r: Rect): Excel.Range => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  for (const { token, rect } of plan.styles) {
    const r = clip(rect, from, to);
    if (!r) continue;
    const s = GRID_STYLES[token];
    const f = at(r).format;
    if (s.bold) f.font.bold = true;
    if (s.italic) f.font.italic = true;
    if (s.size !== BASE_SIZE) f.font.size = s.size;
    if (s.fontColor) f.font.color = s.fontColor;
    if (s.fill) f.fill.color = s.fill;
    if (s.wrap) f.wrapText = true;
    if (s.horizontal) f.horizontalAlignment = ALIGN[s.horizontal];
    // A rule belongs to every row of the token (two subtotal rows in a row each have theirs, as
    // the file writer draws them per cell): the edges go on each row, not only around the rectangle.
    for (let i = 0; i < r.rows; i++) {
      const row = r.rows === 1 ? f : at({ row: r.row + i, col: r.col, rows: 1, cols: r.cols }).format;
      for (const [edge, line] of [['EdgeTop', s.borderTop], ['EdgeBottom', s.borderBottom]] as const) {
        if (!line) continue;
        const b = row.borders.getItem(edge);
        b.style = LINE[line];
        b.color = BORDER_COLOR;
      }
    }
  }
  for (const { align, rect } of plan.horizontal) {
    const r = clip(rect, from, to);
    if (r) at(r).format.horizontalAlignment = ALIGN[align];
  }
  // indentLevel is ExcelApi 1.9: on Excel 2019 (1.8) and older it fails the whole batch. There
  // the hierarchy stays readable without it: subtotal and total rows are bold with a rule above,
  // and every label keeps its text, so lines are simply flush left.
  if (supports('ExcelApi', '1.9')) {
    for (const { level, rect } of plan.indents) {
      const r = clip(rect, from, to);
      if (r) at(r).format.indentLevel = level;
    }
  }
}

/** The plan's sheet columns and rows: widths, header row heights, the hidden key column, and the conditional formats. */
export function queueColumns(ws: Excel.Worksheet, plan: BlockPlan): void {
  // Office.js sets widths in points: the plan's pixels × 0.75 (96 dpi).
  for (const c of plan.columns) ws.getRangeByIndexes(plan.anchor.row, c.col, 1, 1).format.columnWidth = c.pixels * 0.75;
  if (plan.keys?.kind === 'column') ws.getRangeByIndexes(plan.anchor.row, plan.keys.col, 1, 1).columnHidden = true;
}

export function queueRowHeights(ws: Excel.Worksheet, plan: Pick<BlockPlan, 'anchor' | 'rowHeights'>): void {
  for (const h of plan.rowHeights) ws.getRangeByIndexes(h.row, plan.anchor.col, 1, 1).format.rowHeight = h.points;
}

/** Conditional formats are ExcelApi 1.6, below the adapter's minimum (1.7): always there. */
export function queueConditionalFormats(ws: Excel.Worksheet, plan: Pick<BlockPlan, 'conditionalFormats'>): void {
  for (const { rect, format: cf } of plan.conditionalFormats) {
    const range = ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
    if (cf.kind === 'icon-set') {
      queueIconSet(range, cf.iconSet);
      continue;
    }
    for (const rule of cf.rules) {
      const format = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType.cellValue);
      format.cellValue.format.fill.color = STATUS_COLOURS[rule.style].fill;
      format.cellValue.format.font.color = STATUS_COLOURS[rule.style].font;
      format.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    }
  }
}

/**
 * Traffic lights: the first criterion is the lowest icon's and Excel ignores it; the other two
 * are the lower bounds (≥) of the middle and the top icon. Enum values are written as their
 * strings, since the Excel namespace's enums do not exist outside Office.
 */
function queueIconSet(range: Excel.Range, set: IconSet): void {
  const format = range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType.iconSet);
  format.iconSet.style = ICON_SET_STYLES[set.style];
  format.iconSet.reverseIconOrder = set.reverse;
  format.iconSet.criteria = [
    {} as Excel.ConditionalIconCriterion,
    ...set.thresholds.map((t): Excel.ConditionalIconCriterion => ({ type: 'Number', operator: 'GreaterThanOrEqual', formula: `=${t}` })),
  ];
}

/** Frozen rows above and columns left of the given counts (a sheet without panes frozen). */
export function queueFreeze(ws: Excel.Worksheet, freeze: { readonly rows: number; readonly columns: number }): void {
  const { rows, columns } = freeze;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

/** Freeze panes (ExcelApi 1.7) and print setup (1.9, A4), where the host has them, as the plan says. */
export function queueSheetSetup(ws: Excel.Worksheet, plan: BlockPlan, supports: Supports): void {
  if (plan.freeze && supports('ExcelApi', '1.7')) queueFreeze(ws, plan.freeze);
  if (plan.print && supports('ExcelApi', '1.9')) {
    ws.pageLayout.paperSize = 'A4' as Excel.PaperType.a4;
    ws.pageLayout.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
    if (plan.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
}

/**
 * Suspensions for the next sync. Calculation (ExcelApi 1.6, within the 1.7 minimum) is suspended
 * for every sync that writes cells. Screen updating (1.9) only for a batch's first sync
 * (`'first-sync'`): Office warns that calling it repeatedly, as in a loop of chunks, makes the
 * Excel window flicker.
 */
export function suspend(context: Excel.RequestContext, supports: Supports, at: 'first-sync' | 'later-sync'): void {
  context.application.suspendApiCalculationUntilNextSync();
  if (at === 'first-sync' && supports('ExcelApi', '1.9')) context.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * The defined name's comment records the layout refresh needs: where the row keys are
 * (`keys=metadata`: KR_Metadata; `keys=1`: the hidden last column of a block an earlier version
 * wrote) and the Kommentar column.
 */
export function nameComment(grid: ReportGrid): string {
  return `kommunrapport keys=${hasKeys(grid) ? 'metadata' : 0} comment=${grid.commentColumn ?? -1}`;
}

export function parseNameComment(comment: string): { keys: 'column' | 'metadata' | 'none'; comment: number } {
  const keys = /keys=(\w+)/.exec(comment)?.[1];
  const c = /comment=(-?\d+)/.exec(comment);
  return { keys: keys === '1' ? 'column' : keys === 'metadata' ? 'metadata' : 'none', comment: c ? Number(c[1]) : -1 };
}
