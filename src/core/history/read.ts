import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { cellAt, isCellError } from '../snapshot';
import { cellA1 } from '../address';
import { readAmount } from '../text/number';
import type { ForecastHistory, ForecastRecord } from './types';
import { HISTORY_SHEET } from './types';

export type HistoryRead = {
  /** 'absent' when the workbook has no history sheet (never had one, or the user deleted it). */
  readonly kind: 'absent' | 'read';
  readonly history: ForecastHistory;
  readonly issues: readonly Issue[];
};

/** The columns, in the order historyGrid writes them (a header row first). */
export const HISTORY_COLUMNS = ['År', 'Månad', 'Rapport', 'Block', 'Rad-id', 'Rad', 'Prognos helår (kr)'] as const;

function text(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

/**
 * Reads the history sheet. A row that cannot be read is left out with a warning naming its
 * cell (a hand-edited history must not stop the report); the rest is kept.
 */
export function readForecastHistory(snapshot: WorkbookSnapshot): HistoryRead {
  const sheet = snapshot.sheets.find((s) => s.name === HISTORY_SHEET);
  if (!sheet) {
    const hadReports = (snapshot.definedNames ?? []).some((n) => /^KR_Rapport_/.test(n.name));
    const issues = hadReports ? [makeIssue('history-missing', 'info')] : [];
    return { kind: 'absent', history: { records: [] }, issues };
  }
  const issues: Issue[] = [];
  const records: ForecastRecord[] = [];
  const header = sheet.originRow + sheet.values.findIndex((r) => text(r[0] ?? null) === HISTORY_COLUMNS[0]);
  if (header < sheet.originRow) return { kind: 'read', history: { records }, issues: [makeIssue('history-damaged', 'warning', { sheet: sheet.name, address: 'A1' }, { sheet: sheet.name, address: 'A1' })] };
  const c0 = sheet.originCol;
  for (let row = header + 1; row < sheet.originRow + sheet.values.length; row++) {
    const at = (i: number) => cellAt(sheet, row, c0 + i);
    if (text(at(0)) === '' && text(at(4)) === '') continue;
    const year = readAmount(at(0));
    const month = readAmount(at(1));
    const forecast = readAmount(at(6));
    const line = text(at(4));
    const ok =
      year.kind === 'number' && Number.isInteger(year.value) &&
      month.kind === 'number' && Number.isInteger(month.value) && month.value >= 1 && month.value <= 12 &&
      forecast.kind === 'number' && line !== '';
    if (!ok) {
      issues.push(makeIssue('history-bad-row', 'warning', {}, { sheet: sheet.name, address: cellA1(row, c0) }));
      continue;
    }
    records.push({ year: year.value, month: month.value, report: text(at(2)) || 'drift', block: text(at(3)), line, label: text(at(5)), forecast: forecast.value });
  }
  return { kind: 'read', history: { records }, issues };
}
