/**
 * Size-bounded work: splitting row ranges into blocks that fit one sync, and running a list of
 * chunks one after another (each chunk is one round trip; the list is bounded by payload size,
 * never by the number of ledger rows or report lines).
 */
export type RowBlock = { readonly key: number; readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };

export type Sized = { readonly block: RowBlock; readonly bytesPerCell: number };

/**
 * Packs blocks into syncs of at most `budget` estimated bytes and `maxCells` cells per block,
 * splitting a block by rows where it does not fit the room left in the current sync.
 */
export function packBlocks(items: readonly Sized[], budget: number, maxCells: number): RowBlock[][] {
  const syncs: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let room = budget;
  for (const { block, bytesPerCell } of items) {
    const rowBytes = Math.max(1, block.cols * bytesPerCell);
    const maxRowsPerBlock = Math.max(1, Math.floor(maxCells / Math.max(1, block.cols)));
    let row = block.row;
    let left = block.rows;
    while (left > 0) {
      let fit = Math.min(left, maxRowsPerBlock, Math.floor(room / rowBytes));
      if (fit < 1) {
        if (current.length > 0) syncs.push(current);
        current = [];
        room = budget;
        fit = Math.min(left, maxRowsPerBlock, Math.max(1, Math.floor(room / rowBytes)));
      }
      current.push({ key: block.key, row, col: block.col, rows: fit, cols: block.cols });
      room -= fit * rowBytes;
      row += fit;
      left -= fit;
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** Runs `step` for each chunk in order, awaiting each (one round trip per chunk). */
export async function inSequence<T>(chunks: readonly T[], step: (chunk: T, index: number) => Promise<void>, index = 0): Promise<void> {
  if (index >= chunks.length) return;
  await step(chunks[index], index);
  await inSequence(chunks, step, index + 1);
}

/** Halves a block by rows (for a retry after the host refused a payload). */
export function halve(b: RowBlock): RowBlock[] {
  if (b.rows < 2) return [b];
  const top = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: top },
    { ...b, row: b.row + top, rows: b.rows - top },
  ];
}
