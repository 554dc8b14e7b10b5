import { planBlock } from '../../core/block/plan';
import type { BlockPlan } from '../../core/block/plan';
import type { ReportGrid } from '../../core/grid';
import { inSequence } from './chunks';
import type { Limits, Supports } from './options';
import { queueCells, queueColumns, queueConditionalFormats, queueFormatting, queueRowHeights, rowChunks, suspend } from './write-block';
import type { CommentsByRow, Placement } from './write-block';

/**
 * Writes a grid at a placement in size-bounded syncs, executing its block plan (core/block):
 * each sync carries one chunk of rows with that chunk's formatting (rowChunks keeps it within
 * the sync budget); the first also carries the columns, row heights and conditional formats.
 * The hooks add work to the first sync (`before` the cells, or `first` after them) and to the
 * last (a name, a sheet setup). `sheetRows: false` leaves row heights alone (a refresh in place
 * keeps the sheet's rows as they are).
 */
export type ChunkHooks = {
  readonly before?: () => void;
  readonly first?: (plan: BlockPlan) => void;
  readonly last?: () => void;
  readonly sheetRows?: boolean;
};

/** The plan of a grid at a placement and the row chunks its write is cut into. */
export type Prepared = { readonly plan: BlockPlan; readonly chunks: readonly { readonly from: number; readonly to: number }[] };

export function prepareWrite(grid: ReportGrid, at: { readonly row: number; readonly col: number }, limits: Limits): Prepared {
  const plan = planBlock(grid, { row: at.row, col: at.col }, undefined, 'metadata');
  return { plan, chunks: rowChunks(grid, limits, plan) };
}

export async function writeInChunks(
  context: Excel.RequestContext,
  deps: { readonly supports: Supports; readonly limits: Limits },
  p: Placement,
  grid: ReportGrid,
  comments: CommentsByRow,
  hooks: ChunkHooks = {},
  prepared: Prepared = prepareWrite(grid, p, deps.limits),
): Promise<void> {
  const { plan, chunks } = prepared;
  await inSequence(chunks, async (chunk, i) => {
    suspend(context, deps.supports, i === 0 ? 'first-sync' : 'later-sync');
    if (i === 0) hooks.before?.();
    queueCells(p, grid, chunk.from, chunk.to, comments);
    queueFormatting(p.ws, plan, deps.supports, chunk);
    if (i === 0) {
      queueColumns(p.ws, plan);
      if (hooks.sheetRows !== false) queueRowHeights(p.ws, plan);
      queueConditionalFormats(p.ws, plan);
      hooks.first?.(plan);
    }
    if (i === chunks.length - 1) hooks.last?.();
    await context.sync();
  });
}
