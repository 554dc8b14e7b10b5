import type { GridCell, ReportGrid } from '../grid';
import type { ForecastHistory } from './types';
import { HISTORY_NAME, HISTORY_SHEET } from './types';
import { HISTORY_COLUMNS } from './read';

/**
 * The history as the add-in stores it: a hidden sheet of its own with one plain row per month,
 * report, block and line (readable if the user unhides it; amounts in kronor, income positive).
 * Written whole on every insert or refresh; it never touches a sheet of the user's.
 */
export function historyGrid(history: ForecastHistory): ReportGrid {
  const rows: GridCell[][] = [
    [{ value: 'Prognoshistorik (kommunrapport). Sparas vid varje infogning och uppdatering; belopp i kronor, intäkter positiva och kostnader negativa.', style: 'note' }],
    HISTORY_COLUMNS.map((h) => ({ value: h, style: 'header' as const })),
    ...history.records.map((r): GridCell[] => [
      { value: r.year, format: '0' },
      { value: r.month, format: '0' },
      { value: r.report },
      { value: r.block },
      { value: r.line },
      { value: r.label },
      { value: r.forecast, format: '0.00' },
    ]),
  ];
  return {
    name: HISTORY_NAME,
    sheetName: HISTORY_SHEET,
    rows,
    columnWidths: [6, 7, 12, 16, 16, 36, 18],
    visibility: 'hidden',
  };
}
