import { columnLetters, parseRangeA1, quoteSheet } from '../../../src/core/address';
import type { RangeRef } from '../../../src/core/address';
import { invalidArgument } from './errors';

/** Excel's grid: 1 048 576 rows × 16 384 columns. Rectangles are 0-based. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type Rect = RangeRef;

export function parseAddress(address: string): Rect {
  const body = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const whole = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(body);
  if (whole) {
    const a = parseRangeA1(`${whole[1]}1:${whole[2]}1`);
    if (a) return { row: 0, col: a.col, rows: MAX_ROWS, cols: a.cols };
  }
  const rowsOnly = /^\$?(\d+):\$?(\d+)$/.exec(body);
  if (rowsOnly) {
    const a = Number(rowsOnly[1]) - 1;
    const b = Number(rowsOnly[2]) - 1;
    return { row: Math.min(a, b), col: 0, rows: Math.abs(a - b) + 1, cols: MAX_COLS };
  }
  const r = parseRangeA1(body.replace(/\$/g, ''));
  if (!r || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS) throw invalidArgument(`address "${address}"`);
  return r;
}

export function checkRect(r: Rect): Rect {
  if (r.row < 0 || r.col < 0 || r.rows < 1 || r.cols < 1 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS) {
    throw invalidArgument(`range outside the sheet (row ${r.row}, col ${r.col}, ${r.rows}×${r.cols})`);
  }
  return r;
}

function cell(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "Sheet1!A1:C3" as Range.address returns it (sheet quoted when needed). */
export function formatAddress(sheet: string, r: Rect): string {
  const body = r.rows === 1 && r.cols === 1 ? cell(r.row, r.col) : `${cell(r.row, r.col)}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
  return `${quoteSheet(sheet)}!${body}`;
}

/** "'Sheet 1'!$A$1:$C$3", the form exceljs defined names and NamedItem.formula use. */
export function absoluteAddress(sheet: string, r: Rect): string {
  const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  const end = r.rows === 1 && r.cols === 1 ? '' : `:${abs(r.row + r.rows - 1, r.col + r.cols - 1)}`;
  return `${quoteSheet(sheet)}!${abs(r.row, r.col)}${end}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return null;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}
