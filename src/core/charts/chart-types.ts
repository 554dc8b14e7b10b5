import type { GridCell } from '../grid';

/**
 * A chart beside a report, described once for both hosts (Office.js `charts.add`, a DrawingML
 * chart part in the .xlsx path). Every range is A1 relative to the report grid's top-left cell,
 * like the grid's formulas: a writer shifts it by the block's origin and prefixes the sheet.
 */
export type ChartKind = 'bar-clustered';

export type ChartSeries = {
  /** The series name as text, and the grid cell holding it (so the legend follows a renamed heading). */
  readonly name: string;
  readonly nameCell: string;
  /** A contiguous single-column range, one cell per category. */
  readonly values: string;
};

export type ChartSpec = {
  readonly kind: ChartKind;
  readonly title: string;
  /** A contiguous single-column range of the category labels. */
  readonly categories: string;
  readonly series: readonly ChartSeries[];
  /** Locale-invariant number format of the value axis and data labels (the report's unit). */
  readonly numberFormat: string;
  /** Bar charts draw the first category at the bottom: reverse so the bars read in table order. */
  readonly reverseCategoryOrder: boolean;
  /** Where the chart sits, in grid cells: from (row, col) to (row, col), exclusive end. */
  readonly anchor: { readonly fromRow: number; readonly fromCol: number; readonly toRow: number; readonly toCol: number };
};

/**
 * Cells the chart reads that the report table does not lay out contiguously (its lines sit among
 * sum rows): a small block of formulas pointing at the table's cells, placed at (row, col) in
 * the grid's coordinates, so the chart follows when the table's numbers change or are refreshed.
 */
export type ChartData = { readonly row: number; readonly col: number; readonly rows: readonly (readonly GridCell[])[] };

export type VarianceCharts = {
  /** Deviation per report line (the total), from `data`. */
  readonly lines: { readonly chart: ChartSpec; readonly data: ChartData } | null;
  /** Deviation per breakdown block, straight from the summary rows (contiguous already). */
  readonly blocks: ChartSpec | null;
};
