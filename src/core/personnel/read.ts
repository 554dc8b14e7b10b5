import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellAt, isCellError, sheetsToRead } from '../snapshot';
import { cellA1 } from '../address';
import { readAmount } from '../text/number';
import type { SickColumnRole, SickColumns } from './columns';
import { classifySickHeader, isSickHeader } from './columns';
import { accumulateSick } from './accumulate';
import type { SickEntry } from './accumulate';
import { ageGroup, readGender, readGroupLabel } from './groups';
import type { SickTable } from './types';

export type ReadSickOptions = {
  /** Read this sheet only (else the first sheet with a sick-leave table). */
  readonly sheet?: string;
  /** The year of a source without a year column. */
  readonly year?: number;
};

export type SickTableRead = { readonly table: SickTable | null; readonly issues: readonly Issue[] };

type Header = { readonly row: number; readonly cols: SickColumns };

function findHeader(sheet: SheetSnapshot): Header | null {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const last = Math.min(sheet.originRow + sheet.values.length, sheet.originRow + 30);
  for (let row = sheet.originRow; row < last; row++) {
    const cols: Partial<Record<SickColumnRole, number>> = {};
    for (let col = sheet.originCol; col < sheet.originCol + width; col++) {
      const v = cellAt(sheet, row, col);
      if (typeof v !== 'string') continue;
      const role = classifySickHeader(v);
      if (role && cols[role] === undefined) cols[role] = col;
    }
    if (isSickHeader(cols)) return { row, cols };
  }
  return null;
}

function text(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

type RowReader = { readonly sheet: SheetSnapshot; readonly row: number; readonly issues: Issue[] };

/** A number of hours (or a count, or a year); null for an empty cell; undefined after an issue. */
function hours(r: RowReader, col: number | undefined, what: 'hours' | 'count' | 'year' | 'age'): number | null | undefined {
  if (col === undefined) return null;
  const v = cellAt(r.sheet, r.row, col);
  const read = readAmount(v);
  if (read.kind === 'empty') return null;
  const where = { sheet: r.sheet.name, address: cellA1(r.row, col) };
  if (read.kind !== 'number' || read.value < 0 || !Number.isFinite(read.value)) {
    r.issues.push(makeIssue('sick-bad-number', 'error', { value: text(v), what }, where));
    return undefined;
  }
  return read.value;
}

function entryYear(r: RowReader, cols: SickColumns, fallback: number): number | undefined {
  const y = hours(r, cols.year, 'year');
  if (y === undefined) return undefined;
  if (y === null) return fallback;
  if (!Number.isInteger(y) || y < 1900 || y > 2200) {
    r.issues.push(makeIssue('sick-bad-number', 'error', { value: String(y), what: 'year' }, { sheet: r.sheet.name, address: cellA1(r.row, cols.year as number) }));
    return undefined;
  }
  return y;
}

/** The groups an employee row counts in: total, the gender's, the age group's. */
function employeeGroups(r: RowReader, cols: SickColumns, year: number): SickEntry['groups'] | undefined {
  const groups: SickEntry['groups'][number][] = ['total'];
  if (cols.gender !== undefined) {
    const g = readGender(text(cellAt(r.sheet, r.row, cols.gender)));
    if (g) groups.push(g);
    else r.issues.push(makeIssue('sick-gender-unknown', 'info', { value: text(cellAt(r.sheet, r.row, cols.gender)) }, { sheet: r.sheet.name, address: cellA1(r.row, cols.gender) }));
  }
  let age: number | null | undefined = hours(r, cols.age, 'age');
  if (age === undefined) return undefined;
  if (age === null && cols.birthYear !== undefined && year > 0) {
    const born = hours(r, cols.birthYear, 'year');
    if (born === undefined) return undefined;
    // Age reached during the report year: the usual rule when only the birth year is known.
    if (born !== null) age = year - born;
  }
  if (age !== null) groups.push(ageGroup(age));
  return groups;
}

function readRow(r: RowReader, cols: SickColumns, fallbackYear: number): SickEntry | null | undefined {
  const year = entryYear(r, cols, fallbackYear);
  if (year === undefined) return undefined;
  const d1 = hours(r, cols.days1to14, 'hours');
  const d2 = hours(r, cols.days15to59, 'hours');
  const d3 = hours(r, cols.days60, 'hours');
  const total = hours(r, cols.sick, 'hours');
  const available = hours(r, cols.available, 'hours');
  if (d1 === undefined || d2 === undefined || d3 === undefined || total === undefined || available === undefined) return undefined;
  const split = cols.days1to14 !== undefined && cols.days15to59 !== undefined;
  if (available === null && total === null && d1 === null && d2 === null && d3 === null) return null; // an empty row
  const sick = total ?? (d1 ?? 0) + (d2 ?? 0) + (d3 ?? 0);
  const where = { sheet: r.sheet.name, address: cellA1(r.row, cols.available as number) };
  if (available === null || available <= 0) {
    r.issues.push(makeIssue('sick-no-available-time', 'error', {}, where));
    return undefined;
  }
  if (sick > available) r.issues.push(makeIssue('sick-above-available', 'warning', { sick, available }, where));
  let groups: SickEntry['groups'];
  let employees: number | null = 1;
  if (cols.group !== undefined) {
    const label = text(cellAt(r.sheet, r.row, cols.group));
    const g = readGroupLabel(label);
    if (!g) {
      r.issues.push(makeIssue('sick-group-unknown', 'warning', { value: label }, { sheet: r.sheet.name, address: cellA1(r.row, cols.group) }));
      return null;
    }
    groups = [g];
    const n = hours(r, cols.employees, 'count');
    if (n === undefined) return undefined;
    employees = n;
  } else {
    const g = employeeGroups(r, cols, year);
    if (!g) return undefined;
    groups = g;
  }
  return {
    year,
    groups,
    employee: cols.employee !== undefined ? text(cellAt(r.sheet, r.row, cols.employee)) : `row:${r.row}`,
    hours: { sick, available, days1to14: split ? (d1 ?? 0) : null, days15to59: split ? (d2 ?? 0) : null, days60: cols.days60 !== undefined ? (d3 ?? 0) : null, employees },
  };
}

/**
 * Reads the first sheet with a sick-leave table: one row per employee (Kön, Ålder or Födelseår,
 * sick hours in total or per interval, Tillgänglig ordinarie arbetstid; optionally År and an
 * employee number) or one row per group (Grupp: Totalt, Kvinnor, Män, 29 år eller yngre,
 * 30–49 år, 50 år eller äldre; the same hour columns; optionally År and Antal anställda).
 */
export function readSickTable(snapshot: WorkbookSnapshot, options: ReadSickOptions = {}): SickTableRead {
  const issues: Issue[] = [];
  const sheets = sheetsToRead(snapshot, options.sheet);
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    const entries: SickEntry[] = [];
    const end = sheet.originRow + sheet.values.length;
    for (let row = header.row + 1; row < end; row++) {
      const e = readRow({ sheet, row, issues }, header.cols, options.year ?? 0);
      if (e) entries.push(e);
    }
    const form = header.cols.group !== undefined ? 'per-group' : 'per-employee';
    if (entries.length === 0) {
      issues.push(makeIssue('sick-empty', 'error', {}, { sheet: sheet.name, address: cellA1(header.row + 1, sheet.originCol) }));
      return { table: null, issues };
    }
    return { table: { sheet: sheet.name, form, ...accumulateSick(entries, form, header.cols.employees !== undefined) }, issues };
  }
  issues.push(makeIssue('sick-no-table', 'error', options.sheet !== undefined ? { sheet: options.sheet } : {}));
  return { table: null, issues };
}
