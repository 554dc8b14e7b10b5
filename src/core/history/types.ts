/**
 * Forecast history: each insert or refresh of a report with a forecast stores the full-year
 * forecast of every line for that month, in the workbook, on the add-in's own hidden sheet
 * `Prognoshistorik` (one readable row per month, report, block and line). From it the report
 * shows Föregående prognos and Prognosförändring, the commentary says how the forecast moved,
 * and once the year is closed each month's forecast is judged against the outcome.
 *
 * Amounts are kronor, unrounded, always with income positive and costs negative (the
 * costs-negative convention) whatever the report showed, so a later change of sign convention
 * does not turn the history around.
 */
export type ForecastRecord = {
  readonly year: number;
  /** The last month of actuals the forecast was made with (1–12). */
  readonly month: number;
  /** Which report: 'drift' for the drift table, 'investeringar' for investments. */
  readonly report: string;
  /** The breakdown value ('' for the whole report). */
  readonly block: string;
  /** The line id (stable across months), and its label when stored. */
  readonly line: string;
  readonly label: string;
  readonly forecast: number;
};

export type ForecastHistory = { readonly records: readonly ForecastRecord[] };

export const EMPTY_HISTORY: ForecastHistory = { records: [] };

/** The sheet and defined name of the history. */
export const HISTORY_SHEET = 'Prognoshistorik';
export const HISTORY_NAME = 'KR_Prognoshistorik';

/** The forecasts of one earlier month, by `block|line`. */
export type PreviousForecast = { readonly year: number; readonly month: number; readonly byKey: ReadonlyMap<string, number> };

export const historyKey = (block: string, line: string): string => `${block}|${line}`;
