import type { Workbook, Worksheet } from 'exceljs';
import type { ConditionalFormat, GridCell, ReportGrid } from '../../core/grid';
import { parseRangeA1, quoteSheet, rangeA1, shiftFormula, columnLetters } from '../../core/address';
import { cellStyle, iconSetRule, statusDxf } from './styles';
import { columnKinds } from '../grid-style';
import type { ColumnKind } from '../grid-style';

/**
 * Renders a ReportGrid onto an exceljs worksheet at `anchor` (0-based): values, formulas
 * (shifted from the grid's A1 to the anchor, written WITHOUT a cached result so Excel and
 * LibreOffice compute them), number formats, style tokens, indents, column widths, frozen
 * panes, print setup and conditional formats. Text is always stored as text: a label such as
 * "=HYPERLINK(...)" or "-1+2" from the user's data never becomes a formula.
 */
export type Anchor = { readonly row: number; readonly col: number };

/** Grid cells ("r,c") under a conditional format: status words sit centred in their coloured cells. */
function statusCells(grid: ReportGrid): Set<string> {
  const cells = new Set<string>();
  for (const cf of grid.conditionalFormats ?? []) {
    const r = parseRangeA1(cf.range);
    if (!r) continue;
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) cells.add(`${r.row + i},${r.col + j}`);
  }
  return cells;
}

function writeCell(ws: Worksheet, row: number, col: number, cell: GridCell, anchor: Anchor, kind: ColumnKind, centred: boolean): void {
  const target = ws.getCell(row + 1, col + 1);
  if (cell.formula) {
    const shifted = shiftFormula(cell.formula, anchor.row, anchor.col);
    // No `result`: the file carries no cached value, so the spreadsheet computes it on open.
    target.value = { formula: shifted.replace(/^=/, '') } as never;
  } else if (typeof cell.value === 'string') {
    // A plain string value: exceljs stores it as a shared string, never as a formula.
    target.value = cell.value;
  } else {
    target.value = cell.value ?? null;
  }
  const style = cellStyle(cell, kind);
  if (centred) style.alignment = { ...style.alignment, horizontal: 'center' };
  target.style = style;
}

function addConditionalFormats(ws: Worksheet, formats: readonly ConditionalFormat[], anchor: Anchor): void {
  let priority = 1;
  for (const cf of formats) {
    const r = parseRangeA1(cf.range);
    if (!r) continue;
    const ref = rangeA1(r.row + anchor.row, r.col + anchor.col, r.rows, r.cols);
    if (cf.kind === 'icon-set') {
      ws.addConditionalFormatting({ ref, rules: [iconSetRule(cf.iconSet, priority++)] });
      continue;
    }
    ws.addConditionalFormatting({
      ref,
      rules: cf.rules.map((rule) => ({
        type: 'cellIs',
        operator: 'equal',
        formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
        style: statusDxf(rule.style),
        priority: priority++,
      })),
    });
  }
}

/** The block's A1 range on its sheet. */
export function blockRange(grid: ReportGrid, anchor: Anchor): string {
  const cols = Math.max(1, grid.columnWidths.length, ...grid.rows.map((r) => r.length));
  return rangeA1(anchor.row, anchor.col, Math.max(1, grid.rows.length), cols);
}

/** Lines a wrapped text needs in a column `width` characters wide (word wrap, a rough estimate). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room || used === 0) used = need;
    else {
      lines += 1;
      used = word.length;
    }
    while (used > room) {
      lines += 1;
      used -= room;
    }
  }
  return lines;
}

const LINE_HEIGHT = 15;

/** Header rows wrap their text: give them the height the longest heading needs (exceljs does not autofit). */
function fitHeaderRows(ws: Worksheet, grid: ReportGrid, anchor: Anchor): void {
  grid.rows.forEach((cells, r) => {
    let lines = 1;
    cells.forEach((cell, c) => {
      if (cell.style === 'header' && typeof cell.value === 'string') {
        lines = Math.max(lines, wrappedLines(cell.value, grid.columnWidths[c] ?? 8.43));
      }
    });
    if (lines > 1) ws.getRow(anchor.row + r + 1).height = lines * LINE_HEIGHT;
  });
}

export function renderGridToWorksheet(ws: Worksheet, grid: ReportGrid, anchor: Anchor = { row: 0, col: 0 }): string {
  const kinds = columnKinds(grid);
  const centred = statusCells(grid);
  grid.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => writeCell(ws, anchor.row + r, anchor.col + c, cell, anchor, kinds[c], centred.has(`${r},${c}`)));
  });
  grid.columnWidths.forEach((w, c) => {
    ws.getColumn(anchor.col + c + 1).width = w;
  });
  fitHeaderRows(ws, grid, anchor);
  if (grid.freeze && (grid.freeze.rows > 0 || grid.freeze.columns > 0)) {
    const xSplit = grid.freeze.columns > 0 ? anchor.col + grid.freeze.columns : 0;
    const ySplit = grid.freeze.rows > 0 ? anchor.row + grid.freeze.rows : 0;
    ws.views = [{ state: 'frozen', xSplit, ySplit, topLeftCell: `${columnLetters(xSplit)}${ySplit + 1}`, activeCell: 'A1' }];
  }
  if (grid.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: grid.print.landscape ? 'landscape' : 'portrait',
      fitToPage: grid.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  if (grid.conditionalFormats) addConditionalFormats(ws, grid.conditionalFormats, anchor);
  return blockRange(grid, anchor);
}

/** Names the block `'Sheet'!$A$1:$H$20` with grid.name (replacing an older range of that name). */
export function nameBlock(wb: Workbook, name: string, sheet: string, range: string): void {
  removeName(wb, name);
  const r = parseRangeA1(range);
  if (!r) return;
  const abs = `$${columnLetters(r.col)}$${r.row + 1}:$${columnLetters(r.col + r.cols - 1)}$${r.row + r.rows}`;
  wb.definedNames.add(`${quoteSheet(sheet)}!${abs}`, name);
}

export function removeName(wb: Workbook, name: string): void {
  const model = wb.definedNames.model;
  if (model.some((n) => n.name === name)) wb.definedNames.model = model.filter((n) => n.name !== name);
}
