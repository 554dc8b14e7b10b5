import type { ReportGrid } from '../../core/grid';
import { draftsKey } from '../../core/commentary/refresh-commentary';
import { formatRecord, planKey } from './format-record';
import type { Prepared } from './write-chunks';
import { textInput } from './cell-input';
import { inSequence } from './chunks';
import type { Limits } from './options';
import { ExcelWriteError } from './errors';

/**
 * KR_Metadata inside Excel, in exactly the file adapter's scheme (src/io/xlsx/metadata.ts): a
 * very hidden sheet, A1 `kommunrapport-metadata v1`, one entry a row from row 2, the key in A and
 * its JSON text in B, C, … (at most 32 000 characters a cell). A KR_Metadata sheet without the
 * header is the user's and is never written into (readMetaState refuses: `metadata-sheet-taken`). So a workbook written by either
 * host is read by the other. Entries are read and written in size-bounded syncs: one million row
 * keys are some 20 MB of JSON, four times what a request may carry. The scheme's constants are
 * the file adapter's, repeated here so the adapter stands alone (its mutation check copies
 * src/io/excel by itself); test/unit/excel-meta-scheme.test.ts holds them equal.
 */
export const METADATA_SHEET = 'KR_Metadata';
export const META_HEADER = 'kommunrapport-metadata v1';
/** Characters of JSON per cell (a cell holds at most 32 767). */
export const META_CHUNK = 32_000;
export const rowKeysKey = (gridName: string): string => `rowKeys:${gridName}`;

/** One entry as it sits in the sheet: its 0-based row and the texts of B, C, … */
export type MetaEntry = { readonly row: number; readonly chunks: readonly string[] };

export type MetaState = {
  readonly exists: boolean;
  /** The entries asked for that are there (their rows read whole). */
  readonly entries: ReadonlyMap<string, MetaEntry>;
  /** The row a new key goes in: after the last entry. */
  readonly next: number;
};

/** One entry to write: where, what was there (null: nothing), what goes there (null: nothing). */
export type MetaChange = { readonly key: string; readonly row: number; readonly from: readonly string[] | null; readonly to: readonly string[] | null };

/** Rows of keys read per load, and the bytes one cell of JSON text may take in a request or response (32 000 characters, escaped). */
const KEY_BLOCK = 1024;
const CELL_BYTES = 64_100;
const OP_BYTES = 200;
/** Columns of a worksheet (A to XFD). */
const MAX_COLUMNS = 16_384;

const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/** A1 and the first block of keys (column A from row 2), to load along with other reads. */
export function keysBlock(context: Excel.RequestContext): Excel.Range {
  return context.workbook.worksheets.getItem(METADATA_SHEET).getRangeByIndexes(0, 0, 1 + KEY_BLOCK, 1);
}

/** Column A from row `row` down, 1 024 rows a load, to the first block that ends empty (one sync a block). */
async function moreKeys(context: Excel.RequestContext, row: number): Promise<string[]> {
  const r = context.workbook.worksheets.getItem(METADATA_SHEET).getRangeByIndexes(row, 0, KEY_BLOCK, 1).load('values');
  await context.sync();
  const keys = r.values.map((v) => text(v[0]));
  return keys[KEY_BLOCK - 1] === '' ? keys : [...keys, ...(await moreKeys(context, row + KEY_BLOCK))];
}

/**
 * The keys in column A from row 2 (`first`: keysBlock loaded already). A sheet without the header
 * in A1 is the user's own sheet of that name: ExcelWriteError('metadata-sheet-taken'), before
 * anything is written, so nothing of theirs is changed.
 */
async function readKeys(context: Excel.RequestContext, first: Excel.Range | undefined): Promise<string[]> {
  const r = first ?? keysBlock(context).load('values');
  if (first === undefined) await context.sync();
  const [header, ...keys] = r.values.map((v) => text(v[0]));
  if (header !== META_HEADER) throw new ExcelWriteError('metadata-sheet-taken', { sheet: METADATA_SHEET });
  return keys[KEY_BLOCK - 1] === '' ? keys : [...keys, ...(await moreKeys(context, 1 + KEY_BLOCK))];
}

type Pending = { readonly row: number; readonly col: number };

/** The cells B, C, … of the given rows, up to each row's first empty cell, a few columns a sync (one sync a round). */
async function readRows(context: Excel.RequestContext, pending: readonly Pending[], limits: Limits, out: Map<number, string[]>): Promise<Map<number, string[]>> {
  if (pending.length === 0) return out;
  const width = Math.max(1, Math.floor(limits.syncBudgetBytes / CELL_BYTES / pending.length));
  const loads = pending.map((p) => ({ p, r: context.workbook.worksheets.getItem(METADATA_SHEET).getRangeByIndexes(p.row, p.col, 1, Math.min(width, MAX_COLUMNS - p.col)).load('values') }));
  await context.sync();
  const next = loads.flatMap(({ p, r }) => {
    const cells = r.values[0].map(text);
    const end = cells.indexOf('');
    out.set(p.row, [...(out.get(p.row) ?? []), ...(end < 0 ? cells : cells.slice(0, end))]);
    return end < 0 && p.col + cells.length < MAX_COLUMNS ? [{ row: p.row, col: p.col + cells.length }] : [];
  });
  return readRows(context, next, limits, out);
}

/**
 * The entries under `keys`, read whole. `exists` is whether the sheet is there when the caller
 * already knows (one sync less); otherwise one sync asks. `first`: keysBlock(context) loaded by
 * the caller in an earlier sync (one sync less again).
 */
export async function readMetaState(context: Excel.RequestContext, keys: readonly string[], limits: Limits, exists?: boolean, first?: Excel.Range): Promise<MetaState> {
  let there = exists;
  if (there === undefined) {
    const ws = context.workbook.worksheets.getItemOrNullObject(METADATA_SHEET);
    await context.sync();
    there = !ws.isNullObject;
  }
  if (!there) return { exists: false, entries: new Map(), next: 1 };
  const column = await readKeys(context, first);
  const last = column.reduce((at, k, i) => (k !== '' ? i : at), -1);
  const found = keys.flatMap((k) => {
    const i = column.indexOf(k);
    return i >= 0 ? [{ key: k, row: i + 1 }] : [];
  });
  const cells = await readRows(context, found.map((f) => ({ row: f.row, col: 1 })), limits, new Map());
  return { exists: true, entries: new Map(found.map((f) => [f.key, { row: f.row, chunks: cells.get(f.row) ?? [] }])), next: last + 2 };
}

/** The keys of a block's entries: its row keys, drafted commentary and format record. */
export function blockKeys(name: string): string[] {
  return [rowKeysKey(name), draftsKey(name), planKey(name)];
}

/**
 * The entries a write of `grid` under `name` stores: its row keys (null when none, as the file
 * adapter writes), its drafts when it has any, and the format record of the write (format-record.ts).
 */
export function blockEntries(grid: ReportGrid, name: string, write: Prepared): [string, unknown][] {
  const out: [string, unknown][] = [[rowKeysKey(name), grid.rowKeys ?? null]];
  if (grid.drafts !== undefined) out.push([draftsKey(name), grid.drafts]);
  out.push([planKey(name), formatRecord(write.plan, write.chunks.map((c) => c.from))]);
  return out;
}

/** The JSON text of `value` cut into cells as the file adapter cuts it. */
export function chunksOf(value: unknown): string[] {
  const text = JSON.stringify(value) ?? 'null';
  const out: string[] = [];
  for (let i = 0; i < text.length; i += META_CHUNK) out.push(text.slice(i, i + META_CHUNK));
  return out;
}

/** What writing these values changes: an existing entry in its row, a new key after the last. */
export function metaChanges(state: MetaState, values: readonly (readonly [string, unknown])[]): MetaChange[] {
  let next = state.next;
  return values.map(([key, value]) => {
    const old = state.entries.get(key);
    return { key, row: old ? old.row : next++, from: old ? old.chunks : null, to: chunksOf(value) };
  });
}

/**
 * The writes that put one side of the changes in the sheet, cut into syncs of at most the sync
 * budget: each function queues one sync's operations. `create` starts with adding the very
 * hidden sheet and its header (a new sheet, so there is nothing to clear).
 */
export type MetaBatch = { readonly queue: () => void; readonly bytes: number };

export function metaBatches(context: Excel.RequestContext, changes: readonly MetaChange[], side: 'from' | 'to', limits: Limits, create: boolean): MetaBatch[] {
  const ws = (): Excel.Worksheet => context.workbook.worksheets.getItem(METADATA_SHEET);
  const ops: { bytes: number; queue: () => void }[] = [];
  if (create) {
    ops.push({
      bytes: OP_BYTES * 3,
      queue: () => {
        const sheet = context.workbook.worksheets.add(METADATA_SHEET);
        sheet.visibility = 'VeryHidden';
        sheet.getRangeByIndexes(0, 0, 1, 1).formulas = [[textInput(META_HEADER)]];
      },
    });
  }
  const budget = Math.max(CELL_BYTES, limits.syncBudgetBytes * 0.8);
  for (const c of changes) {
    const cells = c[side];
    ops.push({
      bytes: OP_BYTES * 2 + c.key.length,
      queue: () => {
        // The whole row: a stale cell after a gap would otherwise join the JSON once the entry grows into the gap.
        if (!create) ws().getRangeByIndexes(c.row, 0, 1, MAX_COLUMNS).clear('Contents');
        if (cells !== null) ws().getRangeByIndexes(c.row, 0, 1, 1).formulas = [[textInput(c.key)]];
      },
    });
    // Contiguous cells of the row in one range write each, as many as fit the budget.
    let from = 0;
    while (cells !== null && from < cells.length) {
      let to = from;
      let bytes = OP_BYTES;
      while (to < cells.length && (to === from || bytes + JSON.stringify(cells[to]).length + 4 <= budget)) bytes += JSON.stringify(cells[to++]).length + 4;
      const [start, part] = [from, cells.slice(from, to)];
      ops.push({ bytes, queue: () => void (ws().getRangeByIndexes(c.row, 1 + start, 1, part.length).formulas = [part.map(textInput)]) });
      from = to;
    }
  }
  const batches: { queues: (() => void)[]; bytes: number }[] = [];
  for (const op of ops) {
    const last = batches[batches.length - 1];
    if (last === undefined || last.bytes + op.bytes > budget) batches.push({ queues: [op.queue], bytes: op.bytes });
    else {
      last.queues.push(op.queue);
      last.bytes += op.bytes;
    }
  }
  return batches.map((b) => ({ queue: () => b.queues.forEach((q) => q()), bytes: b.bytes }));
}

/** Runs batches, one sync each. */
export async function runBatches(context: Excel.RequestContext, batches: readonly MetaBatch[]): Promise<void> {
  await inSequence(batches, async (b) => {
    b.queue();
    await context.sync();
  });
}

/**
 * The batches split into what rides along in another sync (one batch of at most a tenth of the
 * budget) and what needs syncs of its own.
 */
export function rideAlong(batches: readonly MetaBatch[], limits: Limits): { along: MetaBatch | null; own: readonly MetaBatch[] } {
  return batches.length === 1 && batches[0].bytes <= limits.syncBudgetBytes / 10 ? { along: batches[0], own: [] } : { along: null, own: batches };
}
