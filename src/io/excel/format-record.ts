import type { Anchor, BlockPlan } from '../../core/block/plan';
import type { ConditionalFormat, StyleToken } from '../../core/grid';
import { GRID_STYLES } from '../grid-style';

/**
 * What a host without Range.copyFrom (ExcelApi 1.7–1.8) needs to put an old block's formats back
 * when a refresh fails: the block plan's formatting (style tokens, alignments, indents,
 * conditional formats, as rectangles relative to the block), kept in KR_Metadata under
 * `plan:<name>` beside the row keys. Such a host cannot read fills, fonts and borders back
 * within the sync budget, but the add-in wrote them from this plan, so it re-applies it.
 *
 * The record describes the block as the add-in wrote it. Another writer (the file adapter) may
 * rewrite the block and leave the record behind, so before a refresh on such a host touches the
 * block it reads the fill, font colour, bold and italic of a few cells (the first cell of up to
 * 64 of the record's style rectangles, `samples`) and keeps the record only when each looks as
 * its style token says: then the block's formats are the record's. Format changes the user made
 * by hand elsewhere in the block are not in the record and are not put back on these hosts.
 */
type R = readonly [number, number, number, number];

export type FormatRecord = {
  readonly v: 1;
  readonly rows: number;
  readonly cols: number;
  /**
   * The first row of each chunk the block was written in. A rectangle is formatted per chunk,
   * so a border of a rectangle that spans chunks lies where the chunks begin; the restore cuts
   * at the same rows to put back exactly those borders.
   */
  readonly chunks: readonly number[];
  readonly styles: readonly (readonly [StyleToken, ...R])[];
  readonly horizontal: readonly (readonly ['left' | 'center' | 'right', ...R])[];
  readonly indents: readonly (readonly [number, ...R])[];
  readonly cf: readonly { readonly rect: R; readonly format: ConditionalFormat }[];
};

export const planKey = (name: string): string => `plan:${name}`;

const rel = (a: Anchor, r: { row: number; col: number; rows: number; cols: number }): R => [r.row - a.row, r.col - a.col, r.rows, r.cols];

/** The record of a block written from `plan` in row chunks starting at `chunks`. */
export function formatRecord(plan: BlockPlan, chunks: readonly number[]): FormatRecord {
  const a = plan.anchor;
  return {
    v: 1,
    rows: plan.rows,
    cols: plan.cols,
    chunks,
    styles: plan.styles.map((s) => [s.token, ...rel(a, s.rect)] as const),
    horizontal: plan.horizontal.map((s) => [s.align, ...rel(a, s.rect)] as const),
    indents: plan.indents.map((s) => [s.level, ...rel(a, s.rect)] as const),
    cf: plan.conditionalFormats.map((c) => ({ rect: rel(a, c.rect), format: c.format })),
  };
}

/** The parts of a plan the formatting writers need, at `anchor`, from a record. */
export type FormatPlan = Pick<BlockPlan, 'anchor' | 'styles' | 'horizontal' | 'indents' | 'conditionalFormats'>;

export function planOfRecord(r: FormatRecord, anchor: Anchor): FormatPlan {
  const at = (x: R): { row: number; col: number; rows: number; cols: number } => ({ row: anchor.row + x[0], col: anchor.col + x[1], rows: x[2], cols: x[3] });
  return {
    anchor,
    styles: r.styles.map(([token, ...x]) => ({ token, rect: at(x) })),
    horizontal: r.horizontal.map(([align, ...x]) => ({ align, rect: at(x) })),
    indents: r.indents.map(([level, ...x]) => ({ level, rect: at(x) })),
    conditionalFormats: r.cf.map((c) => ({ rect: at(c.rect), format: c.format })),
  };
}

/** A stored record, when it is one of this version's and describes a block of `rows` × `cols`. */
export function recordFor(value: unknown, rows: number, cols: number): FormatRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as FormatRecord;
  const ok = r.v === 1 && r.rows === rows && r.cols === cols && [r.chunks, r.styles, r.horizontal, r.indents, r.cf].every(Array.isArray);
  return ok ? r : null;
}

/** What Range.format reads for a token's cell: fill and font colour ('#FFFFFF' no fill, '#000000' the automatic font), bold, italic. */
export type Look = { readonly fill: string; readonly color: string; readonly bold: boolean; readonly italic: boolean };

export type Sample = { readonly row: number; readonly col: number; readonly look: Look };

export function lookOf(token: StyleToken): Look {
  const s = GRID_STYLES[token];
  return { fill: (s.fill ?? '#FFFFFF').toUpperCase(), color: (s.fontColor ?? '#000000').toUpperCase(), bold: s.bold, italic: s.italic };
}

/** The first cell of up to `max` style rectangles, spread over the record, at `anchor`. */
export function samples(r: FormatRecord, anchor: Anchor, max = 64): Sample[] {
  const step = Math.max(1, Math.ceil(r.styles.length / max));
  return r.styles.filter((_, i) => i % step === 0).map(([token, row, col]) => ({ row: anchor.row + row, col: anchor.col + col, look: lookOf(token) }));
}

export function sameLook(a: Look, b: { fill: unknown; color: unknown; bold: unknown; italic: unknown }): boolean {
  return String(b.fill).toUpperCase() === a.fill && String(b.color).toUpperCase() === a.color && b.bold === a.bold && b.italic === a.italic;
}
