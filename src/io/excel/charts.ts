import { parseRangeA1 } from '../../core/address';
import type { ReportGrid } from '../../core/grid';
import { chartName, isOwnChart } from '../../core/charts/chart-name';
import type { ChartSpec } from '../../core/charts/chart-types';
import type { Supports } from './options';

/**
 * The grid's charts as native Excel charts beside the block (queued, never synced here). Each is
 * added as a clustered bar chart on its first series' values, then given its categories and the
 * other series by range (ChartSeries.setValues / setXAxisValues and series.add, ExcelApi 1.7, the
 * adapter's minimum), so every series refers to the report's cells and follows them. The category
 * axis is reversed so the bars read in table order; where ExcelApi 1.8 is there, the value axis
 * stays at the bottom (categoryAxis.position 'Maximum') and it and the data labels get the
 * report's number format (older hosts show Excel's General format). Each chart is named
 * KR_Chart_<block>_<n>, so a refresh deletes and re-adds exactly the add-in's own charts.
 */
export type ChartOrigin = { readonly ws: Excel.Worksheet; readonly row: number; readonly col: number };

const TYPE: Record<ChartSpec['kind'], 'BarClustered'> = { 'bar-clustered': 'BarClustered' };

function at(o: ChartOrigin, a1: string): Excel.Range {
  const r = parseRangeA1(a1);
  if (!r) throw new RangeError(`chart range ${a1}`);
  return o.ws.getRangeByIndexes(o.row + r.row, o.col + r.col, r.rows, r.cols);
}

function queueChart(o: ChartOrigin, spec: ChartSpec, name: string, supports: Supports): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const chart = o.ws.charts.add(TYPE[spec.kind], at(o, first.values), 'Columns');
  chart.name = name;
  chart.title.text = spec.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(at(o, spec.categories));
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(at(o, s.values));
    series.setXAxisValues(at(o, spec.categories));
  }
  if (spec.reverseCategoryOrder) chart.axes.categoryAxis.reversePlotOrder = true;
  chart.dataLabels.showValue = true;
  if (supports('ExcelApi', '1.8')) {
    if (spec.reverseCategoryOrder) chart.axes.categoryAxis.position = 'Maximum';
    chart.axes.valueAxis.numberFormat = spec.numberFormat;
    chart.dataLabels.numberFormat = spec.numberFormat;
  }
  chart.legend.position = 'Bottom';
  const a = spec.anchor;
  chart.setPosition(o.ws.getRangeByIndexes(o.row + a.fromRow, o.col + a.fromCol, 1, 1), o.ws.getRangeByIndexes(o.row + a.toRow - 1, o.col + a.toCol - 1, 1, 1));
}

/** Queues the grid's charts for the block named `block` at the origin. */
export function queueCharts(o: ChartOrigin, grid: ReportGrid, block: string, supports: Supports): void {
  (grid.charts ?? []).forEach((spec, i) => queueChart(o, spec, chartName(block, i + 1), supports));
}

/** Queues the deletion of the add-in's own charts of the block among the sheet's loaded charts. */
export function queueDeleteOwnCharts(charts: Excel.ChartCollection, block: string): void {
  for (const c of charts.items) if (isOwnChart(c.name, block)) c.delete();
}
