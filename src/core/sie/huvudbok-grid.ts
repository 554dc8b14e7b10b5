import type { GridCell, ReportGrid } from '../grid';
import type { SheetSnapshot } from '../snapshot';
import { HUVUDBOK_SHEET } from './huvudbok';

/**
 * The Huvudbok made from an SIE file as a grid, so the task pane can write it into the open
 * workbook through its port like any table (the adapters write in size-bounded syncs). Text is
 * written as text (an account name starting with "=" stays a name), amounts in kronor with two
 * decimals, periods as plain numbers.
 */
export const HUVUDBOK_GRID_NAME = 'KR_Huvudbok_SIE';

export function huvudbokGrid(sheet: SheetSnapshot): ReportGrid {
  const header = sheet.values[0] ?? [];
  const amountFrom = header.length - 2; // Utfall, Budget are the last two columns
  const rows: GridCell[][] = sheet.values.map((row, r) =>
    row.map((v, c): GridCell => {
      const value = typeof v === 'string' || typeof v === 'number' ? v : null;
      if (r === 0) return { value, style: 'header' };
      if (c === 2) return { value, format: '0' };
      if (c >= amountFrom) return { value, format: '#,##0.00' };
      return { value };
    }),
  );
  const widths = header.map((h, c) => (c === 1 ? 36 : c >= amountFrom ? 16 : Math.max(10, String(h ?? '').length + 2)));
  return { name: HUVUDBOK_GRID_NAME, sheetName: HUVUDBOK_SHEET, rows, columnWidths: widths, freeze: { rows: 1, columns: 0 } };
}
