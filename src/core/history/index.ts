/** Forecast history: store each month's forecast in the workbook, show the change, judge accuracy (DOMAIN.md §11). */
export type * from './types';
export { EMPTY_HISTORY, HISTORY_NAME, HISTORY_SHEET, historyKey } from './types';
export { readForecastHistory, HISTORY_COLUMNS } from './read';
export type { HistoryRead } from './read';
export { recordForecasts, recordInvestmentForecasts, previousForecast, normalisedForecast, INVESTMENT_SCOPE } from './record';
export { historyGrid } from './grid';
export { withForecastChange } from './columns';
export { forecastAccuracy } from './accuracy';
export type { ForecastAccuracy, AccuracyLine } from './accuracy';
export { accuracyGrid } from './accuracy-grid';
export { forecastMoveSentence, withForecastSentence } from './sentence';
export { monthName } from './month-names';
export { applyForecastHistory, historyContext, historyGrids, historyTables } from './apply';
export type { HistoryApplied, HistoryContext } from './apply';
export { withForecastHistory } from './with-history';
export type { WithHistoryOptions } from './with-history';
