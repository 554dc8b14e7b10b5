export { varianceCharts } from './variance-chart';
export type { ChartData, ChartKind, ChartSeries, ChartSpec, VarianceCharts } from './chart-types';
export { withVarianceCharts } from './with-charts';
export { chartName, isOwnChart } from './chart-name';
