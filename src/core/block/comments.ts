import type { ReportGrid } from '../grid';
import type { DroppedComment } from '../port';

/**
 * Which Kommentar goes to which new row on refresh, and which has no row any more. Rows are
 * matched by key: the stored row keys when they still fit the old block (one per row: a row the
 * user inserted into the block by hand makes them stale) and the new grid has keys, else the
 * label in the first column (a block written by an earlier version or by hand, or edited since).
 * A key that occurs several times is matched by occurrence: the n-th row with that key in the new
 * grid gets the comment of the n-th row with that key in the old block, so each duplicate row
 * keeps its own comment. Both writers pass what they read; this decides.
 */
export type Existing = {
  /** The row keys the old block was written with, as read (KR_Metadata or an older key column); anything else: none. */
  readonly storedKeys: unknown;
  /** Per old row: its first cell (the label, or a commentary paragraph). */
  readonly firstColumn: readonly unknown[];
  /** Per old row: its Kommentar cell ('' or null when empty). */
  readonly comments: readonly unknown[];
};

export type KeptComments = ReadonlyMap<number, string | number | boolean>;

/** The stored keys when they describe the old block of `rows` rows (one per row), else null. */
export function fittingKeys(storedKeys: unknown, rows: number): readonly unknown[] | null {
  return Array.isArray(storedKeys) && storedKeys.length === rows ? storedKeys : null;
}

function usable(v: unknown): v is string | number | boolean {
  return v !== '' && v !== null && v !== undefined && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}

function text(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

export function matchComments(old: Existing, grid: ReportGrid): { kept: KeptComments; dropped: readonly DroppedComment[] } {
  const kept = new Map<number, string | number | boolean>();
  if (grid.commentColumn === undefined) return { kept, dropped: [] };
  const stored = grid.rowKeys !== undefined ? fittingKeys(old.storedKeys, old.firstColumn.length) : null;
  const oldKey = (i: number): unknown => (stored ? stored[i] : old.firstColumn[i]);
  const byKey = new Map<string, number[]>();
  old.firstColumn.forEach((_, i) => {
    const key = oldKey(i);
    if (typeof key !== 'string' || key === '') return;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  const seen = new Map<string, number>();
  for (let i = 0; i < grid.rows.length; i++) {
    const k = stored ? grid.rowKeys?.[i] : grid.rows[i]?.[0]?.value;
    if (typeof k !== 'string' || k === '') continue;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    const from = byKey.get(k)?.[n];
    if (from === undefined) continue;
    used.add(from);
    const c = old.comments[from];
    if (usable(c)) kept.set(i, c);
  }
  // The new block's own texts in the column (its heading 'Kommentar') are not the user's.
  const own = new Set(grid.rows.map((r) => text(r[grid.commentColumn as number]?.value)));
  const dropped = old.comments.flatMap((c, i) => {
    const key = oldKey(i);
    if (used.has(i) || !usable(c) || typeof key !== 'string' || key === '' || own.has(text(c))) return [];
    return [{ label: text(old.firstColumn[i]), text: text(c) }];
  });
  return { kept, dropped };
}
