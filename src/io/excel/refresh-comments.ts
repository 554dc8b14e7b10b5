import type { ReportGrid } from '../../core/grid';
import type { OldBlock } from './refresh-read';
import type { CommentsByRow } from './write-block';

/**
 * Which Kommentar goes to which new row. Rows are matched by key: the hidden key column when the
 * old block has one and the grid has row keys, else the label in the first column (a block
 * written by the CLI or an earlier version). A key that occurs several times is matched by
 * occurrence: the n-th row with that key in the new grid gets the comment of the n-th row with
 * that key in the old block, so each duplicate row keeps its own comment.
 */
function usable(v: unknown): v is string | number | boolean {
  return v !== '' && v !== null && v !== undefined;
}

export function commentsFor(old: OldBlock, grid: ReportGrid, byKeys: boolean): CommentsByRow {
  const out = new Map<number, string | number | boolean>();
  if (grid.commentColumn === undefined) return out;
  const byKey = new Map<string, unknown[]>();
  old.keys.forEach((key, i) => {
    if (typeof key !== 'string' || key === '') return;
    const list = byKey.get(key) ?? [];
    list.push(old.comments[i]);
    byKey.set(key, list);
  });
  const seen = new Map<string, number>();
  for (let i = 0; i < grid.rows.length; i++) {
    const k = byKeys ? grid.rowKeys?.[i] : grid.rows[i]?.[0]?.value;
    if (typeof k !== 'string' || k === '') continue;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    const c = byKey.get(k)?.[n];
    if (usable(c)) out.set(i, c);
  }
  return out;
}
