/**
 * ReportGrid: the one description of an output table. Both writers (Office.js and exceljs)
 * render the same grid, so Excel and the .xlsx file show the same table.
 *
 * A grid is built as if its top-left cell were A1 of the target sheet; formulas use A1
 * references relative to that, and writers shift them (core/address shiftFormula) when the
 * block is placed elsewhere.
 */
export type StyleToken =
  | 'title'
  | 'subtitle'
  | 'note'
  | 'header'
  | 'line'
  | 'subtotal'
  | 'total'
  | 'of-row'
  | 'comment'
  /** Drafted commentary under a report: a proposal for the user to edit (italic, grey). */
  | 'draft'
  | 'status-red'
  | 'status-yellow'
  | 'status-green'
  | 'status-grey';

export type GridCell = {
  /** A literal value. Text is always written as text, never interpreted as a formula. */
  readonly value?: string | number | null;
  /** A formula starting with '=', references relative to the grid's A1. `value` then holds the engine's result. */
  readonly formula?: string;
  /** Locale-invariant number format code, e.g. '#,##0,;-#,##0,' for tkr. */
  readonly format?: string;
  readonly style?: StyleToken;
  /** Indent level for line labels (0 = none). */
  readonly indent?: number;
};

/** Colour a range by the text of its cells (status cells always carry their text too). */
export type TextFillFormat = {
  /** Optional so that grids written before icon sets existed still type-check. */
  readonly kind?: 'text-fill';
  /** A1 range relative to the grid. */
  readonly range: string;
  readonly rules: readonly { readonly equals: string; readonly style: 'status-red' | 'status-yellow' | 'status-green' | 'status-grey' }[];
};

/**
 * Three traffic lights over the numbers of a range (Excel's "3TrafficLights1"). Before
 * `reverse`, a value below thresholds[0] gets red, from thresholds[0] yellow, from
 * thresholds[1] green; `reverse` swaps red and green (a low score is good). Blank and text
 * cells get no icon, so a status without a score stays without one.
 */
export type IconSet = {
  readonly style: 'three-traffic-lights';
  readonly reverse: boolean;
  /** Lower bounds (≥) of the middle and the top icon, ascending. */
  readonly thresholds: readonly [number, number];
};

export type IconSetFormat = {
  readonly kind: 'icon-set';
  /** A1 range relative to the grid. */
  readonly range: string;
  readonly iconSet: IconSet;
};

/** Conditional formats of a grid; writers skip what the host cannot show (the cells keep their text and fill). */
export type ConditionalFormat = TextFillFormat | IconSetFormat;

import type { ChartSpec } from './charts/chart-types';

export type ReportGrid = {
  /** Workbook (defined) name of the block, e.g. 'KR_Rapport_2025_08'. */
  readonly name: string;
  readonly sheetName: string;
  readonly rows: readonly (readonly GridCell[])[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: { readonly landscape: boolean; readonly fitToWidth: boolean };
  readonly conditionalFormats?: readonly ConditionalFormat[];
  /** Column index of the user's Kommentar column, kept on refresh. */
  readonly commentColumn?: number;
  /** A stable key per row (line id), used on refresh to keep comments of lines that still exist. */
  readonly rowKeys?: readonly (string | null)[];
  /** 'hidden' for the add-in's own data sheets (the forecast history); visible when absent. */
  readonly visibility?: 'visible' | 'hidden';
  /**
   * The commentary texts the add-in drafted, by row key: what a writer stores beside the row
   * keys so that the next refresh can tell the user's edits from its own text (mergeCommentary).
   */
  readonly drafts?: Readonly<Record<string, string>>;
  /** Charts beside the block (ranges A1 relative to the grid, like its formulas); writers shift them by the block's origin. */
  readonly charts?: readonly ChartSpec[];
};
