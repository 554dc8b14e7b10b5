import type { Lang } from '../i18n/types';
import type { GridCell, ReportGrid, StyleToken } from '../grid';
import { columnLetters } from '../address';
import type { MeasureReport } from './types';

export type MeasureGridOptions = { readonly lang: Lang };

const T = {
  sv: { title: 'Verksamhetsmått', head: 'Mått', unit: 'Enhet', change: 'Förändring', changePct: 'Förändring %', total: 'Summa', sheet: 'Verksamhetsmått', note: (a: number, b: number) => `Förändring ${b} mot ${a}. Tomma celler saknar uppgift.` },
  en: { title: 'Activity measures', head: 'Measure', unit: 'Unit', change: 'Change', changePct: 'Change %', total: 'Total', sheet: 'Activity measures', note: (a: number, b: number) => `Change ${b} against ${a}. Empty cells have no value.` },
} as const;

/** Decimals a row needs to show its values as given (0–2). */
function decimalsOf(values: readonly (number | null)[]): number {
  let d = 0;
  for (const v of values) {
    if (v === null) continue;
    for (let k = d; k < 2 && Math.abs(Math.round(v * 10 ** k) - v * 10 ** k) > 1e-9; k++) d = k + 1;
  }
  return d;
}

const numberFormat = (d: number): string => (d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`);

/** The measures with their years side by side, the change (a formula) and the change in per cent. */
export function measureGrid(report: MeasureReport, options: MeasureGridOptions): ReportGrid {
  const t = T[options.lang];
  const hasUnit = report.lines.some((l) => l.unit !== null);
  const first = hasUnit ? 2 : 1; // 0-based column of the first year
  const n = report.years.length;
  const changes = n >= 2;
  const head: GridCell[] = [
    { value: t.head, style: 'header' },
    ...(hasUnit ? [{ value: t.unit, style: 'header' as const }] : []),
    ...report.years.map((y) => ({ value: String(y), style: 'header' as const })),
    ...(changes ? [{ value: t.change, style: 'header' as const }, { value: t.changePct, style: 'header' as const }] : []),
  ];
  const rows: GridCell[][] = [[{ value: t.title, style: 'title' }]];
  if (changes) rows.push([{ value: t.note(report.years[n - 2], report.years[n - 1]), style: 'note' }]);
  rows.push(head);
  const rowKeys: (string | null)[] = rows.map(() => null);
  const lastCol = cellCol(first + n - 1);
  const prevCol = cellCol(first + n - 2);
  const topRows: number[] = [];
  for (const line of report.lines) {
    const r = rows.length;
    const format = numberFormat(decimalsOf(line.values));
    const style: StyleToken = line.level === 1 ? 'of-row' : 'line';
    const cells: GridCell[] = [
      { value: line.label, style, indent: line.level },
      ...(hasUnit ? [{ value: line.unit ?? '', style }] : []),
      ...line.values.map((v) => ({ value: v, format, style })),
    ];
    if (changes) {
      const here = `${lastCol}${r + 1}`;
      const before = `${prevCol}${r + 1}`;
      cells.push(
        line.change === null ? { value: null, style } : { formula: `=${here}-${before}`, value: line.change, format, style },
        line.changePercent === null ? { value: null, style } : { formula: `=IF(${before}=0,"",(${here}-${before})/${before})`, value: line.changePercent, format: '0.0%', style },
      );
    }
    if (line.level === 0) topRows.push(r + 1);
    rows.push(cells);
    rowKeys.push(`measure:${line.label}`);
  }
  if (report.total) {
    const format = numberFormat(decimalsOf(report.total));
    const sums = report.total.map((v, i) => {
      const col = cellCol(first + i);
      return { formula: `=SUM(${topRows.map((r) => `${col}${r}`).join(',')})`, value: v ?? 0, format, style: 'total' as const };
    });
    rows.push([{ value: t.total, style: 'total' }, ...(hasUnit ? [{ value: null, style: 'total' as const }] : []), ...sums]);
    rowKeys.push('measure-total');
  }
  const last = report.years[n - 1];
  return {
    name: `KR_Verksamhetsmatt_${last ?? ''}`.replace(/_$/, ''),
    sheetName: `${t.sheet}${last !== undefined ? ` ${last}` : ''}`,
    rows,
    columnWidths: [40, ...(hasUnit ? [10] : []), ...report.years.map(() => 11), ...(changes ? [12, 12] : [])],
    freeze: { rows: rows.indexOf(head) + 1, columns: 1 },
    print: { landscape: n > 5, fitToWidth: true },
    rowKeys,
  };
}

function cellCol(col: number): string {
  return columnLetters(col);
}


