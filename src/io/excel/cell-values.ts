import type { CellValue } from '../../core/snapshot';

/**
 * Office.js values as snapshot values. Excel returns '' for an empty cell and an error as its
 * text ('#REF!'); dates are serial numbers already. Loading valueTypes would double the read, so
 * errors are recognised by their text: a text cell holding exactly '#REF!' reads as that error.
 */
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA', '#BLOCKED!', '#CONNECT!', '#FIELD!', '#UNKNOWN!', '#BUSY!']);

export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return ERRORS.has(s) ? { error: s } : s;
}

/** Converts a loaded 2-D array in place (it is ours, and a million rows are not worth copying). */
export function toCellRows(values: unknown[][]): CellValue[][] {
  for (const row of values) for (let j = 0; j < row.length; j++) row[j] = toCellValue(row[j]);
  return values as CellValue[][];
}

export function toFormatRows(formats: unknown[][]): (string | null)[][] {
  for (const row of formats) for (let j = 0; j < row.length; j++) row[j] = row[j] === 'General' || row[j] === '' ? null : String(row[j]);
  return formats as (string | null)[][];
}
