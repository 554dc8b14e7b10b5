export { analyseDeviations } from './analyse-deviations';
export type { AnalysisOptions, Contribution, Decomposition, Deviation, DeviationAnalysis, LineDeviation } from './analysis-types';
export { toOre } from './ore';
