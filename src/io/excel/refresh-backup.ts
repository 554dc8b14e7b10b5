import { halve, inSequence, packBlocks } from './chunks';
import type { RowBlock } from './chunks';
import { isPayloadLimit } from './errors';
import type { Limits } from './options';

/**
 * The old block's contents and number formats, for hosts without Range.copyFrom (ExcelApi
 * below 1.9), where refresh must rewrite the block in place and can restore it only from what
 * it read. Read and written back in syncs bounded by the sync budget. Text goes back behind an
 * apostrophe so a text '00123' or '=x' stays text.
 */
export type Rect = { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
export type CellBackup = { readonly rect: Rect; readonly formulas: unknown[][]; readonly formats: unknown[][] };

const BYTES_PER_CELL = 40;

export async function readBackup(context: Excel.RequestContext, sheet: string, rect: Rect, limits: Limits): Promise<CellBackup> {
  const formulas: unknown[][] = new Array(rect.rows);
  const formats: unknown[][] = new Array(rect.rows);
  const readSync = async (chunk: readonly RowBlock[]): Promise<void> => {
    const ranges = chunk.map((b) => context.workbook.worksheets.getItem(sheet).getRangeByIndexes(b.row, b.col, b.rows, b.cols).load('formulas,numberFormat'));
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || chunk.every((b) => b.rows < 2)) throw e;
      return inSequence(chunk.flatMap(halve).map((b) => [b]), readSync);
    }
    chunk.forEach((b, i) => {
      const f = ranges[i].formulas as unknown[][];
      const n = ranges[i].numberFormat as unknown[][];
      for (let r = 0; r < b.rows; r++) {
        formulas[b.row - rect.row + r] = f[r];
        formats[b.row - rect.row + r] = n[r];
      }
    });
  };
  const plan = packBlocks([{ block: { key: 0, ...rect }, bytesPerCell: BYTES_PER_CELL }], limits.syncBudgetBytes, limits.maxCellsPerRead);
  await inSequence(plan, readSync);
  return { rect, formulas, formats };
}

function asInput(v: unknown): unknown {
  return typeof v === 'string' && v !== '' && !v.startsWith('=') ? `'${v}` : v;
}

/** Queues the backup back into place, one sync per chunk of rows. */
export async function writeBackup(context: Excel.RequestContext, sheet: string, b: CellBackup, limits: Limits): Promise<void> {
  const plan = packBlocks([{ block: { key: 0, ...b.rect }, bytesPerCell: BYTES_PER_CELL }], limits.syncBudgetBytes, limits.maxCellsPerRead);
  await inSequence(plan, async (chunk) => {
    for (const c of chunk) {
      const at = c.row - b.rect.row;
      const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(c.row, c.col, c.rows, c.cols);
      range.numberFormat = b.formats.slice(at, at + c.rows) as string[][];
      range.formulas = b.formulas.slice(at, at + c.rows).map((r) => r.map(asInput)) as string[][];
    }
    await context.sync();
  });
}
