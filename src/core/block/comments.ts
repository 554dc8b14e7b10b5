import type { ReportGrid } from '../grid';

/**
 * Which Kommentar goes to which new row on refresh. Rows are matched by key: the row keys when
 * the old block recorded them, else the label in the first column (a block written by an
 * earlier version or by hand). A key that occurs several times is matched by occurrence: the
 * n-th row with that key in the new grid gets the comment of the n-th row with that key in the
 * old block, so each duplicate row keeps its own comment.
 */
export type Existing = {
  /** Per old row: its key (row key, or label). */
  readonly keys: readonly unknown[];
  /** Per old row: its Kommentar cell ('' or null when empty). */
  readonly comments: readonly unknown[];
  /** Match by the grid's rowKeys (true) or by the first column's label (false). */
  readonly byKeys: boolean;
};

export type KeptComments = ReadonlyMap<number, string | number | boolean>;

function usable(v: unknown): v is string | number | boolean {
  return v !== '' && v !== null && v !== undefined && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}

export function keptComments(old: Existing, grid: ReportGrid): KeptComments {
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
    const k = old.byKeys ? grid.rowKeys?.[i] : grid.rows[i]?.[0]?.value;
    if (typeof k !== 'string' || k === '') continue;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    const c = byKey.get(k)?.[n];
    if (usable(c)) out.set(i, c);
  }
  return out;
}
