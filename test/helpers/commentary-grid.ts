import type { ReportGrid } from '../../src/core/grid';

/**
 * A report block with drafted commentary under it, as layout/report-grid.ts writes it: a heading
 * row and one row per paragraph (net in row 5, income in row 6), keyed commentary:<topic>, with
 * the drafts the writer keeps. Used by the refresh tests of both hosts.
 */
export function commentaryReport(net: string, income: string): ReportGrid {
  return {
    name: 'KR_Rapport_2025_08',
    sheetName: 'Rapport 2025-08',
    columnWidths: [40, 12, 30],
    commentColumn: 2,
    rows: [
      [{ value: 'Belopp', style: 'header' }, { value: 'Utfall', style: 'header' }, { value: 'Kommentar', style: 'header' }],
      [{ value: 'Verksamhetens nettokostnad', style: 'total' }, { value: -100, style: 'total' }, { value: null, style: 'comment' }],
      [],
      [{ value: 'Kommentar (utkast från Kommunrapport: granska och redigera texten)', style: 'subtitle' }],
      [{ value: net, style: 'draft' }],
      [{ value: income, style: 'draft' }],
    ],
    rowKeys: [null, 'net', null, 'commentary-heading', 'commentary:net', 'commentary:income'],
    drafts: { 'commentary:net': net, 'commentary:income': income },
  };
}
