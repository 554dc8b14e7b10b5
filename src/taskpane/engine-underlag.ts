import type { Lang } from '../core/i18n/types';
import type { WorkbookSnapshot } from '../core/snapshot';
import { runReport } from '../core/report/run-report';
import { columnLabel } from '../core/report/columns';
import { LABEL } from '../core/layout/grid-labels';
import { cellA1 } from '../core/address';
import { cellRefAt, drillDown, underlagGrid } from '../core/analysis';
import type { ReportOptions, UnderlagView } from './engine-types';
import { runOptionsOf } from './engine-options';

/** *Visa underlag*: the report as the pane would write it, the cell under the offset, its ledger rows. */
export function underlag(snapshot: WorkbookSnapshot, options: ReportOptions, lang: Lang, at: { readonly row: number; readonly col: number }): UnderlagView | null {
  const r = runReport(snapshot, runOptionsOf(options, lang));
  const grid = r.grids[0];
  if (!r.report || !r.ledger || !grid) return null;
  const ref = cellRefAt(grid, r.report, at.row, at.col);
  if (!ref) return null;
  const u = drillDown(r.ledger, r.report, ref);
  if (!u) return null;
  const report = r.report;
  const line = (ref.block === undefined ? report.lines : (report.breakdown?.blocks.find((b) => b.key === ref.block)?.lines ?? [])).find((l) => l.id === ref.lineId);
  const block = ref.block !== undefined && report.breakdown ? ` (${LABEL[lang].block(report.breakdown.dimension, ref.block)})` : '';
  const col = r.ledger.columns.find((c) => c.role === 'account')?.col ?? 0;
  const title = `${line?.label[lang] ?? ref.lineId}, ${columnLabel(ref.column, report.year, report.through, lang)}${block}`;
  return {
    title,
    grid: underlagGrid(u, { title, unit: report.unit, lang }),
    value: u.value,
    accounts: u.accounts.map((a) => ({
      label: a.label,
      amount: a.amount,
      rows: a.rows.map((x) => ({ row: x.row, sheet: x.sheet, address: x.address ?? cellA1(x.row - 1, col), amount: x.amount })),
    })),
  };
}
