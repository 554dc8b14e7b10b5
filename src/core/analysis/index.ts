export { analyseDeviations } from './analyse-deviations';
export type { AnalysisOptions, Contribution, Decomposition, Deviation, DeviationAnalysis, LineDeviation } from './analysis-types';
export { toOre } from './ore';
export { drillDown } from './drill-down';
export type { CellRef, SourceAccount, SourceRow, Underlag } from './drill-down';
export { cellRefAt } from './cell-ref';
export { underlagGrid } from './underlag-grid';
