import type { GridCell } from '../grid';

/** A rectangle of grid cells, 0-based, relative to the grid's A1. */
export type Rect = { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };

/**
 * Groups the cells of a grid by a key (style token, indent level, alignment) into rectangles:
 * runs of equal keys along a row, then equal runs on consecutive rows merged. A writer then
 * needs one range operation per rectangle instead of one per cell.
 */
export function rectsBy<K extends string | number>(rows: readonly (readonly GridCell[])[], keyOf: (c: GridCell, row: number, col: number) => K | undefined): Map<K, Rect[]> {
  const open = new Map<string, { key: K; rect: { row: number; col: number; rows: number; cols: number } }>();
  const out = new Map<K, Rect[]>();
  const emit = (key: K, r: Rect): void => void (out.get(key) ?? out.set(key, []).get(key))?.push(r);
  rows.forEach((cells, i) => {
    const runs: { key: K; col: number; cols: number }[] = [];
    cells.forEach((c, j) => {
      const k = keyOf(c, i, j);
      if (k === undefined) return;
      const last = runs[runs.length - 1];
      if (last && last.key === k && last.col + last.cols === j) last.cols += 1;
      else runs.push({ key: k, col: j, cols: 1 });
    });
    const seen = new Set<string>();
    for (const run of runs) {
      const id = `${String(run.key)}|${run.col}|${run.cols}`;
      seen.add(id);
      const prev = open.get(id);
      if (prev && prev.rect.row + prev.rect.rows === i) prev.rect.rows += 1;
      else {
        if (prev) emit(prev.key, prev.rect);
        open.set(id, { key: run.key, rect: { row: i, col: run.col, rows: 1, cols: run.cols } });
      }
    }
    for (const [id, o] of open) {
      if (!seen.has(id)) {
        emit(o.key, o.rect);
        open.delete(id);
      }
    }
  });
  for (const o of open.values()) emit(o.key, o.rect);
  return out;
}
