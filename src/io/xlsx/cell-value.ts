import { ValueType } from 'exceljs';
import type { Cell } from 'exceljs';
import type { CellValue } from '../../core/snapshot';

/**
 * One exceljs cell as a snapshot value: numbers, text, booleans and null as they are; a formula
 * as its cached result; rich text and hyperlinks as their plain text; dates as Excel serial
 * numbers of the 1900 date system (what Excel stores, also for 1904-system workbooks, because
 * exceljs has already turned the stored number into a real date); errors as `{ error }`.
 */
const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH_SERIAL = 25_569;

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

type RichText = { readonly richText: readonly { readonly text: string }[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richToText(v: RichText): string {
  let s = '';
  for (const run of v.richText) s += run.text;
  return s;
}

/** Any exceljs value (including a formula result or a hyperlink's text) as a snapshot value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (!isObject(v)) return String(v);
  if (typeof v.error === 'string') return { error: v.error };
  if (Array.isArray(v.richText)) return richToText(v as RichText);
  if ('text' in v) return textOf(v.text);
  if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
  if ('result' in v) return plainValue(v.result);
  return null;
}

function textOf(t: unknown): string {
  const v = plainValue(t);
  return v === null ? '' : typeof v === 'object' ? v.error : String(v);
}

/** The cell's value, by its exceljs type (the cheap path for the common cases). */
export function cellValue(cell: Cell): CellValue {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Number:
    case ValueType.String:
    case ValueType.Boolean:
      return cell.value as number | string | boolean;
    case ValueType.Formula:
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}

/** The formula text of a formula cell with its leading '=', '' for other cells. */
export function cellFormula(cell: Cell): string {
  if (cell.type !== ValueType.Formula) return '';
  const f = cell.formula;
  return f ? `=${f}` : '';
}
