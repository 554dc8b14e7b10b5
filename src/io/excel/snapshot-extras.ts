import { parseRangeA1 } from '../../core/address';
import type { RangeRef } from '../../core/address';
import { halve, inSequence, packBlocks } from './chunks';
import type { RowBlock } from './chunks';
import { isPayloadLimit } from './errors';
import type { Limits, Supports } from './options';

/**
 * What the ledger checks need besides values, read within the sync budget:
 * - formulas, for the external-links check: only of the cells that hold one. Their addresses
 *   come with the geometry sync (Range.getSpecialCellsOrNullObject, ExcelApi 1.9; a null
 *   object when the sheet has none, as a ledger export usually has), then their formulas in
 *   syncs packed like the values. On older hosts the snapshot says it holds no formulas.
 * - hidden rows: the used range's rowHidden comes with the geometry sync (false: none hidden,
 *   the usual case, costs nothing more); a mixed answer (null) is narrowed by halving, one sync
 *   per level with at most MAX_PROBES ranges each, so a few hidden runs cost about log2(rows)
 *   small syncs.
 */
const MAX_PROBES = 5_000;
const BYTES_PER_FORMULA = 40;

export type Extras = { readonly formulaCells: Excel.RangeAreas | null };

export function queueExtras(used: Excel.Range, supports: Supports): Extras {
  used.load('rowHidden');
  if (!supports('ExcelApi', '1.9')) return { formulaCells: null };
  const cells = used.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas);
  cells.load('address');
  return { formulaCells: cells };
}

/** "Data!B2:B5,'Blad 1'!D7" → rectangles (commas inside a quoted sheet name are not separators). */
export function areasOf(address: string): RangeRef[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => parseRangeA1(p.slice(p.lastIndexOf('!') + 1).replace(/\$/g, ''))).filter((r): r is RangeRef => r !== null);
}

/** Formulas by row relative to (originRow, originCol): sparse, '' where a cell has none. */
export async function readFormulas(context: Excel.RequestContext, sheet: string, areas: readonly RangeRef[], origin: { row: number; col: number; cols: number }, limits: Limits): Promise<string[][]> {
  const out: string[][] = [];
  const items = areas.map((a, key) => ({ block: { key, ...a }, bytesPerCell: BYTES_PER_FORMULA }));
  const readSync = async (chunk: readonly RowBlock[]): Promise<void> => {
    const ranges = chunk.map((b) => context.workbook.worksheets.getItem(sheet).getRangeByIndexes(b.row, b.col, b.rows, b.cols).load('formulas'));
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || chunk.every((b) => b.rows < 2)) throw e;
      return inSequence(chunk.flatMap(halve).map((b) => [b]), readSync);
    }
    chunk.forEach((b, k) => {
      const f = ranges[k].formulas as unknown[][];
      for (let i = 0; i < b.rows; i++) {
        const r = b.row + i - origin.row;
        const row = (out[r] ??= new Array<string>(origin.cols).fill(''));
        for (let j = 0; j < b.cols; j++) row[b.col + j - origin.col] = typeof f[i][j] === 'string' && String(f[i][j]).startsWith('=') ? String(f[i][j]) : '';
      }
    });
  };
  await inSequence(packBlocks(items, limits.syncBudgetBytes, limits.maxCellsPerRead), readSync);
  return out;
}

type Span = { readonly row: number; readonly rows: number };

function split(s: Span): Span[] {
  const top = Math.ceil(s.rows / 2);
  return [{ row: s.row, rows: top }, { row: s.row + top, rows: s.rows - top }];
}

/** Sheet row indexes (0-based) of the hidden rows in a span whose rowHidden read `first`. */
export async function readHiddenRows(context: Excel.RequestContext, sheet: string, span: Span & { col: number }, first: boolean | null): Promise<number[]> {
  const hidden: number[] = [];
  const all = (s: Span): void => {
    for (let i = 0; i < s.rows; i++) hidden.push(s.row + i);
  };
  if (first === true) all(span);
  if (first !== null) return hidden;
  const level = async (pending: Span[]): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending.slice(0, MAX_PROBES);
    const rest = pending.slice(MAX_PROBES);
    const ranges = batch.map((s) => context.workbook.worksheets.getItem(sheet).getRangeByIndexes(s.row, span.col, s.rows, 1).load('rowHidden'));
    await context.sync();
    const next: Span[] = [];
    batch.forEach((s, i) => {
      const h = ranges[i].rowHidden;
      if (h === true) all(s);
      else if (h === null) next.push(...split(s));
    });
    await level([...rest, ...next]);
  };
  await level(split(span));
  return hidden.sort((a, b) => a - b);
}
