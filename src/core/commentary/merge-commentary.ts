/**
 * Uppdatera with drafted commentary: rewrite the paragraphs the add-in drafted, keep the ones
 * the user has edited. Pure: the writer passes what the sheet holds now, what it drafted last
 * time (stored beside the block's row keys) and the new drafts, and writes what comes back.
 *
 * Per paragraph key (see paragraphKey):
 * - no cell for it yet: the new draft;
 * - the cell still holds the last draft (or already the new one): the new draft;
 * - otherwise the user wrote it: their text stays, reported in `edited`, with `numbersChanged`
 *   when the new draft differs from the last one (the figures under their text moved) and
 *   `orphaned` when the topic no longer has a draft (a line that left the report); an empty cell
 *   the user cleared stays empty. Unedited paragraphs whose topic is gone are dropped.
 * Texts compare with white space collapsed (a host may turn a no-break space into a space).
 */
export type MergedParagraph = { readonly key: string; readonly text: string; readonly origin: 'draft' | 'user' };

export type EditedParagraph = { readonly key: string; readonly numbersChanged: boolean; readonly orphaned: boolean };

export type CommentaryMerge = {
  /** What to write, in order: the new drafts' order, then the user's orphaned paragraphs in their old order. */
  readonly paragraphs: readonly MergedParagraph[];
  readonly edited: readonly EditedParagraph[];
  /** What to store as "last drafted" for the next refresh (the new drafts). */
  readonly store: Readonly<Record<string, string>>;
};

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export function mergeCommentary(
  oldCellTexts: ReadonlyMap<string, string>,
  storedDrafts: Readonly<Record<string, string>>,
  newDrafts: readonly { readonly key: string; readonly text: string }[],
): CommentaryMerge {
  const paragraphs: MergedParagraph[] = [];
  const edited: EditedParagraph[] = [];
  const store: Record<string, string> = {};
  const isEdit = (key: string, old: string) => {
    const last = storedDrafts[key];
    return last === undefined ? old.trim() !== '' : !same(old, last);
  };
  const fresh = new Set<string>();
  for (const { key, text } of newDrafts) {
    fresh.add(key);
    store[key] = text;
    const old = oldCellTexts.get(key);
    if (old === undefined || same(old, text) || !isEdit(key, old)) {
      paragraphs.push({ key, text, origin: 'draft' });
      continue;
    }
    const last = storedDrafts[key];
    paragraphs.push({ key, text: old, origin: 'user' });
    edited.push({ key, numbersChanged: last === undefined || !same(last, text), orphaned: false });
  }
  for (const [key, old] of oldCellTexts) {
    if (fresh.has(key) || old.trim() === '' || !isEdit(key, old)) continue;
    paragraphs.push({ key, text: old, origin: 'user' });
    edited.push({ key, numbersChanged: true, orphaned: true });
  }
  return { paragraphs, edited, store };
}
