import type { ReportGrid } from '../../core/grid';
import type { KeptParagraph } from '../../core/port';
import { draftsKey, oldCommentary, refreshCommentary } from '../../core/commentary/refresh-commentary';
import type { SettingsStore } from './options';

/**
 * Drafted commentary in Excel (docs/commentary.md): the texts the add-in drafted for a block are
 * kept in KR_Metadata under drafts:<name>, as the file adapter keeps them, written with the
 * block. Workbooks of an earlier version kept them in the document's settings under
 * `kommunrapport.drafts:<name>`; that is read when KR_Metadata has none. On refresh the old
 * block's commentary rows (their first cell and their row key), read in the refresh's own read
 * step, go through core's refreshCommentary, which decides which paragraphs are the user's.
 */
export const legacyDraftsSetting = (name: string): string => `kommunrapport.${draftsKey(name)}`;

export type OldCommentary = {
  /** The row keys the old block was written with, per row (undefined: none). */
  readonly storedKeys: unknown;
  /** Per old row: its first cell. */
  readonly firstColumn: readonly unknown[];
  /** What KR_Metadata holds under drafts:<name> (undefined: nothing). */
  readonly drafts: unknown;
};

/** The grid to write on refresh: the user's edited paragraphs in place of the new drafts. */
export function withUserCommentary(grid: ReportGrid, old: OldCommentary, store: SettingsStore | undefined): { grid: ReportGrid; kept: KeptParagraph[] } {
  if (grid.drafts === undefined) return { grid, kept: [] };
  const texts = oldCommentary(old.storedKeys, old.firstColumn);
  const stored = old.drafts !== undefined ? old.drafts : (store?.get(legacyDraftsSetting(grid.name)) ?? null);
  const merged = refreshCommentary(grid, texts, stored);
  return { grid: merged.grid, kept: merged.edited.map((e) => ({ key: e.key, numbersChanged: e.numbersChanged })) };
}
