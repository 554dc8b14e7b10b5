import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellAt, isCellError, sheetsToRead } from '../snapshot';
import { cellA1 } from '../address';
import { normalizeLabel } from '../text/normalize';
import { readAmount } from '../text/number';
import type { MeasureRow, MeasureTable } from './types';

export type ReadMeasuresOptions = { readonly sheet?: string };
export type MeasureTableRead = { readonly table: MeasureTable | null; readonly issues: readonly Issue[] };

type Header =
  | { readonly form: 'wide'; readonly row: number; readonly label: number; readonly unit: number | null; readonly years: readonly { col: number; year: number }[] }
  | { readonly form: 'long'; readonly row: number; readonly label: number; readonly unit: number | null; readonly year: number; readonly value: number };

const LABEL = /^(matt|verksamhetsmatt|nyckeltal|measure|activity measure|measures)$/;
/** A goal table (Målvärde columns) is not a measure table, though it has years in its headers. */
const GOAL_TARGET = /^(malvarde|target|target value)( (19|20)\d\d)?$/;
const UNIT = /^(enhet|unit)$/;
const YEAR_HEADER = /^(?:(?:ar|utfall|year|outcome) )?((?:19|20)\d\d)$/;

function text(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

function findHeader(sheet: SheetSnapshot): Header | null {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const last = Math.min(sheet.originRow + sheet.values.length, sheet.originRow + 30);
  for (let row = sheet.originRow; row < last; row++) {
    let label = -1;
    let unit: number | null = null;
    let yearCol = -1;
    let valueCol = -1;
    const years: { col: number; year: number }[] = [];
    let goalTable = false;
    for (let col = sheet.originCol; col < sheet.originCol + width; col++) {
      const v = cellAt(sheet, row, col);
      const n = typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v < 2200 ? String(v) : normalizeLabel(v);
      if (GOAL_TARGET.test(n)) goalTable = true;
      if (label < 0 && LABEL.test(n)) label = col;
      else if (unit === null && UNIT.test(n)) unit = col;
      else if (/^(ar|year)$/.test(n)) yearCol = col;
      else if (/^(varde|value|utfall)$/.test(n)) valueCol = col;
      else {
        const m = YEAR_HEADER.exec(n);
        if (m) years.push({ col, year: Number(m[1]) });
      }
    }
    if (label < 0 || goalTable) continue;
    if (years.length > 0) return { form: 'wide', row, label, unit, years: years.sort((a, b) => a.year - b.year) };
    if (yearCol >= 0 && valueCol >= 0) return { form: 'long', row, label, unit, year: yearCol, value: valueCol };
  }
  return null;
}

/** A value: a number, null for blank (and for "-" or "–", which tables use for "no value"), or an issue. */
function valueAt(sheet: SheetSnapshot, row: number, col: number, issues: Issue[]): number | null {
  const v = cellAt(sheet, row, col);
  if (typeof v === 'string' && /^[-–—]$/.test(v.trim())) return null;
  const read = readAmount(v);
  if (read.kind === 'number') return read.value;
  if (read.kind === 'empty') return null;
  issues.push(makeIssue('measures-bad-value', 'warning', { value: text(v) }, { sheet: sheet.name, address: cellA1(row, col) }));
  return null;
}

function levelOf(label: string): 0 | 1 {
  return /^(varav|darav|of which)( |$)/.test(normalizeLabel(label)) ? 1 : 0;
}

function readWide(sheet: SheetSnapshot, h: Extract<Header, { form: 'wide' }>, issues: Issue[]): MeasureRow[] {
  const rows: MeasureRow[] = [];
  for (let row = h.row + 1; row < sheet.originRow + sheet.values.length; row++) {
    const label = text(cellAt(sheet, row, h.label));
    if (label === '') continue;
    const unit = h.unit === null ? null : text(cellAt(sheet, row, h.unit)) || null;
    rows.push({ label, unit, level: levelOf(label), values: h.years.map((y) => valueAt(sheet, row, y.col, issues)), sourceRow: row });
  }
  return rows;
}

function readLong(sheet: SheetSnapshot, h: Extract<Header, { form: 'long' }>, issues: Issue[]): { rows: MeasureRow[]; years: number[] } {
  const byLabel = new Map<string, { label: string; unit: string | null; sourceRow: number; values: Map<number, number | null> }>();
  for (let row = h.row + 1; row < sheet.originRow + sheet.values.length; row++) {
    const label = text(cellAt(sheet, row, h.label));
    if (label === '') continue;
    const yv = cellAt(sheet, row, h.year);
    const year = readAmount(yv);
    if (year.kind !== 'number' || !Number.isInteger(year.value) || year.value < 1900 || year.value > 2200) {
      issues.push(makeIssue('measures-bad-year', 'warning', { value: text(yv) }, { sheet: sheet.name, address: cellA1(row, h.year) }));
      continue;
    }
    let m = byLabel.get(label);
    if (!m) byLabel.set(label, (m = { label, unit: h.unit === null ? null : text(cellAt(sheet, row, h.unit)) || null, sourceRow: row, values: new Map() }));
    if (m.values.has(year.value)) {
      issues.push(makeIssue('measures-duplicate', 'warning', { value: label, year: year.value }, { sheet: sheet.name, address: cellA1(row, h.value) }));
      continue;
    }
    m.values.set(year.value, valueAt(sheet, row, h.value, issues));
  }
  const years = [...new Set([...byLabel.values()].flatMap((m) => [...m.values.keys()]))].sort((a, b) => a - b);
  const rows = [...byLabel.values()].map((m) => ({
    label: m.label,
    unit: m.unit,
    level: levelOf(m.label),
    values: years.map((y) => m.values.get(y) ?? null),
    sourceRow: m.sourceRow,
  }));
  return { rows, years };
}

/** Reads the first sheet with a measure table: years as columns (Mått | 2021 | 2022 | 2023) or a long list (Mått | År | Värde). */
export function readMeasureTable(snapshot: WorkbookSnapshot, options: ReadMeasuresOptions = {}): MeasureTableRead {
  const issues: Issue[] = [];
  const sheets = sheetsToRead(snapshot, options.sheet);
  for (const sheet of sheets) {
    const h = findHeader(sheet);
    if (!h) continue;
    if (h.form === 'wide') return { table: { sheet: sheet.name, form: 'wide', years: h.years.map((y) => y.year), rows: readWide(sheet, h, issues) }, issues };
    const { rows, years } = readLong(sheet, h, issues);
    return { table: { sheet: sheet.name, form: 'long', years, rows }, issues };
  }
  issues.push(makeIssue('measures-no-table', 'error', options.sheet !== undefined ? { sheet: options.sheet } : {}));
  return { table: null, issues };
}
