import type { Lang } from '../i18n/types';
import type { GridCell, ReportGrid } from '../grid';
import { cellA1, columnLetters } from '../address';
import { isoToSerial } from './dates';
import type { AssignmentSummary } from './types';
import { translateStatus } from './vocabulary';

export type AssignmentGridOptions = { readonly lang: Lang };

const T = {
  sv: {
    title: 'Uppdrag och initiativ',
    asOf: (d: string) => `Läge ${d}. Antal per typ och status; totalsummorna är formler.`,
    head: ['Typ', 'Status', 'Enligt plan', 'Avvikelse från plan', 'Ej angivet', 'Totalt'],
    total: 'Totalt',
    devTitle: 'Uppdrag med avvikelse från plan',
    devHead: ['Typ', 'Uppdrag', 'Status', 'Ansvarig', 'Slutdatum', 'Kommentar'],
    none: 'Inga uppdrag med avvikelse från plan.',
    flagTitle: 'Slutdatum passerat men markerade Enligt plan (kontrollera)',
    flagHead: ['Typ', 'Uppdrag', 'Status', 'Slutdatum', 'Kontroll'],
    flag: 'Slutdatum passerat',
    sheet: 'Uppdragssammanställning',
    devSheet: 'Uppdrag avvikelser',
  },
  en: {
    title: 'Assignments and initiatives',
    asOf: (d: string) => `As of ${d}. Counts by type and status; the totals are formulas.`,
    head: ['Type', 'Status', 'On plan', 'Deviating from plan', 'Not stated', 'Total'],
    total: 'Total',
    devTitle: 'Assignments deviating from plan',
    devHead: ['Type', 'Assignment', 'Status', 'Responsible', 'End date', 'Comment'],
    none: 'No assignment deviates from plan.',
    flagTitle: 'End date passed but marked on plan (check)',
    flagHead: ['Type', 'Assignment', 'Status', 'End date', 'Check'],
    flag: 'End date passed',
    sheet: 'Assignment summary',
    devSheet: 'Assignment deviations',
  },
} as const;

function dateCell(iso: string | null): GridCell {
  const serial = iso === null ? null : isoToSerial(iso);
  return serial === null ? { value: iso ?? '–', style: 'line' } : { value: serial, format: 'yyyy-mm-dd', style: 'line' };
}

/** The matrix (totals as SUM formulas) and the deviation table with the overdue flags below it. */
export function assignmentGrids(summary: AssignmentSummary, options: AssignmentGridOptions): ReportGrid[] {
  return [matrixGrid(summary, options.lang), deviationGrid(summary, options.lang)];
}

function matrixGrid(summary: AssignmentSummary, lang: Lang): ReportGrid {
  const t = T[lang];
  const showUnspecified = summary.matrix.some((r) => r.unspecified > 0);
  const head = showUnspecified ? t.head : t.head.filter((_, i) => i !== 4);
  const countCols = head.length - 3; // columns C.. before Totalt
  const first = 4; // 1-based row of the first matrix row
  const rows: GridCell[][] = [[{ value: t.title, style: 'title' }], [{ value: t.asOf(summary.asOf), style: 'note' }], head.map((h) => ({ value: h, style: 'header' as const }))];
  let previousType: string | null = null;
  summary.matrix.forEach((m, i) => {
    const r = first + i;
    const counts = showUnspecified ? [m.onPlan, m.deviating, m.unspecified] : [m.onPlan, m.deviating];
    rows.push([
      { value: m.type === previousType ? null : m.type, style: 'line' },
      { value: translateStatus(m.status, lang), style: 'line' },
      ...counts.map((c) => ({ value: c, format: '0', style: 'line' as const })),
      { formula: `=SUM(C${r}:${columnLetters(1 + countCols)}${r})`, value: m.total, format: '0', style: 'subtotal' },
    ]);
    previousType = m.type;
  });
  const last = first + summary.matrix.length - 1;
  const totals: GridCell[] = [{ value: t.total, style: 'total' }, { value: null, style: 'total' }];
  const sums = [...Array(countCols + 1).keys()].map((k) => {
    const col = columnLetters(2 + k);
    const value = summary.matrix.reduce((s, m) => s + [m.onPlan, m.deviating, ...(showUnspecified ? [m.unspecified] : []), m.total][k], 0);
    return { formula: summary.matrix.length ? `=SUM(${col}${first}:${col}${last})` : undefined, value, format: '0', style: 'total' as const };
  });
  rows.push([...totals, ...sums.map((c) => (c.formula ? c : { value: c.value, format: c.format, style: c.style }))]);
  return {
    name: 'KR_Uppdrag',
    sheetName: t.sheet,
    rows,
    columnWidths: [18, 16, ...Array(countCols).fill(14), 10],
    freeze: { rows: 3, columns: 0 },
    print: { landscape: false, fitToWidth: true },
  };
}

function deviationGrid(summary: AssignmentSummary, lang: Lang): ReportGrid {
  const t = T[lang];
  const rows: GridCell[][] = [[{ value: t.devTitle, style: 'title' }], t.devHead.map((h) => ({ value: h, style: 'header' as const }))];
  if (summary.deviations.length === 0) rows.push([{ value: t.none, style: 'note' }]);
  for (const d of summary.deviations) {
    rows.push([
      { value: d.type, style: 'line' },
      { value: d.title, style: 'line' },
      { value: translateStatus(d.status, lang), style: 'line' },
      { value: d.responsible ?? '', style: 'line' },
      dateCell(d.end),
      { value: d.comment ?? '', style: 'comment' },
    ]);
  }
  let conditionalFormats: ReportGrid['conditionalFormats'] = [];
  if (summary.flags.length > 0) {
    rows.push([], [{ value: t.flagTitle, style: 'subtitle' }], t.flagHead.map((h) => ({ value: h, style: 'header' as const })));
    const firstFlag = rows.length;
    for (const f of summary.flags) {
      rows.push([{ value: f.type, style: 'line' }, { value: f.title, style: 'line' }, { value: translateStatus(f.status, lang), style: 'line' }, dateCell(f.end), { value: t.flag, style: 'status-red' }]);
    }
    conditionalFormats = [{ range: `${cellA1(firstFlag, 4)}:${cellA1(rows.length - 1, 4)}`, rules: [{ equals: t.flag, style: 'status-red' }] }];
  }
  return {
    name: 'KR_Uppdrag_Avvikelser',
    sheetName: t.devSheet,
    rows,
    columnWidths: [16, 60, 14, 20, 12, 60],
    freeze: { rows: 2, columns: 0 },
    print: { landscape: true, fitToWidth: true },
    conditionalFormats,
  };
}
