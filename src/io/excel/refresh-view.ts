import type { BlockPlan } from '../../core/block/plan';
import { queueFreeze, queueRowHeights } from './write-block';

/**
 * The sheet's view that a refresh changes besides the block, as the file writer does: the plan's
 * header row heights and frozen panes. What they were is read before anything is written (the
 * loads ride along with the first staged chunk), so a restore can put them back.
 */
export type SheetView = {
  /** Frozen rows and columns of the top-left pane; null when nothing is frozen. */
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  /** Each planned header row's height before, or 'standard' when it had the sheet's standard height. */
  readonly heights: readonly { readonly row: number; readonly points: number | 'standard' }[];
};

const ALL_ROWS = 1_048_576;
const ALL_COLUMNS = 16_384;

/** The loads a view needs, queued: read them with readView after the next sync. */
export type ViewLoads = { readonly location: Excel.Range; readonly rows: readonly { readonly row: number; readonly format: Excel.RangeFormat }[] };

export function loadView(ws: Excel.Worksheet, plan: Pick<BlockPlan, 'anchor' | 'rowHeights'>): ViewLoads {
  const location = ws.freezePanes.getLocationOrNullObject();
  location.load('rowCount,columnCount');
  return { location, rows: plan.rowHeights.map((h) => ({ row: h.row, format: ws.getRangeByIndexes(h.row, plan.anchor.col, 1, 1).format.load('rowHeight,useStandardHeight') })) };
}

/** What the loads gave (after a sync). */
export function readView(loads: ViewLoads): SheetView {
  const { location, rows } = loads;
  return {
    freeze: location.isNullObject
      ? null
      : { rows: location.rowCount >= ALL_ROWS ? 0 : location.rowCount, columns: location.columnCount >= ALL_COLUMNS ? 0 : location.columnCount },
    heights: rows.map((r) => ({ row: r.row, points: r.format.useStandardHeight === true ? 'standard' : r.format.rowHeight })),
  };
}

/** The sheet's panes as `freeze` says, unfrozen first (freezeRows and freezeColumns are not documented to drop the other direction). */
function refreeze(ws: Excel.Worksheet, freeze: SheetView['freeze']): void {
  ws.freezePanes.unfreeze();
  if (freeze !== null) queueFreeze(ws, freeze);
}

/** The plan's header row heights and, when it has one, its frozen panes (as on insert). */
export function queueView(ws: Excel.Worksheet, plan: Pick<BlockPlan, 'anchor' | 'rowHeights' | 'freeze'>): void {
  queueRowHeights(ws, plan);
  if (plan.freeze) refreeze(ws, plan.freeze);
}

/** What the view was before the refresh. */
export function queueRestoreView(ws: Excel.Worksheet, anchorCol: number, view: SheetView): void {
  for (const h of view.heights) {
    const format = ws.getRangeByIndexes(h.row, anchorCol, 1, 1).format;
    if (h.points === 'standard') format.useStandardHeight = true;
    else format.rowHeight = h.points;
  }
  refreeze(ws, view.freeze);
}
