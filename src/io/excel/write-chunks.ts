import type { ReportGrid } from '../../core/grid';
import { inSequence } from './chunks';
import type { Limits, Supports } from './options';
import { queueCells, queueFormatting, rowChunks, suspend } from './write-block';
import type { CommentsByRow, Placement } from './write-block';

/**
 * Writes a grid at a placement in size-bounded syncs: each sync carries one chunk of rows
 * (rowChunks keeps it within the sync budget); the first also carries the formatting, and the
 * hooks let the caller add work to the first sync (`before` the cells, or `first` after them)
 * and to the last (a name, a sheet setup).
 */
export type ChunkHooks = { readonly before?: () => void; readonly first?: () => void; readonly last?: () => void };

export async function writeInChunks(
  context: Excel.RequestContext,
  deps: { readonly supports: Supports; readonly limits: Limits },
  p: Placement,
  grid: ReportGrid,
  comments: CommentsByRow,
  hooks: ChunkHooks = {},
): Promise<void> {
  const chunks = rowChunks(grid, deps.limits);
  await inSequence(chunks, async (chunk, i) => {
    suspend(context, deps.supports, i === 0 ? 'first-sync' : 'later-sync');
    if (i === 0) hooks.before?.();
    queueCells(p, grid, chunk.from, chunk.to, comments);
    if (i === 0) {
      queueFormatting(p, grid, deps.supports);
      hooks.first?.();
    }
    if (i === chunks.length - 1) hooks.last?.();
    await context.sync();
  });
}
