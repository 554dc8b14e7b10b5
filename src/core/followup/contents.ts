import type { GridCell, ReportGrid } from '../grid';
import type { Lang } from '../i18n/types';
import type { SectionId, SectionResult, SkipReason } from './types';

export const SECTION_TITLE: Readonly<Record<SectionId, { readonly sv: string; readonly en: string }>> = {
  drift: { sv: 'Driftredovisning', en: 'Operating statement' },
  'per-unit': { sv: 'Driftredovisning per verksamhet', en: 'Operating statement by unit' },
  investments: { sv: 'Investeringar', en: 'Investments' },
  goals: { sv: 'Mål och indikatorer', en: 'Goals and indicators' },
  assignments: { sv: 'Uppdrag och initiativ', en: 'Assignments and initiatives' },
  personnel: { sv: 'Personal: sjukfrånvaro', en: 'Personnel: sick leave' },
  measures: { sv: 'Verksamhetsmått', en: 'Activity measures' },
};

/**
 * The contents sheet: one row per section in report order, with the sheet(s) it was written to,
 * or why it was skipped. Sheet names are plain text (a user's sheet name is never a formula).
 * The headings and the section titles are the sheet's layout, like any report's headings; the
 * reason is a message, so its words come from the catalog through `render` (the caller's).
 */
export function contentsGrid(sections: readonly SectionResult[], lang: Lang, heading: string, render: (reason: SkipReason, lang: Lang) => string): ReportGrid {
  const sv = lang === 'sv';
  const rows: GridCell[][] = [
    [{ value: heading, style: 'title' }],
    [{ value: sv ? 'Avsnitten i rapportens ordning. Överhoppade avsnitt saknar underlag i arbetsboken.' : 'The sections in report order. Skipped sections have no data in the workbook.', style: 'note' }],
    [
      { value: sv ? 'Avsnitt' : 'Section', style: 'header' },
      { value: sv ? 'Blad' : 'Sheet', style: 'header' },
      { value: sv ? 'Status' : 'Status', style: 'header' },
    ],
  ];
  const keys: (string | null)[] = [null, null, null];
  for (const s of sections) {
    const title = SECTION_TITLE[s.id][lang];
    if (s.kind === 'written') {
      const sheets = s.grids.filter((g) => g.visibility !== 'hidden').map((g) => g.sheetName);
      rows.push([{ value: title, style: 'line' }, { value: sheets.join(', '), style: 'line' }, { value: sv ? 'Infogat' : 'Inserted', style: 'line' }]);
    } else {
      rows.push([{ value: title, style: 'line' }, { value: '', style: 'line' }, { value: `${sv ? 'Överhoppat' : 'Skipped'}: ${render(s.reason, lang)}`, style: 'note' }]);
    }
    keys.push(`section:${s.id}`);
  }
  return {
    name: 'KR_Innehall',
    sheetName: sv ? 'Innehåll' : 'Contents',
    rows,
    columnWidths: [36, 40, 60],
    freeze: { rows: 3, columns: 0 },
    print: { landscape: false, fitToWidth: true },
    rowKeys: keys,
  };
}
