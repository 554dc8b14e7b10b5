import { inSequence } from './chunks';
import { planOfRecord, recordFor, samples, sameLook } from './format-record';
import type { FormatRecord } from './format-record';
import type { Supports } from './options';
import type { OldBlock } from './refresh-read';
import { queueConditionalFormats, queueFormatting } from './write-block';

/**
 * The ExcelApi 1.7–1.8 half of a refresh's restore (refresh.ts): before the block is rewritten
 * in place, whether its format record (format-record.ts) still describes it; after a failure,
 * the record's formats put back.
 */

/**
 * The old block's format record, when its sampled cells look as the record says (one sync of a
 * few small loads); null when there is none or the block was formatted otherwise (format-record.ts).
 */
export async function checkedRecord(context: Excel.RequestContext, ws: Excel.Worksheet, old: OldBlock, stored: unknown): Promise<FormatRecord | null> {
  const record = recordFor(stored, old.rows, old.cols);
  if (record === null) return null;
  const cells = samples(record, { row: old.row, col: old.col }).map((s) => {
    const f = ws.getRangeByIndexes(s.row, s.col, 1, 1).format;
    f.fill.load('color');
    f.font.load('color,bold,italic');
    return { s, f };
  });
  await context.sync();
  return cells.every(({ s, f }) => sameLook(s.look, { fill: f.fill.color, color: f.font.color, bold: f.font.bold, italic: f.font.italic })) ? record : null;
}

/** Re-applies the old block's formats from its record, cut into the row chunks it was written in, one sync each (ExcelApi 1.7–1.8 restore). */
export async function restoreFormats(context: Excel.RequestContext, ws: Excel.Worksheet, supports: Supports, old: OldBlock, record: FormatRecord): Promise<void> {
  const plan = planOfRecord(record, { row: old.row, col: old.col });
  const starts = record.chunks.length > 0 ? record.chunks : [0];
  const chunks = starts.map((from, i) => ({ from, to: starts[i + 1] ?? record.rows }));
  await inSequence(chunks, async (rows, i) => {
    queueFormatting(ws, plan, supports, rows);
    if (i === 0) queueConditionalFormats(ws, plan);
    await context.sync();
  });
}
