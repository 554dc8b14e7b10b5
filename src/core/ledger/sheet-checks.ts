import { cellA1 } from '../address';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { SheetSnapshot } from '../snapshot';
import type { Ledger } from './types';
import { IssueCollector } from './issue-collector';
import { AMOUNT_ROLES } from './headers';
import { dotGroupReadings, formatSwedishNumber } from '../text/number';

/**
 * What is worth saying about the ledger sheet as a whole, once it is read: no rows under the
 * header, a hidden sheet, amounts that are formulas into another workbook, and text amounts
 * like '1.234' that read two ways.
 */
export function emptyLedger(ledger: Ledger): Issue[] {
  if (ledger.size > 0) return [];
  // headerRow is 0-based: the header is on sheet row headerRow + 1, the first data row one below.
  const row = ledger.headerRow + 2;
  const cols = ledger.columns.map((c) => c.col);
  const header = `${cellA1(ledger.headerRow, Math.min(...cols))}:${cellA1(ledger.headerRow, Math.max(...cols))}`;
  return [makeIssue('empty-ledger', 'error', { row }, { sheet: ledger.sheet, address: header })];
}

export function hiddenSheet(sheet: SheetSnapshot): Issue[] {
  if (sheet.visibility === undefined || sheet.visibility === 'visible') return [];
  return [makeIssue('hidden-sheet', 'warning', { visibility: sheet.visibility }, { sheet: sheet.name })];
}

/** One note per part of the sheet the host could not give (SheetSnapshot.unread): its check did not run. */
export function checksNotRun(sheet: SheetSnapshot): Issue[] {
  return (sheet.unread ?? []).map((part) => makeIssue('check-not-run', 'info', { part }, { sheet: sheet.name }));
}

/** An external reference: '[Budget.xlsx]Blad1'!A1, [1]Blad1!A1 or a path in brackets. */
function isExternal(formula: string): boolean {
  const open = formula.indexOf('[');
  return open >= 0 && formula.indexOf(']', open) > open;
}

export function externalLinks(sheet: SheetSnapshot, ledger: Ledger): Issue[] {
  const formulas = sheet.formulas;
  if (!formulas || formulas.length === 0) return [];
  const collector = new IssueCollector(sheet.name);
  const cols = ledger.columns.map((c) => c.col);
  for (let i = ledger.headerRow + 1 - sheet.originRow; i < formulas.length; i++) {
    const row = formulas[i];
    if (!row) continue;
    for (const col of cols) {
      const f = row[col - sheet.originCol];
      if (typeof f === 'string' && f !== '' && isExternal(f)) collector.note('external-links', 'warning', sheet.originRow + i, col, { formula: f.length > 60 ? `${f.slice(0, 57)}...` : f });
    }
  }
  return collector.issues();
}

/**
 * Text amounts like '1.234' on rows that were read: readAmount took them as 1 234 (see
 * dotGroupReadings); say so on the cell, with both readings, so a wrong guess is seen.
 */
export function ambiguousAmounts(sheet: SheetSnapshot, ledger: Ledger): Issue[] {
  if (ledger.size === 0) return [];
  const collector = new IssueCollector(sheet.name);
  const cols = ledger.columns.filter((c) => AMOUNT_ROLES.includes(c.role)).map((c) => c.col);
  const rows = new Set(ledger.sourceRow);
  for (const row of rows) {
    const values = sheet.values[row - sheet.originRow];
    if (!values) continue;
    for (const col of cols) {
      const v = values[col - sheet.originCol];
      if (typeof v !== 'string') continue;
      const readings = dotGroupReadings(v);
      if (readings) {
        collector.note('ambiguous-amount', 'warning', row, col, {
          value: v.trim(),
          grouped: formatSwedishNumber(readings.grouped),
          decimal: formatSwedishNumber(readings.decimal, 3),
        });
      }
    }
  }
  return collector.issues();
}
