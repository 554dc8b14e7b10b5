import type { GridCell, ReportGrid } from '../grid';
import type { Lang } from '../i18n/types';
import type { Unit } from '../report/report-types';
import { AMOUNT_FORMAT } from '../layout/number-formats';
import { UNIT_NOTE } from '../layout/grid-labels';
import { sumFormula } from '../layout/line-rows';
import type { Underlag } from './drill-down';

/**
 * *Infoga underlag*: the rows behind a report cell as a table on a sheet of its own. Columns:
 * Konto, Blad, Rad, Belopp; one subtotal row per account (a SUM of its rows) and a total (a SUM
 * of the subtotals), so the sheet adds up in Excel as it does here. Amounts in kronor, unrounded,
 * shown in the report's unit; sheet names and account texts are written as text.
 */
const HEAD = {
  sv: { account: 'Konto', sheet: 'Blad', row: 'Rad', amount: 'Belopp', total: 'Summa', sheetName: 'Underlag' },
  en: { account: 'Account', sheet: 'Sheet', row: 'Row', amount: 'Amount', total: 'Total', sheetName: 'Source rows' },
};

export function underlagGrid(u: Underlag, options: { readonly title: string; readonly unit: Unit; readonly lang: Lang }): ReportGrid {
  const h = HEAD[options.lang];
  const format = AMOUNT_FORMAT[options.unit];
  const rows: GridCell[][] = [
    [{ value: options.title, style: 'title' }, {}, {}, {}],
    [{ value: UNIT_NOTE[options.lang][options.unit], style: 'note' }, {}, {}, {}],
    [h.account, h.sheet, h.row, h.amount].map((value) => ({ value, style: 'header' as const })),
  ];
  const subtotals: number[] = [];
  for (const a of u.accounts) {
    const at = rows.length;
    subtotals.push(at);
    const first = at + 1;
    rows.push([{ value: a.label, style: 'subtotal' }, { style: 'subtotal' }, { style: 'subtotal' }, { formula: sumFormula(3, a.rows.map((_, i) => first + i)), value: a.amount, format, style: 'subtotal' }]);
    for (const r of a.rows) rows.push([{ value: null, style: 'line' }, { value: r.sheet, style: 'line' }, { value: r.row, style: 'line' }, { value: r.amount, format, style: 'line' }]);
  }
  rows.push([{ value: h.total, style: 'total' }, { style: 'total' }, { style: 'total' }, { formula: sumFormula(3, subtotals), value: u.accounts.reduce((s, a) => s + a.amount, 0), format, style: 'total' }]);
  const id = `${u.cell.lineId}_${u.cell.column}${u.cell.block !== undefined ? `_${u.cell.block}` : ''}`.replace(/[^A-Za-z0-9_]/g, '_');
  return { name: `KR_Underlag_${id}`.slice(0, 200), sheetName: h.sheetName, rows, columnWidths: [40, 16, 8, 16], freeze: { rows: 3, columns: 0 } };
}
