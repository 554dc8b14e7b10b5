import { parseRangeA1, rangeA1 } from '../address';
import type { ConditionalFormat, GridCell, ReportGrid, StyleToken } from '../grid';
import { matchComments } from './comments';
import type { Existing, KeptComments } from './comments';
import type { DroppedComment } from '../port';
import { rectsBy } from './runs';
import type { Rect } from './runs';
import { LINE_HEIGHT, wrappedLines } from './wrap';

/**
 * The block plan: everything a writer does to put a ReportGrid on a sheet at `anchor`, decided
 * once, so the Office.js writer and the file writer execute the same decisions. Rectangles are
 * sheet positions (0-based, the anchor added). The look of a style token (font, fill, borders,
 * its own alignment) stays in io/grid-style's table; the plan says where each token goes and
 * the alignments that depend on the layout: headings over amount columns right, indented
 * labels left, cells under a conditional format centred.
 */
export type Anchor = { readonly row: number; readonly col: number };
export type Horizontal = 'left' | 'center' | 'right';

export type BlockPlan = {
  readonly anchor: Anchor;
  /** The grid's size; `cols` includes the hidden key column when keys go in a column. */
  readonly rows: number;
  readonly cols: number;
  readonly address: string;
  /** Formulas move by this much (core/address shiftFormula); text is written as text. */
  readonly shift: { readonly rows: number; readonly cols: number };
  readonly styles: readonly { readonly token: StyleToken; readonly rect: Rect }[];
  readonly horizontal: readonly { readonly align: Horizontal; readonly rect: Rect }[];
  readonly indents: readonly { readonly level: number; readonly rect: Rect }[];
  readonly conditionalFormats: readonly { readonly rect: Rect; readonly format: ConditionalFormat }[];
  /** Width in characters as Excel shows them, and in pixels (7 px a character + 5 px padding, Calibri 11). */
  readonly columns: readonly { readonly col: number; readonly characters: number; readonly pixels: number }[];
  readonly rowHeights: readonly { readonly row: number; readonly points: number }[];
  /** Panes frozen above sheet row `rows` and left of sheet column `columns` (counts from the sheet's edge). */
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly print: { readonly paper: 'A4'; readonly landscape: boolean; readonly fitToWidth: boolean } | null;
  readonly name: { readonly name: string; readonly address: string };
  /** Where the row keys go: a hidden column right of the grid, or KR_Metadata under `rowKeys:<name>`. */
  readonly keys: { readonly kind: 'column'; readonly col: number } | { readonly kind: 'metadata'; readonly key: string; readonly value: readonly (string | null)[] } | null;
  /** Refresh: the cells to clear first, the old block and the new one together. */
  readonly clear: Rect | null;
  /** Grid row → the Kommentar kept from the old block (written into grid.commentColumn). */
  readonly comments: KeptComments;
  /** Refresh: the old block's comments whose line is gone (not written back; the writer reports them). */
  readonly droppedComments: readonly DroppedComment[];
};

export type Placement = Existing & { readonly rows: number; readonly cols: number };

function gridWidth(grid: ReportGrid): number {
  return Math.max(grid.columnWidths.length, ...grid.rows.map((r) => r.length), 1);
}

/** Where a column's content sits: a column is numeric when a non-header cell holds a number or a formula. */
function numericColumns(grid: ReportGrid): boolean[] {
  const out = new Array<boolean>(gridWidth(grid)).fill(false);
  for (const row of grid.rows) row.forEach((c, j) => void (c.style !== 'header' && (c.formula || typeof c.value === 'number') ? (out[j] = true) : undefined));
  return out;
}

function underFormats(grid: ReportGrid): Set<string> {
  const cells = new Set<string>();
  for (const cf of grid.conditionalFormats ?? []) {
    const r = parseRangeA1(cf.range);
    if (r) for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) cells.add(`${r.row + i},${r.col + j}`);
  }
  return cells;
}

export function planBlock(grid: ReportGrid, anchor: Anchor, existing?: Placement, keys: 'column' | 'metadata' = 'metadata'): BlockPlan {
  const at = (r: Rect): Rect => ({ row: anchor.row + r.row, col: anchor.col + r.col, rows: r.rows, cols: r.cols });
  const width = gridWidth(grid);
  const hasKeys = grid.rowKeys !== undefined && grid.rowKeys.length > 0;
  const rows = Math.max(1, grid.rows.length);
  const cols = width + (hasKeys && keys === 'column' ? 1 : 0);
  const numeric = numericColumns(grid);
  const centred = underFormats(grid);
  const align = (c: GridCell, i: number, j: number): Horizontal | undefined => {
    if (centred.has(`${i},${j}`)) return 'center';
    if ((c.indent ?? 0) > 0) return 'left';
    if (c.style === 'header' && numeric[j]) return 'right';
    // A text marker among amounts ("–" for a figure not reported) lines up with the numbers.
    const lineLike = c.style === undefined || c.style === 'line' || c.style === 'subtotal' || c.style === 'total' || c.style === 'of-row';
    return numeric[j] && lineLike && typeof c.value === 'string' && !c.formula ? 'right' : undefined;
  };
  const list = <K extends string | number>(m: Map<K, Rect[]>): { key: K; rect: Rect }[] => [...m].flatMap(([key, rects]) => rects.map((r) => ({ key, rect: at(r) })));
  const address = rangeA1(anchor.row, anchor.col, rows, cols);
  const f = grid.freeze;
  const matched = existing ? matchComments(existing, grid) : null;
  return {
    anchor, rows, cols, address,
    shift: { rows: anchor.row, cols: anchor.col },
    styles: list(rectsBy(grid.rows, (c) => c.style)).map(({ key, rect }) => ({ token: key, rect })),
    horizontal: list(rectsBy(grid.rows, align)).map(({ key, rect }) => ({ align: key, rect })),
    indents: list(rectsBy(grid.rows, (c) => (c.indent ? c.indent : undefined))).map(({ key, rect }) => ({ level: key, rect })),
    conditionalFormats: (grid.conditionalFormats ?? []).flatMap((format) => {
      const r = parseRangeA1(format.range);
      return r ? [{ rect: at(r), format }] : [];
    }),
    columns: grid.columnWidths.map((characters, j) => ({ col: anchor.col + j, characters, pixels: Math.round(characters * 7 + 5) })),
    rowHeights: grid.rows.flatMap((cells, i) => {
      const lines = Math.max(1, ...cells.map((c, j) => (c.style === 'header' && typeof c.value === 'string' ? wrappedLines(c.value, grid.columnWidths[j] ?? 8.43) : 1)));
      return lines > 1 ? [{ row: anchor.row + i, points: lines * LINE_HEIGHT }] : [];
    }),
    freeze: f && (f.rows > 0 || f.columns > 0) ? { rows: f.rows > 0 ? anchor.row + f.rows : 0, columns: f.columns > 0 ? anchor.col + f.columns : 0 } : null,
    print: grid.print ? { paper: 'A4', landscape: grid.print.landscape, fitToWidth: grid.print.fitToWidth } : null,
    name: { name: grid.name, address },
    keys: !hasKeys ? null : keys === 'column' ? { kind: 'column', col: anchor.col + width } : { kind: 'metadata', key: `rowKeys:${grid.name}`, value: grid.rowKeys ?? [] },
    clear: existing ? { row: anchor.row, col: anchor.col, rows: Math.max(existing.rows, rows), cols: Math.max(existing.cols, cols) } : null,
    comments: matched?.kept ?? new Map(),
    droppedComments: matched?.dropped ?? [],
  };
}
