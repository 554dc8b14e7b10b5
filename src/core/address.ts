/** A1 address arithmetic. Rows and columns are 0-based numbers everywhere in code. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const start = cellA1(row, col);
  if (rows <= 1 && cols <= 1) return start;
  return `${start}:${cellA1(row + Math.max(rows, 1) - 1, col + Math.max(cols, 1) - 1)}`;
}

export type CellRef = { row: number; col: number };

/** Parses "B7" or "$B$7"; null when it is not a cell reference. */
export function parseCellA1(a1: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return null;
  return { row, col };
}

export type RangeRef = { row: number; col: number; rows: number; cols: number };

/** Parses "A1:C3", "A1" or "Sheet!A1:C3" (the sheet part is dropped). */
export function parseRangeA1(a1: string): RangeRef | null {
  const bang = a1.lastIndexOf('!');
  const body = bang >= 0 ? a1.slice(bang + 1) : a1;
  const [a, b] = body.split(':');
  const start = parseCellA1(a);
  if (!start) return null;
  const end = b === undefined ? start : parseCellA1(b);
  if (!end) return null;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return { row, col, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

/** Quotes a sheet name for use in a formula or address when it needs quoting. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Moves every relative A1 reference in a formula by (dRow, dCol). Grids are built as if placed
 * at A1; writers shift them to where the block really goes. Text in quotes is left alone.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const j = formula.indexOf('"', i + 1);
      const end = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1] : '';
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      const col = m[1] ? columnIndex(m[2]) : columnIndex(m[2]) + dCol;
      const row = m[3] ? Number(m[4]) - 1 : Number(m[4]) - 1 + dRow;
      out += `${m[1]}${columnLetters(col)}${m[3]}${row + 1}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
