import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellAt, sheetsToRead } from '../snapshot';
import { cellA1, rangeA1 } from '../address';
import type { GoalColumnPlan } from './columns';
import { planColumns } from './columns';
import { findGoalHeader } from './headers';
import { readDirection } from './direction';
import { readManual } from './manual';
import { readGoalValue } from './values';
import type { CellPlace, GoalRow, GoalTable, GoalValue, IndicatorRow, ManualAssessment } from './types';

export type ReadGoalOptions = {
  /** Read this sheet only (else the first sheet with a goal table). */
  readonly sheet?: string;
  /** The target year (else taken from the headers). */
  readonly year?: number;
};

export type GoalTableRead = { readonly table: GoalTable | null; readonly issues: readonly Issue[] };

function text(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return String(v).trim();
}

function formatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formats?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}

/**
 * Finds the goal table (headers in the first 30 rows of a sheet) and reads it: one indicator
 * per row, the goal and area carried down over blank or merged continuation cells.
 */
export function readGoalTable(snapshot: WorkbookSnapshot, options: ReadGoalOptions = {}): GoalTableRead {
  const sheets = sheetsToRead(snapshot, options.sheet);
  if (options.sheet !== undefined && sheets.length === 0) {
    return { table: null, issues: [makeIssue('goal.sheet-missing', 'error', { sheet: options.sheet })] };
  }
  for (const sheet of sheets) {
    const header = findGoalHeader(sheet);
    if (header) return readTable(sheet, header.row, planColumns(header.columns, options.year));
  }
  const where = options.sheet !== undefined ? { sheet: options.sheet } : {};
  return { table: null, issues: [makeIssue('goal.no-table', 'error', {}, where)] };
}

type Draft = { area: string | null; goal: string; rows: IndicatorRow[]; manual: ManualAssessment | null; place: CellPlace };

function readTable(sheet: SheetSnapshot, headerRow: number, plan: GoalColumnPlan): GoalTableRead {
  const issues: Issue[] = [];
  const at = (row: number, col: number): string => cellA1(row, col);
  const headerRange = rangeA1(headerRow, sheet.originCol, 1, Math.max(1, sheet.values[headerRow - sheet.originRow]?.length ?? 1));
  if (plan.target === null) issues.push(makeIssue('goal.no-target-column', 'error', { year: plan.year ?? '' }, { sheet: sheet.name, address: headerRange }));
  if (plan.outcome === null && plan.prelOutcome === null) {
    issues.push(makeIssue('goal.no-outcome-column', 'error', { year: plan.year ?? '' }, { sheet: sheet.name, address: headerRange }));
  }
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const value = (row: number, col: number | null, prel = false): GoalValue => {
    if (col === null) return { kind: 'missing' };
    const r = readGoalValue(cellAt(sheet, row, col), formatAt(sheet, row, col), prel);
    if (r.kind !== 'invalid') return r;
    issues.push(makeIssue('goal.bad-number', 'error', { text: r.text }, { sheet: sheet.name, address: at(row, col) }));
    return { kind: 'missing' };
  };
  const drafts: Draft[] = [];
  let area: string | null = null;
  let current: Draft | null = null;
  let lastDataRow = headerRow;
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const get = (col: number | null): string => (col === null ? '' : text(cellAt(sheet, row, col)));
    const areaText = get(plan.area);
    const goalText = get(plan.goal);
    const indicatorText = get(plan.indicator);
    const hasValues = [plan.target, plan.outcome, plan.prelOutcome, plan.previous].some((c) => c !== null && get(c) !== '');
    if (!areaText && !goalText && !indicatorText && !hasValues) continue;
    lastDataRow = row;
    const areaChanged = areaText !== '' && areaText !== area;
    if (areaText) area = areaText;
    const newGoal = goalText !== '' && (current === null || goalText !== current.goal || areaChanged);
    if (newGoal || current === null) {
      current = { area, goal: goalText || indicatorText, rows: [], manual: null, place: { sheet: sheet.name, address: at(row, plan.goal ?? plan.indicator) } };
      drafts.push(current);
    }
    readManualCell(sheet, row, plan.manual, current, issues);
    if (!indicatorText && !hasValues) continue; // a row that names the goal only
    const target = value(row, plan.target);
    const outcomeMain = value(row, plan.outcome);
    const outcome = outcomeMain.kind === 'number' ? outcomeMain : value(row, plan.prelOutcome, true);
    const previous = value(row, plan.previous);
    const rowRange = rangeA1(row, sheet.originCol, 1, Math.max(width, 1));
    const name = indicatorText || current.goal;
    if (target.kind === 'missing') {
      issues.push(makeIssue('goal.target-missing', 'warning', { indicator: name }, { sheet: sheet.name, address: at(row, plan.target ?? plan.indicator) }));
    }
    let direction: IndicatorRow['direction'] = 'higher';
    if (plan.direction !== null) {
      const d = readDirection(cellAt(sheet, row, plan.direction));
      if (d.kind === 'ok') direction = d.direction;
      else issues.push(makeIssue('goal.direction-unknown', 'warning', { text: d.text }, { sheet: sheet.name, address: at(row, plan.direction) }));
    }
    if (mixedUnits(target, outcome)) {
      issues.push(makeIssue('goal.mixed-units', 'warning', { indicator: name }, { sheet: sheet.name, address: rowRange }));
    }
    const unit = get(plan.unit);
    current.rows.push({ indicator: name, unit: unit || null, direction, target, outcome, previous, place: { sheet: sheet.name, address: rowRange } });
  }
  const goals: GoalRow[] = drafts.map((d) => {
    if (d.rows.length === 0) issues.push(makeIssue('goal.no-indicators', 'warning', { goal: d.goal }, d.place));
    return { area: d.area, goal: d.goal, indicators: d.rows, manual: d.manual, place: d.place };
  });
  const table: GoalTable = {
    sheet: sheet.name,
    range: `${cellA1(headerRow, sheet.originCol)}:${cellA1(lastDataRow, sheet.originCol + Math.max(width, 1) - 1)}`,
    year: plan.year,
    goals,
    hasManualColumn: plan.manual !== null,
  };
  return { table, issues };
}

function readManualCell(sheet: SheetSnapshot, row: number, col: number | null, goal: Draft, issues: Issue[]): void {
  if (col === null) return;
  const m = readManual(cellAt(sheet, row, col));
  if (m.kind === 'empty') return;
  const place = { sheet: sheet.name, address: cellA1(row, col) };
  if (m.kind === 'unknown') {
    issues.push(makeIssue('goal.manual-unknown', 'warning', { text: m.text }, place));
    return;
  }
  const read: ManualAssessment = {
    text: m.text,
    status: m.kind === 'status' ? m.status : null,
    score: m.kind === 'score' ? m.score : null,
    place,
  };
  if (goal.manual === null) goal.manual = read;
  else if (goal.manual.status !== read.status || goal.manual.score !== read.score) {
    issues.push(makeIssue('goal.manual-conflict', 'warning', { goal: goal.goal, first: goal.manual.text, text: m.text }, place));
  }
}

/** 60 % against a plain 0.526: one of the two is a fraction, the other percent points. */
function mixedUnits(a: GoalValue, b: GoalValue): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.percent === b.percent) return false;
  const plain = a.percent ? b.value : a.value;
  const pct = a.percent ? a.value : b.value;
  return Math.abs(plain) <= 1 && Math.abs(pct) > 1;
}
