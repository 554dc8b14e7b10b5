import type { GridCell, ReportGrid } from '../grid';
import type { Lang } from '../i18n/types';
import type { Report } from '../report/report-types';
import { COLUMN_IDS } from '../report/report-types';
import { columnLabel } from '../report/columns';
import { cellA1, rangeA1 } from '../address';
import { HEADER_ROWS } from '../layout/report-grid';
import { AMOUNT_FORMAT } from '../layout/number-formats';
import type { ChartSeries, ChartSpec, VarianceCharts } from './chart-types';

/**
 * The variance charts a controller puts beside the table: horizontal bars of the period
 * deviation and the forecast deviation per line (and per breakdown block). Deviations rather
 * than budget against forecast: a 4 mnkr overrun on a 109 mnkr personnel budget is invisible as
 * the difference of two long bars and obvious as a bar of its own, and the report's deviations
 * are favourable-positive in both sign conventions, so "right of zero is good" always holds.
 * Horizontal, so long Swedish line names stay readable; in table order, the net last.
 */
const COL = (id: (typeof COLUMN_IDS)[number]) => 1 + COLUMN_IDS.indexOf(id);
const SERIES = ['variancePeriod', 'varianceYear'] as const;

const TITLE = {
  sv: { lines: 'Avvikelse mot budget per rad', blocks: (dim: string) => `Avvikelse mot budget per ${dim.toLowerCase()}` },
  en: { lines: 'Variance against budget by line', blocks: (dim: string) => `Variance against budget by ${dim}` },
};

export function varianceCharts(report: Report, grid: ReportGrid, lang: Lang): VarianceCharts {
  const keys = grid.rowKeys ?? [];
  const width = grid.columnWidths.length;
  const anchorCol = width + 2; // past the Kommentar column and the writer's hidden key column
  const header = HEADER_ROWS - 1;
  const series = (rows: [number, number], col0: number | null): ChartSeries[] =>
    SERIES.map((id, i) => ({
      name: columnLabel(id, report.year, report.through, lang),
      nameCell: col0 === null ? cellA1(header, COL(id)) : cellA1(rows[0] - 1, col0 + 1 + i),
      values: col0 === null ? rangeA1(rows[0], COL(id), rows[1] - rows[0] + 1, 1) : rangeA1(rows[0], col0 + 1 + i, rows[1] - rows[0] + 1, 1),
    }));
  // The total's own lines (not sums, not "varav"), then the net line: rows of the grid.
  const chosen = report.lines.filter((l) => l.type === 'konton').map((l) => l.id);
  const net = report.lines.find((l) => l.id === 'net') ?? null;
  if (net) chosen.push(net.id);
  const rowsOf = chosen.map((id) => keys.indexOf(id)).filter((r) => r >= 0);
  let lines: VarianceCharts['lines'] = null;
  if (rowsOf.length > 0) {
    const dataRow = grid.rows.length + 1;
    const head: GridCell[] = [{ value: TITLE[lang].lines, style: 'note' }, ...SERIES.map((id) => ({ value: columnLabel(id, report.year, report.through, lang), style: 'note' as const }))];
    const body: GridCell[][] = rowsOf.map((r) => [
      { formula: `=${cellA1(r, 0)}`, value: grid.rows[r][0]?.value ?? null },
      ...SERIES.map((id) => ({ formula: `=${cellA1(r, COL(id))}`, value: grid.rows[r][COL(id)]?.value ?? null, format: AMOUNT_FORMAT[report.unit] })),
    ]);
    const first = dataRow + 1;
    const last = dataRow + body.length;
    lines = {
      data: { row: dataRow, col: 0, rows: [head, ...body] },
      chart: spec(TITLE[lang].lines, rangeA1(first, 0, body.length, 1), series([first, last], 0), report, { fromRow: 0, fromCol: anchorCol, toRow: Math.max(16, body.length * 2 + 6), toCol: anchorCol + 8 }),
    };
  }
  const b = report.breakdown;
  let blocks: ChartSpec | null = null;
  const summary = b ? b.summary.map((s) => keys.indexOf(`summary:${s.key}`)).filter((r) => r >= 0) : [];
  if (b && summary.length > 0) {
    const [first, last] = [summary[0], summary[summary.length - 1]];
    const top = (lines?.chart.anchor.toRow ?? 0) + 1;
    blocks = spec(TITLE[lang].blocks(b.dimension), rangeA1(first, 0, last - first + 1, 1), series([first, last], null), report, { fromRow: top, fromCol: anchorCol, toRow: top + Math.max(16, summary.length * 2 + 6), toCol: anchorCol + 8 });
  }
  return { lines, blocks };
}

function spec(title: string, categories: string, series: ChartSeries[], report: Report, anchor: ChartSpec['anchor']): ChartSpec {
  return { kind: 'bar-clustered', title, categories, series, numberFormat: AMOUNT_FORMAT[report.unit], reverseCategoryOrder: true, anchor };
}
