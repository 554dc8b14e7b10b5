import type { Lang } from '../i18n/types';
import type { GridCell, ReportGrid } from '../grid';
import { cellA1 } from '../address';
import type { SickFigure, SickLeaveReport } from './types';
import { SICK_GAP_AFTER, SICK_ROW_LABEL } from './labels';

export type SickGridOptions = { readonly lang: Lang };

const T = {
  sv: {
    title: 'Sjukfrånvaro',
    note: (from: string) =>
      `Sjukfrånvarotimmar i procent av tillgänglig ordinarie arbetstid${from}. Beräknat från timmar; differensen är i procentenheter.`,
    head: 'Sjukfrånvaro',
    diff: 'Differens',
    suppressed: (n: number) => `– Redovisas inte: färre än ${n} anställda i gruppen (sekretess).`,
    unknownSizes: 'Gruppernas storlek framgår inte av underlaget, så det har inte kunnat kontrolleras att varje grupp har minst tio anställda.',
    sheet: 'Sjukfrånvaro',
  },
  en: {
    title: 'Sick leave',
    note: (from: string) => `Sick-leave hours as a percentage of available ordinary working time${from}. Computed from hours; the difference is in percentage points.`,
    head: 'Sick leave',
    diff: 'Difference',
    suppressed: (n: number) => `– Not reported: fewer than ${n} employees in the group (privacy).`,
    unknownSizes: 'The source does not give the size of each group, so it could not be checked that every group has at least ten employees.',
    sheet: 'Sick leave',
  },
} as const;

function figureCell(f: SickFigure): GridCell {
  if (f.kind === 'value') return { value: f.value, format: '0.0%', style: 'line' };
  return { value: '–', style: 'line' };
}

/** The table as the annual reports print it: groups, age bands, intervals, the long-term share; years side by side and the difference. */
export function sickLeaveGrid(report: SickLeaveReport, options: SickGridOptions): ReportGrid {
  const t = T[options.lang];
  const two = report.years.length === 2;
  const rows: GridCell[][] = [
    [{ value: t.title, style: 'title' }],
    [{ value: t.note(''), style: 'note' }],
    [{ value: t.head, style: 'header' }, ...report.years.map((y) => ({ value: String(y), style: 'header' as const })), ...(two ? [{ value: t.diff, style: 'header' as const }] : [])],
  ];
  const rowKeys: (string | null)[] = [null, null, null];
  for (const r of report.rows) {
    const at = rows.length; // 0-based grid row of this line
    const diff: GridCell[] = !two
      ? []
      : r.difference === null
        ? [{ value: null, style: 'line' }]
        : [{ formula: `=${cellA1(at, 2)}-${cellA1(at, 1)}`, value: r.difference, format: '0.00%', style: 'line' }];
    rows.push([{ value: SICK_ROW_LABEL[r.id][options.lang], style: r.id === 'total' ? 'subtotal' : 'line' }, ...r.figures.map(figureCell), ...diff]);
    rowKeys.push(r.id);
    if (SICK_GAP_AFTER.has(r.id) && r !== report.rows[report.rows.length - 1]) {
      rows.push([]);
      rowKeys.push(null);
    }
  }
  if (report.rows.some((r) => r.figures.some((f) => f.kind === 'suppressed'))) rows.push([{ value: t.suppressed(report.minGroupSize), style: 'note' }]);
  if (!report.sizesKnown) rows.push([{ value: t.unknownSizes, style: 'note' }]);
  return {
    name: `KR_Sjukfranvaro_${report.years[report.years.length - 1]}`,
    sheetName: `${t.sheet} ${report.years[report.years.length - 1]}`,
    rows,
    columnWidths: [44, 12, 12, ...(two ? [12] : [])],
    freeze: { rows: 3, columns: 0 },
    print: { landscape: false, fitToWidth: true },
    rowKeys,
  };
}
