import type * as ExcelJS from 'exceljs';
import { formatAddress } from './a1';
import type { Rect } from './a1';
import { invalidArgument, propertyNotLoaded } from './errors';
import type { SimQueue } from './proxy';
import type { RangeTarget } from './range';

/**
 * Charts (Excel.ChartCollection, Chart, ChartSeries, the axes, title, legend and data labels),
 * enough to record what an add-in asks for and check it: exceljs has no charts, so each sheet's
 * charts are kept beside it (a WeakMap: a deleted sheet takes its charts with it). Every member
 * newer than ExcelApi 1.1 checks its requirement set at the call, like Office.js; ranges are kept
 * as (sheet, rectangle) so an address reads with the sheet's current name.
 */
export type SimChartRecord = {
  type: string;
  name: string;
  title: string | null;
  series: { name: string | null; values: RangeTarget | null; xValues: RangeTarget | null }[];
  /** The range given to charts.add, and its seriesBy. */
  source: RangeTarget;
  seriesBy: string;
  reversePlotOrder: boolean;
  /** Where the value axis crosses the category axis (categoryAxis.position, ExcelApi 1.8). */
  categoryAxisPosition: string | null;
  valueAxisNumberFormat: string | null;
  dataLabels: { showValue: boolean; numberFormat: string | null };
  legend: string | null;
  position: { start: RangeTarget; end: RangeTarget | null } | null;
};

const store = new WeakMap<ExcelJS.Worksheet, SimChartRecord[]>();

export function chartsOf(ws: ExcelJS.Worksheet): SimChartRecord[] {
  let list = store.get(ws);
  if (!list) store.set(ws, (list = []));
  return list;
}

/** A chart as plain data, with the ranges as addresses (what tests compare). */
export function describeChart(c: SimChartRecord): Record<string, unknown> {
  const at = (t: RangeTarget | null): string | null => (t ? formatAddress(t.ws.name, t.rect) : null);
  return {
    type: c.type,
    name: c.name,
    title: c.title,
    source: at(c.source),
    seriesBy: c.seriesBy,
    series: c.series.map((s) => ({ name: s.name, values: at(s.values), xValues: at(s.xValues) })),
    reversePlotOrder: c.reversePlotOrder,
    categoryAxisPosition: c.categoryAxisPosition,
    valueAxisNumberFormat: c.valueAxisNumberFormat,
    dataLabels: c.dataLabels,
    legend: c.legend,
    position: c.position ? { start: at(c.position.start), end: at(c.position.end) } : null,
  };
}

type Ref = { chart?: SimChartRecord };
type RangeLike = { target(): RangeTarget };
const targetOf = (r: unknown): RangeTarget => (r as RangeLike).target();

const CHART_TYPES = new Set(['BarClustered', 'ColumnClustered', 'BarStacked', 'ColumnStacked', 'Line']);

/** Excel.ChartCollection of a worksheet. */
export class SimChartCollection {
  private loaded: SimChart[] | null = null;
  constructor(private readonly q: SimQueue, private readonly ws: () => ExcelJS.Worksheet) {}

  add(type: string, sourceData: unknown, seriesBy: string = 'Auto'): SimChart {
    if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type ${type} is not supported by the simulator`);
    const ref: Ref = {};
    this.q.push({
      kind: 'charts.add',
      requestBytes: 40,
      run: () => {
        const source = targetOf(sourceData);
        const ws = this.ws();
        if (source.ws !== ws) throw invalidArgument('the source data is on another sheet (the simulator models charts of their own sheet)');
        const list = chartsOf(ws);
        // One series per column (or row) of the source, as Excel makes them.
        const n = seriesBy === 'Rows' ? source.rect.rows : source.rect.cols;
        const one = (i: number): RangeTarget => ({ ws, rect: seriesBy === 'Rows' ? { ...source.rect, row: source.rect.row + i, rows: 1 } : { ...source.rect, col: source.rect.col + i, cols: 1 } });
        ref.chart = {
          type, name: `Chart ${list.length + 1}`, title: null, source, seriesBy,
          series: Array.from({ length: n }, (_, i) => ({ name: null, values: one(i), xValues: null })),
          reversePlotOrder: false, categoryAxisPosition: null, valueAxisNumberFormat: null,
          dataLabels: { showValue: false, numberFormat: null }, legend: null, position: null,
        };
        list.push(ref.chart);
        return 0;
      },
    });
    return new SimChart(this.q, ref);
  }

  /** load('items/name'): the charts of the sheet, their names readable after sync. */
  load(_spec?: unknown): this {
    let pending: SimChart[] = [];
    this.q.push({
      kind: 'load',
      requestBytes: 20,
      run: () => {
        pending = chartsOf(this.ws()).map((c) => new SimChart(this.q, { chart: c }, true));
        return pending.reduce((b, c) => b + c.name.length + 10, 2);
      },
      commit: () => void (this.loaded = pending),
    });
    return this;
  }

  get items(): SimChart[] {
    if (this.loaded === null) throw propertyNotLoaded('items');
    return this.loaded;
  }
}

export class SimChart {
  constructor(private readonly q: SimQueue, private readonly ref: Ref, private readonly nameLoaded = false) {}

  private edit(kind: string, f: (c: SimChartRecord) => void): void {
    this.q.push({ kind, requestBytes: 20, run: () => (f(this.ref.chart as SimChartRecord), 0) });
  }

  get name(): string {
    if (!this.nameLoaded || !this.ref.chart) throw propertyNotLoaded('name');
    return this.ref.chart.name;
  }
  set name(v: string) {
    this.edit('chart.name', (c) => (c.name = v));
  }
  get title(): { text: string } {
    const edit = (f: (c: SimChartRecord) => void): void => this.edit('chart.title', f);
    return { set text(v: string) { edit((c) => (c.title = v)); } } as { text: string };
  }
  get legend(): { position: string } {
    const edit = (f: (c: SimChartRecord) => void): void => this.edit('chart.legend', f);
    return { set position(v: string) { edit((c) => (c.legend = v)); } } as { position: string };
  }
  get dataLabels(): { showValue: boolean; numberFormat: string } {
    const edit = (f: (c: SimChartRecord) => void): void => this.edit('chart.dataLabels', f);
    const q = this.q;
    return {
      set showValue(v: boolean) { edit((c) => (c.dataLabels.showValue = v)); },
      set numberFormat(v: string) {
        q.requireApi('ChartDataLabels.numberFormat');
        edit((c) => (c.dataLabels.numberFormat = v));
      },
    } as { showValue: boolean; numberFormat: string };
  }
  get axes(): { categoryAxis: { reversePlotOrder: boolean; position: string }; valueAxis: { numberFormat: string } } {
    const edit = (f: (c: SimChartRecord) => void): void => this.edit('chart.axes', f);
    const q = this.q;
    return {
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          q.requireApi('ChartAxis.reversePlotOrder');
          edit((c) => (c.reversePlotOrder = v));
        },
        set position(v: string) {
          q.requireApi('ChartAxis.position');
          edit((c) => (c.categoryAxisPosition = v));
        },
      },
      valueAxis: {
        set numberFormat(v: string) {
          q.requireApi('ChartAxis.numberFormat');
          edit((c) => (c.valueAxisNumberFormat = v));
        },
      },
    } as { categoryAxis: { reversePlotOrder: boolean; position: string }; valueAxis: { numberFormat: string } };
  }
  get series(): { getItemAt(i: number): SimChartSeries; add(name?: string): SimChartSeries } {
    return {
      getItemAt: (i) => new SimChartSeries(this.q, () => {
        const s = (this.ref.chart as SimChartRecord).series[i];
        if (!s) throw invalidArgument(`series ${i}`);
        return s;
      }),
      add: (name) => {
        this.q.requireApi('ChartSeriesCollection.add');
        const holder: { s?: SimChartRecord['series'][number] } = {};
        this.edit('chart.series.add', (c) => {
          holder.s = { name: name ?? null, values: null, xValues: null };
          c.series.push(holder.s);
        });
        return new SimChartSeries(this.q, () => holder.s as SimChartRecord['series'][number]);
      },
    };
  }
  setPosition(startCell: unknown, endCell?: unknown): void {
    if (typeof startCell === 'string' || typeof endCell === 'string') throw invalidArgument('setPosition with addresses is not supported by the simulator; pass ranges');
    this.edit('chart.setPosition', (c) => (c.position = { start: targetOf(startCell), end: endCell === undefined ? null : targetOf(endCell) }));
  }
  delete(): void {
    this.edit('chart.delete', (c) => {
      const list = chartsOf(c.source.ws);
      const i = list.indexOf(c);
      if (i >= 0) list.splice(i, 1);
    });
  }
}

export class SimChartSeries {
  constructor(private readonly q: SimQueue, private readonly s: () => SimChartRecord['series'][number]) {}
  private edit(kind: string, f: (s: SimChartRecord['series'][number]) => void): void {
    this.q.push({ kind, requestBytes: 20, run: () => (f(this.s()), 0) });
  }
  set name(v: string) {
    this.edit('series.name', (s) => (s.name = v));
  }
  setValues(sourceData: unknown): void {
    this.q.requireApi('ChartSeries.setValues');
    this.edit('series.setValues', (s) => (s.values = targetOf(sourceData)));
  }
  setXAxisValues(sourceData: unknown): void {
    this.q.requireApi('ChartSeries.setValues');
    this.edit('series.setXAxisValues', (s) => (s.xValues = targetOf(sourceData)));
  }
}
