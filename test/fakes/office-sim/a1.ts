import { invalidArgument } from './errors';

/** Excel's grid: 1 048 576 rows × 16 384 columns. Rectangles are 0-based. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/**
 * The simulator's own A1 code: it imports nothing from src/, so an address bug in the adapter
 * cannot hide itself by being the simulator's bug too.
 */
export type Rect = { row: number; col: number; rows: number; cols: number };

/** 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseCell(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1);
  if (!m || Number(m[2]) < 1) return null;
  return { row: Number(m[2]) - 1, col: columnNumber(m[1]) };
}

/** "B2:C3" or "B2" (no sheet, `$` allowed) as a 0-based rectangle, or null. */
export function parseRangeA1(body: string): Rect | null {
  const parts = body.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/**
 * A sheet name as Excel writes it in an address: bare when it is a plain name (letters, digits,
 * underscore, dot; not starting with a digit and not readable as a cell or R1C1 reference),
 * otherwise in single quotes with inner quotes doubled.
 */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(r|c|rc|r\d+c?\d*|c\d+)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

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
  const r = parseRangeA1(body);
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
