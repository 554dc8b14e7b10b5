import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellAt, sheetsToRead } from '../snapshot';
import { cellA1, rangeA1 } from '../address';
import { readDate } from './dates';
import type { Assignment } from './types';
import type { AssignmentRole } from './vocabulary';
import { canonicalType, classifyAssignmentHeader, readPlan, readStatus } from './vocabulary';

export type ReadAssignmentsOptions = { readonly sheet?: string };
export type AssignmentsRead = { readonly items: readonly Assignment[]; readonly issues: readonly Issue[] };

type Columns = Partial<Record<AssignmentRole, number>>;

function text(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return String(v).trim();
}

function findHeader(sheet: SheetSnapshot): { row: number; cols: Columns } | null {
  const last = Math.min(sheet.originRow + sheet.values.length, sheet.originRow + 30);
  for (let row = sheet.originRow; row < last; row++) {
    const cols: Columns = {};
    const r = sheet.values[row - sheet.originRow];
    r.forEach((v, i) => {
      const role = typeof v === 'string' ? classifyAssignmentHeader(v) : null;
      if (role && cols[role] === undefined) cols[role] = sheet.originCol + i;
    });
    if (cols.title !== undefined && cols.status !== undefined) return { row, cols };
  }
  return null;
}

/** Finds the assignment list (headers in the first 30 rows) and reads one item per row. */
export function readAssignments(snapshot: WorkbookSnapshot, options: ReadAssignmentsOptions = {}): AssignmentsRead {
  const sheets = sheetsToRead(snapshot, options.sheet);
  if (options.sheet !== undefined && sheets.length === 0) {
    return { items: [], issues: [makeIssue('assign.sheet-missing', 'error', { sheet: options.sheet })] };
  }
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (header) return readRows(sheet, header.row, header.cols);
  }
  return { items: [], issues: [makeIssue('assign.no-table', 'error')] };
}

function readRows(sheet: SheetSnapshot, headerRow: number, cols: Columns): AssignmentsRead {
  const items: Assignment[] = [];
  const issues: Issue[] = [];
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const where = (row: number, col: number) => ({ sheet: sheet.name, address: cellA1(row, col) });
  for (let row = headerRow + 1; row < sheet.originRow + sheet.values.length; row++) {
    const get = (role: AssignmentRole): string => (cols[role] === undefined ? '' : text(cellAt(sheet, row, cols[role]!)));
    const title = get('title');
    const statusText = get('status');
    if (!title && !statusText && !get('type')) continue;
    let status: Assignment['status'] = { text: statusText };
    const known = readStatus(statusText);
    if (known) status = known;
    else if (!statusText) issues.push(makeIssue('assign.status-missing', 'warning', { title }, where(row, cols.status!)));
    else issues.push(makeIssue('assign.status-unknown', 'warning', { text: statusText }, where(row, cols.status!)));
    let plan = readPlan(get('plan'));
    if (plan === null) {
      issues.push(makeIssue('assign.plan-unknown', 'warning', { text: get('plan') }, where(row, cols.plan!)));
      plan = 'unspecified';
    }
    const date = (role: 'end' | 'decided'): string | null => {
      const col = cols[role];
      if (col === undefined) return null;
      const d = readDate(cellAt(sheet, row, col));
      if (d.kind === 'invalid') issues.push(makeIssue('assign.bad-date', 'error', { text: d.text }, where(row, col)));
      return d.kind === 'date' ? d.iso : null;
    };
    items.push({
      type: canonicalType(get('type')),
      title,
      responsible: get('responsible') || null,
      decided: date('decided'),
      end: date('end'),
      status,
      plan,
      comment: get('comment') || null,
      sheet: sheet.name,
      address: rangeA1(row, sheet.originCol, 1, Math.max(width, 1)),
      planAddress: cellA1(row, cols.plan ?? cols.status!),
    });
  }
  return { items, issues };
}
