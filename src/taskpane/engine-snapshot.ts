import type { WorkbookPort } from '../core/port';
import type { WorkbookSnapshot } from '../core/snapshot';
import { findGoalHeader } from '../core/goals/headers';

/**
 * The workbook as the pane reads it, within Excel's read budget. Number formats double a read's
 * payload, and only goal tables need them (a %-formatted cell holds 0.94 for 94 %); the ledger
 * may have a million rows and needs none. So every sheet is read once without formats, then the
 * sheets whose first rows hold a goal-table header (the test the goal reader applies) are read
 * again with formats and replace their plain copies: a small sheet, one or two extra syncs.
 */
export async function readPaneSnapshot(port: WorkbookPort, onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot> {
  const plain = await port.snapshot(onProgress ? { onProgress } : {});
  const goalSheets = plain.sheets.filter((s) => findGoalHeader(s) !== null).map((s) => s.name);
  if (goalSheets.length === 0) return plain;
  const formatted = await port.snapshot({ sheets: goalSheets, withFormats: true });
  const byName = new Map(formatted.sheets.map((s) => [s.name, s]));
  return { ...plain, sheets: plain.sheets.map((s) => byName.get(s.name) ?? s) };
}
