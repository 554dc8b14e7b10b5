import type { GridCell, ReportGrid } from '../grid';
import type { Lang } from '../i18n/types';
import type { Report } from '../report/report-types';
import { isCommentaryKey } from '../commentary/commentary-grid';
import type { ChartSpec } from './chart-types';
import { varianceCharts } from './variance-chart';
import { parseRangeA1 } from '../address';

/**
 * The report grid carrying its variance charts: the line chart's data block (formulas pointing
 * at the table) becomes ordinary rows of the grid, so the block's defined name covers them, a
 * refresh rewrites them and both writers write them like any cell. The rows go after the notes
 * and before the drafted commentary (one blank row either side): a refresh that keeps more or
 * fewer of the user's paragraphs then moves nothing the charts read. The specs' ranges are
 * computed on the grid cut there, so they point at the rows where the data really is.
 */
/** Half a krona: two series closer than that everywhere look the same at any unit. */
const SAME = 0.5;

function seriesValues(rows: readonly (readonly GridCell[])[], range: string): (number | null)[] {
  const r = parseRangeA1(range);
  if (!r) return [];
  return Array.from({ length: r.rows }, (_, i) => {
    const v = rows[r.row + i]?.[r.col]?.value;
    return typeof v === 'number' ? v : null;
  });
}

/**
 * A chart whose later series equal its first everywhere shows only the first: with "utfall +
 * återstående budget" (the default forecast) the forecast deviation is the period deviation on
 * every line by construction, and two identical bars per line read as noise.
 */
function withoutTwins(spec: ChartSpec, rows: readonly (readonly GridCell[])[]): ChartSpec {
  const [first, ...rest] = spec.series;
  if (!first) return spec;
  const base = seriesValues(rows, first.values);
  const kept = rest.filter((s) => seriesValues(rows, s.values).some((v, i) => v === null || base[i] === null || Math.abs(v - (base[i] as number)) >= SAME));
  return kept.length === rest.length ? spec : { ...spec, series: [first, ...kept] };
}

const emptyRow = (cells: readonly GridCell[] | undefined): boolean =>
  (cells ?? []).every((c) => (c.value === undefined || c.value === null || c.value === '') && c.formula === undefined);

export function withVarianceCharts(grid: ReportGrid, report: Report, lang: Lang): ReportGrid {
  const keys = grid.rowKeys ?? grid.rows.map(() => null);
  const first = keys.findIndex((k) => isCommentaryKey(k));
  let cut = first < 0 ? grid.rows.length : first;
  if (first > 0 && keys[first - 1] === null && emptyRow(grid.rows[first - 1])) cut = first - 1;
  const head: ReportGrid = { ...grid, rows: grid.rows.slice(0, cut), rowKeys: keys.slice(0, cut) };
  const charts = varianceCharts(report, head, lang);
  const specs: ChartSpec[] = [charts.lines?.chart, charts.blocks].filter((c): c is ChartSpec => c !== null && c !== undefined);
  if (specs.length === 0) return grid;
  const data = charts.lines?.data;
  if (!data) return { ...grid, charts: specs.map((c) => withoutTwins(c, grid.rows)) };
  const width = grid.columnWidths.length;
  const pad = (cells: readonly GridCell[]): GridCell[] => [...Array.from({ length: data.col }, () => ({})), ...cells, ...Array.from({ length: Math.max(0, width - data.col - cells.length) }, () => ({}))];
  // data.row is cut + 1: one blank row between the notes and the data block.
  const gap = Array.from({ length: data.row - cut }, () => pad([]));
  const rows = [...head.rows, ...gap, ...data.rows.map(pad), ...grid.rows.slice(cut)];
  const rowKeys = [...keys.slice(0, cut), ...gap.map(() => null), ...data.rows.map(() => null), ...keys.slice(cut)];
  return { ...grid, rows, rowKeys, charts: specs.map((c) => withoutTwins(c, rows)) };
}
