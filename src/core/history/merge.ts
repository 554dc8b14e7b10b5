import type { ReportGrid } from '../grid';
import type { ForecastRecord } from './types';
import { HISTORY_NAME, HISTORY_SHEET } from './types';
import { readForecastHistory } from './read';
import { historyGrid } from './grid';

function recordsOf(grid: ReportGrid): readonly ForecastRecord[] {
  const values = grid.rows.map((r) => r.map((c) => (c.value === undefined ? null : c.value)));
  // Read as the history sheet whatever name the placement gave this copy.
  return readForecastHistory({ sheets: [{ name: HISTORY_SHEET, originRow: 0, originCol: 0, values }] }).history.records;
}

const key = (r: ForecastRecord): string => `${r.year}|${r.month}|${r.report}|${r.block}|${r.line}`;

/**
 * One history sheet when several sections each stored their forecasts (the drift table and the
 * investment table of one follow-up): the records of all, a later one winning for the same
 * month, report, block and line, in the first one's place.
 */
export function mergeHistoryGrids(grids: readonly ReportGrid[]): ReportGrid[] {
  const histories = grids.filter((g) => g.name === HISTORY_NAME);
  if (histories.length < 2) return [...grids];
  const byKey = new Map<string, ForecastRecord>();
  for (const g of histories) for (const r of recordsOf(g)) byKey.set(key(r), r);
  const records = [...byKey.values()].sort((a, b) => a.year - b.year || a.month - b.month || a.report.localeCompare(b.report));
  const merged = { ...historyGrid({ records }), sheetName: histories[0].sheetName };
  const first = grids.indexOf(histories[0]);
  return grids.flatMap((g, i) => (i === first ? [merged] : g.name === HISTORY_NAME ? [] : [g]));
}
