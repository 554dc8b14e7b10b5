import type * as ExcelJS from 'exceljs';
import type { Rect } from './a1';
import { invalidArgument } from './errors';
import { formulaProblem } from './formula-check';

/**
 * Cell values crossing the Office.js boundary: what Range.values / formulas / numberFormat /
 * valueTypes return for an exceljs cell, and how Excel interprets a value written to a cell.
 */
export type OfficeValue = string | number | boolean;

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA']);

type Raw = ExcelJS.CellValue;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function plain(v: unknown): OfficeValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (!isObj(v)) return String(v);
  if (typeof v.error === 'string') return v.error;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result); // no calculation engine: the cached result, else ''
  if ('text' in v) return plain(v.text);
  return '';
}

function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell | undefined {
  const r = ws.findRow(row + 1);
  return r ? (r as unknown as { findCell(c: number): ExcelJS.Cell | undefined }).findCell(col + 1) : undefined;
}

export type ReadKind = 'values' | 'formulas' | 'numberFormat' | 'valueTypes';

/** A cell covered by a merge (not its top-left master): Excel returns '' for its value and formula. */
function covered(cell: ExcelJS.Cell | undefined): boolean {
  return cell !== undefined && cell.isMerged && cell.master !== cell;
}

function readOne(cell: ExcelJS.Cell | undefined, kind: ReadKind): OfficeValue {
  if (kind === 'numberFormat') return cell?.numFmt || 'General';
  if (covered(cell)) return kind === 'valueTypes' ? 'Empty' : '';
  const raw: Raw = cell ? cell.value : null;
  if (kind === 'formulas' && cell && isObj(raw) && ('formula' in raw || 'sharedFormula' in raw)) return `=${cell.formula}`;
  const v = plain(raw);
  if (kind !== 'valueTypes') return v;
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return isObj(raw) && typeof raw.error === 'string' ? 'Error' : 'String';
}

export function readRect(ws: ExcelJS.Worksheet, r: Rect, kind: ReadKind): OfficeValue[][] {
  const out: OfficeValue[][] = new Array(r.rows);
  for (let i = 0; i < r.rows; i++) {
    const row: OfficeValue[] = new Array(r.cols);
    for (let j = 0; j < r.cols; j++) row[j] = readOne(cellAt(ws, r.row + i, r.col + j), kind);
    out[i] = row;
  }
  return out;
}

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What Excel stores when a value is typed or written through Range.values/formulas: a leading
 * apostrophe or a Text ('@') number format keeps text; '=', '+', '-', '@' start a formula;
 * numbers, booleans, error literals and ISO dates are converted. `null` leaves the cell alone.
 */
export function interpret(v: unknown, numFmt: string | undefined): Raw | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  if (s === '') return null;
  if (numFmt === '@') return s;
  if (s.startsWith("'")) return s.slice(1);
  if (NUMBER.test(s)) return Number(s);
  if (s.startsWith('=')) return { formula: s.slice(1), date1904: false } as Raw;
  if (s.startsWith('+') || s.startsWith('-') || s.startsWith('@')) return { formula: s.startsWith('@') ? s.slice(1) : s, date1904: false } as Raw;
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  if (ERRORS.has(s.toUpperCase())) return { error: s.toUpperCase() } as Raw;
  const d = ISO_DATE.exec(s);
  if (d) return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
  return s;
}

/**
 * Writes a 2-D array (or one value for every cell) over a rectangle, as Excel interprets it.
 * Every formula is checked first (formula-check.ts): one Excel cannot parse fails the write
 * with InvalidArgument and leaves the rectangle untouched.
 */
export function writeRect(ws: ExcelJS.Worksheet, r: Rect, input: unknown, kind: 'values' | 'formulas' | 'numberFormat'): void {
  const writes: (() => void)[] = [];
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) {
      const v = Array.isArray(input) ? (input[i] as unknown[])[j] : input;
      if (v === null || v === undefined) continue;
      const cell = ws.getCell(r.row + i + 1, r.col + j + 1);
      if (kind === 'numberFormat') {
        writes.push(() => (cell.numFmt = String(v) === 'General' ? (undefined as unknown as string) : String(v)));
        continue;
      }
      const raw = interpret(v, cell.numFmt);
      if (raw === undefined) continue;
      if (typeof v === 'string' && v.startsWith('=') && isObj(raw) && typeof raw.formula === 'string') {
        const problem = formulaProblem(raw.formula);
        if (problem !== null) throw invalidArgument(`the formula in ${cell.address} (${problem})`);
      }
      writes.push(() => (cell.value = raw));
    }
  }
  writes.forEach((w) => w());
}

export function shapeMatches(r: Rect, input: unknown): boolean {
  if (!Array.isArray(input)) return true;
  return input.length === r.rows && input.every((row) => Array.isArray(row) && row.length === r.cols);
}
