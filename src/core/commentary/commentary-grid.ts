import type { GridCell, ReportGrid } from '../grid';
import type { Lang } from '../i18n/types';
import type { Paragraph } from './commentary-types';
import { paragraphKey } from './commentary-types';
import type { CommentaryMerge, MergedParagraph } from './merge-commentary';

/**
 * The commentary under a report table: a heading row, then one row per paragraph, its text in
 * the first column (it runs on over the empty cells to its right). Drafted text carries the
 * 'draft' style (italic, grey) so it reads as a proposal; text the user wrote is plain. Row
 * keys: 'commentary-heading', then paragraphKey per paragraph (what the refresh merge matches).
 */
export const COMMENTARY_HEADING_KEY = 'commentary-heading';
const PREFIX = 'commentary:';

export const COMMENTARY_HEADING: Record<Lang, string> = {
  sv: 'Kommentar (utkast från Kommunrapport: granska och redigera texten)',
  en: 'Commentary (draft by Kommunrapport: review and edit the text)',
};

export function isCommentaryKey(key: string | null | undefined): boolean {
  return typeof key === 'string' && (key.startsWith(PREFIX) || key === COMMENTARY_HEADING_KEY);
}

function pad(cells: GridCell[], width: number): GridCell[] {
  return [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => ({}))];
}

export type CommentaryRows = { rows: GridCell[][]; keys: string[]; drafts: Record<string, string> };

export function commentaryRows(paragraphs: readonly MergedParagraph[], lang: Lang, width: number): CommentaryRows {
  const rows = [pad([{ value: COMMENTARY_HEADING[lang], style: 'subtitle' }], width)];
  const keys = [COMMENTARY_HEADING_KEY];
  const drafts: Record<string, string> = {};
  for (const p of paragraphs) {
    rows.push(pad([{ value: p.text, style: p.origin === 'draft' ? 'draft' : 'line' }], width));
    keys.push(p.key);
    if (p.origin === 'draft') drafts[p.key] = p.text;
  }
  return { rows, keys, drafts };
}

/** Fresh drafts as merged paragraphs (what an insert writes). */
export function asDrafts(paragraphs: readonly Paragraph[]): MergedParagraph[] {
  return paragraphs.map((p) => ({ key: paragraphKey(p), text: p.text, origin: 'draft' }));
}

/** The grid's drafted paragraphs, by key, in order: the `newDrafts` of mergeCommentary. */
export function gridDrafts(grid: ReportGrid): { key: string; text: string }[] {
  const keys = grid.rowKeys ?? [];
  return keys.flatMap((k, i) => (k !== null && k.startsWith(PREFIX) ? [{ key: k, text: String(grid.rows[i]?.[0]?.value ?? '') }] : []));
}

/**
 * The grid with its commentary rows replaced by the merge's paragraphs (drafts and the user's
 * kept text), at the same place; `drafts` becomes what the writer stores for the next refresh.
 */
export function applyCommentaryMerge(grid: ReportGrid, merge: CommentaryMerge, lang: Lang): ReportGrid {
  const keys = grid.rowKeys ?? grid.rows.map(() => null);
  const first = keys.findIndex((k) => isCommentaryKey(k));
  const at = first < 0 ? grid.rows.length : first;
  const keptRows = grid.rows.filter((_, i) => !isCommentaryKey(keys[i]));
  const keptKeys = keys.filter((k) => !isCommentaryKey(k));
  const before = keys.slice(0, at).filter((k) => !isCommentaryKey(k)).length;
  const c = commentaryRows(merge.paragraphs, lang, grid.columnWidths.length);
  const body = merge.paragraphs.length > 0 ? c : { rows: [], keys: [] };
  return {
    ...grid,
    rows: [...keptRows.slice(0, before), ...body.rows, ...keptRows.slice(before)],
    rowKeys: [...keptKeys.slice(0, before), ...body.keys, ...keptKeys.slice(before)],
    drafts: { ...merge.store },
  };
}
