import { parseRangeA1 } from '../../core/address';
import type { IconSet, ReportGrid } from '../../core/grid';
import { blockArrays, gridWidth, textInput } from './cell-input';
import type { Limits, Supports } from './options';
import { BASE_SIZE, BORDER_COLOR, GRID_STYLES, columnKinds, horizontalOf } from '../grid-style';
import { ICON_SET_STYLES, rectsBy, STATUS_COLOURS } from './styles';

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

/** The block's width on the sheet: the grid, plus the hidden row-key column when it has keys. */
export function blockWidth(grid: ReportGrid): number {
  return gridWidth(grid) + (hasKeys(grid) ? 1 : 0);
}

/** Rows per write chunk so that one chunk's arrays stay within the sync budget and cell limit. */
export function rowChunks(grid: ReportGrid, limits: Limits): { from: number; to: number }[] {
  const n = grid.rows.length;
  const { formulas, formats } = blockArrays(grid, 0, n, 0, 0);
  const bytes = JSON.stringify(formulas).length + JSON.stringify(formats).length;
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
  if (hasKeys(grid)) {
    const keys = (grid.rowKeys ?? []).slice(from, to).map((k) => [k ? textInput(k) : '']);
    while (keys.length < to - from) keys.push(['']);
    p.ws.getRangeByIndexes(p.row + from, p.col + gridWidth(grid), to - from, 1).formulas = keys;
  }
}

export function queueFormatting(p: Placement, grid: ReportGrid, supports: Supports): void {
  const at = (r: { row: number; col: number; rows: number; cols: number }): Excel.Range => p.ws.getRangeByIndexes(p.row + r.row, p.col + r.col, r.rows, r.cols);
  for (const [token, rects] of rectsBy(grid.rows, (c) => c.style)) {
    const s = GRID_STYLES[token];
    for (const r of rects) {
      const f = at(r).format;
      if (s.bold) f.font.bold = true;
      if (s.italic) f.font.italic = true;
      if (s.size !== BASE_SIZE) f.font.size = s.size;
      if (s.fontColor) f.font.color = s.fontColor;
      if (s.fill) f.fill.color = s.fill;
      if (s.wrap) f.wrapText = true;
      if (s.horizontal) f.horizontalAlignment = ALIGN[s.horizontal];
      for (const [edge, line] of [['EdgeTop', s.borderTop], ['EdgeBottom', s.borderBottom]] as const) {
        if (!line) continue;
        const b = f.borders.getItem(edge);
        b.style = LINE[line];
        b.color = BORDER_COLOR;
      }
    }
  }
  // Headings over amount columns sit right, and so does a text marker among the amounts ("–"),
  // as in the file writer (grid-style horizontalOf). Numbers are right-aligned by Excel itself.
  const kinds = columnKinds(grid);
  grid.rows.forEach((cells, i) =>
    cells.forEach((c, j) => {
      const marker = typeof c.value === 'string' && !c.formula && c.style !== 'header' && kinds[j] === 'numeric';
      const align = (c.style === 'header' || marker) && kinds[j] === 'numeric' ? horizontalOf(c.style, 'numeric', c.indent ?? 0, marker ? 'text' : 'other') : null;
      if (align) at({ row: i, col: j, rows: 1, cols: 1 }).format.horizontalAlignment = ALIGN[align];
    }),
  );
  // indentLevel is ExcelApi 1.9: on Excel 2019 (1.8) and older it fails the whole batch. There
  // the hierarchy stays readable without it: subtotal and total rows are bold with a rule above,
  // and every label keeps its text, so lines are simply flush left.
  if (supports('ExcelApi', '1.9')) {
    for (const [indent, rects] of rectsBy(grid.rows, (c) => (c.indent ? c.indent : undefined))) for (const r of rects) at(r).format.indentLevel = indent;
  }
  queueColumns(p, grid);
  queueConditionalFormats(p, grid);
}

/** Column widths and the hidden key column: sheet columns, which copying cells does not carry. */
export function queueColumns(p: Placement, grid: ReportGrid): void {
  grid.columnWidths.forEach((chars, j) => {
    // Office.js sets widths in points; a character of Calibri 11 is 7 px, plus 5 px padding.
    p.ws.getRangeByIndexes(p.row, p.col + j, 1, 1).format.columnWidth = (chars * 7 + 5) * 0.75;
  });
  if (hasKeys(grid)) p.ws.getRangeByIndexes(p.row, p.col + gridWidth(grid), 1, 1).columnHidden = true;
}

/** Conditional formats are ExcelApi 1.6, below the adapter's minimum (1.7): always there. */
function queueConditionalFormats(p: Placement, grid: ReportGrid): void {
  for (const cf of grid.conditionalFormats ?? []) {
    const r = parseRangeA1(cf.range);
    if (!r) continue;
    const range = p.ws.getRangeByIndexes(p.row + r.row, p.col + r.col, r.rows, r.cols);
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

/** Freeze panes (ExcelApi 1.7) and print setup (1.9), where the host has them. */
export function queueSheetSetup(ws: Excel.Worksheet, grid: ReportGrid, supports: Supports): void {
  if (grid.freeze && supports('ExcelApi', '1.7')) {
    const { rows, columns } = grid.freeze;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (grid.print && supports('ExcelApi', '1.9')) {
    ws.pageLayout.orientation = grid.print.landscape ? 'Landscape' : 'Portrait';
    if (grid.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
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

/** The defined name's comment records the layout refresh needs. */
export function nameComment(grid: ReportGrid): string {
  return `kommunrapport keys=${hasKeys(grid) ? 1 : 0} comment=${grid.commentColumn ?? -1}`;
}

export function parseNameComment(comment: string): { keys: boolean; comment: number } {
  const keys = /keys=(\d)/.exec(comment);
  const c = /comment=(-?\d+)/.exec(comment);
  return { keys: keys ? keys[1] === '1' : false, comment: c ? Number(c[1]) : -1 };
}
