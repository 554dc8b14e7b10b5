import type { ReportGrid } from '../grid';
import { fittingKeys } from '../block/comments';
import type { Lang } from '../i18n/types';
import { COMMENTARY_HEADING, COMMENTARY_HEADING_KEY, applyCommentaryMerge, gridDrafts } from './commentary-grid';
import { mergeCommentary } from './merge-commentary';
import type { EditedParagraph } from './merge-commentary';

/** Where a writer keeps the drafted texts of a block (beside its row keys). */
export const draftsKey = (gridName: string): string => `drafts:${gridName}`;

const PREFIX = 'commentary:';

/** The language of the grid's own commentary heading (what the new drafts are written in). */
function langOf(grid: ReportGrid): Lang {
  const at = (grid.rowKeys ?? []).indexOf(COMMENTARY_HEADING_KEY);
  return at >= 0 && grid.rows[at]?.[0]?.value === COMMENTARY_HEADING.en ? 'en' : 'sv';
}

/**
 * The old block's commentary texts by row key: what a writer read from the sheet (the block's
 * first column, one cell per old row) and the keys it stored. Keys that no longer fit the block
 * (a row inserted into it by hand) say nothing about its rows: no texts, as for a block without keys.
 */
export function oldCommentary(storedKeys: unknown, firstColumn: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  const keys = fittingKeys(storedKeys, firstColumn.length);
  if (!keys) return out;
  keys.forEach((k, i) => {
    if (typeof k !== 'string' || !k.startsWith(PREFIX)) return;
    const v = firstColumn[i];
    out.set(k, typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  });
  return out;
}

function asDraftRecord(v: unknown): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * What a writer writes on refresh instead of the new grid: its commentary rows with every
 * paragraph the user edited kept (docs/commentary.md). `oldTexts` comes from oldCommentary,
 * `stored` is what was kept under draftsKey at the last write. The grid's `drafts` is what to
 * store now; `edited` says which paragraphs are the user's.
 */
export function refreshCommentary(grid: ReportGrid, oldTexts: ReadonlyMap<string, string>, stored: unknown): { grid: ReportGrid; edited: readonly EditedParagraph[] } {
  const fresh = gridDrafts(grid);
  if (fresh.length === 0 && oldTexts.size === 0) return { grid, edited: [] };
  const merge = mergeCommentary(oldTexts, asDraftRecord(stored), fresh);
  if (merge.edited.length === 0 && fresh.length === merge.paragraphs.length) return { grid: { ...grid, drafts: { ...merge.store } }, edited: [] };
  return { grid: applyCommentaryMerge(grid, merge, langOf(grid)), edited: merge.edited };
}
