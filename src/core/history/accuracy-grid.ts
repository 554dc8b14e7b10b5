import type { GridCell, ReportGrid, StyleToken } from '../grid';
import type { Lang } from '../i18n/types';
import type { Unit } from '../report/report-types';
import { AMOUNT_FORMAT } from '../layout/number-formats';
import { UNIT_NOTE } from '../layout/grid-labels';
import type { ForecastAccuracy } from './accuracy';
import { monthName } from './month-names';

/**
 * Forecast accuracy: per line the year's outcome and, per stored month, how far that month's
 * full-year forecast was from it (forecast − outcome, income positive and costs negative); the
 * last row is the mean absolute error over the leaf lines.
 */
export function accuracyGrid(acc: ForecastAccuracy, options: { readonly lang: Lang; readonly unit: Unit }): ReportGrid {
  const sv = options.lang === 'sv';
  const format = AMOUNT_FORMAT[options.unit];
  const rows: GridCell[][] = [
    [{ value: sv ? `Prognossäkerhet ${acc.year}` : `Forecast accuracy ${acc.year}`, style: 'title' }],
    [{ value: sv ? 'Varje månads helårsprognos minus årets utfall (intäkter positiva, kostnader negativa).' : "Each month's full-year forecast minus the year's outcome (income positive, costs negative).", style: 'note' }],
    [{ value: UNIT_NOTE[options.lang][options.unit], style: 'note' }],
    [
      { value: sv ? 'Rad' : 'Line', style: 'header' },
      { value: sv ? `Utfall ${acc.year}` : `Actual ${acc.year}`, style: 'header' },
      ...acc.months.map((m) => ({ value: sv ? `Prognos ${monthName(m, 'sv')}` : `Forecast ${monthName(m, 'en')}`, style: 'header' as const })),
    ],
  ];
  const keys: (string | null)[] = [null, null, null, null];
  for (const l of acc.lines) {
    const style: StyleToken = l.type === 'summa' ? 'subtotal' : l.type === 'varav' ? 'of-row' : 'line';
    rows.push([{ value: l.label[options.lang], style }, { value: l.outcome, format, style }, ...l.errors.map((e) => ({ value: e, format, style }))]);
    keys.push(l.id);
  }
  rows.push([
    { value: sv ? 'Genomsnittlig absolut avvikelse (raderna utan summor)' : 'Mean absolute error (lines without sums)', style: 'total' },
    { value: null, style: 'total' },
    ...acc.meanAbsoluteError.map((e) => ({ value: e, format, style: 'total' as const })),
  ]);
  keys.push('mean-absolute-error');
  return {
    name: `KR_Prognossakerhet_${acc.year}`,
    sheetName: `Prognossäkerhet ${acc.year}`,
    rows,
    columnWidths: [36, 14, ...acc.months.map(() => 16)],
    freeze: { rows: 4, columns: 1 },
    print: { landscape: acc.months.length > 6, fitToWidth: true },
    rowKeys: keys,
  };
}
