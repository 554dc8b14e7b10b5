import type { ReportGrid } from '../../core/grid';
import type { KeptParagraph } from '../../core/port';
import { draftsKey, oldCommentary, refreshCommentary } from '../../core/commentary/refresh-commentary';
import type { SettingsStore } from './options';
import { sheetOf } from './refresh-read';
import { parseNameComment } from './write-block';

/**
 * Drafted commentary in Excel (docs/commentary.md): the texts the add-in drafted for a block are
 * kept in the document's settings under drafts:<name>; on refresh the old block's commentary rows
 * are read (their first cell and their key in the hidden key column) and core's
 * refreshCommentary decides which paragraphs are the user's and stay.
 */
const settingKey = (name: string): string => `kommunrapport.${draftsKey(name)}`;

/** The old block's commentary texts by row key, in one small batch; empty when it has none. */
async function readOldCommentary(run: typeof Excel.run, grid: ReportGrid): Promise<Map<string, string>> {
  return run(async (context) => {
    const named = context.workbook.names.getItemOrNullObject(grid.name);
    named.load('comment');
    const range = named.getRangeOrNullObject();
    range.load('address,rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (named.isNullObject || range.isNullObject || !parseNameComment(named.comment).keys) return new Map<string, string>();
    const ws = context.workbook.worksheets.getItem(sheetOf(range.address));
    const first = ws.getRangeByIndexes(range.rowIndex, range.columnIndex, range.rowCount, 1).load('values');
    const keys = ws.getRangeByIndexes(range.rowIndex, range.columnIndex + range.columnCount - 1, range.rowCount, 1).load('values');
    await context.sync();
    return oldCommentary(
      keys.values.map((r) => r[0]),
      (i) => first.values[i]?.[0],
    );
  });
}

/** The grid to write on refresh: the user's edited paragraphs in place of the new drafts. */
export async function withUserCommentary(run: typeof Excel.run, store: SettingsStore | undefined, grid: ReportGrid): Promise<{ grid: ReportGrid; kept: KeptParagraph[] }> {
  if (grid.drafts === undefined) return { grid, kept: [] };
  const old = await readOldCommentary(run, grid);
  const merged = refreshCommentary(grid, old, store?.get(settingKey(grid.name)) ?? null);
  return { grid: merged.grid, kept: merged.edited.map((e) => ({ key: e.key, numbersChanged: e.numbersChanged })) };
}

/**
 * Remembers what was drafted for the block written under `name`. If the document's settings
 * cannot be saved, the write itself stands: the next refresh then takes the drafts now in the
 * sheet for the user's own text and keeps them (no text is lost; they are only not redrafted).
 */
export async function rememberDrafts(store: SettingsStore | undefined, grid: ReportGrid, name: string): Promise<void> {
  if (!store || grid.drafts === undefined) return;
  store.set(settingKey(name), grid.drafts);
  await new Promise<void>((resolve) => store.saveAsync(() => resolve()));
}
