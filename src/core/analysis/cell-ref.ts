import type { ReportGrid } from '../grid';
import type { Report } from '../report/report-types';
import { COLUMN_IDS } from '../report/report-types';
import type { CellRef } from './drill-down';

/**
 * Which report cell sits at a 0-based (row, column) of the report's grid, from the grid's row
 * keys (layout/report-grid.ts: a total line's id, `Dimension=value:id` in a block, `summary:value`
 * for a block's summary row) and its column order (label, then COLUMN_IDS). Null for a heading,
 * a label, the Kommentar column or the commentary.
 */
export function cellRefAt(grid: ReportGrid, report: Report, row: number, col: number): CellRef | null {
  const key = grid.rowKeys?.[row];
  const column = COLUMN_IDS[col - 1];
  if (typeof key !== 'string' || column === undefined || key.startsWith('commentary')) return null;
  const b = report.breakdown;
  if (b && key.startsWith('summary:')) {
    const block = key.slice('summary:'.length);
    const s = b.summary.find((x) => x.key === block);
    return s ? { lineId: s.lineId, column, block } : null;
  }
  if (report.lines.some((l) => l.id === key)) return { lineId: key, column };
  for (const block of b?.blocks ?? []) {
    const prefix = `${b?.dimension}=${block.key}:`;
    if (!key.startsWith(prefix)) continue;
    const id = key.slice(prefix.length);
    if (block.lines.some((l) => l.id === id)) return { lineId: id, column, block: block.key };
  }
  return null;
}
