import type { GridCell, ReportGrid } from '../grid';
import type { Lang } from '../i18n/types';
import type { Report } from '../report/report-types';
import { COLUMN_IDS } from '../report/report-types';
import { columnLabel } from '../report/columns';
import { cellA1 } from '../address';
import { COL, COMMENT_COL, lineRows, WIDTH } from './line-rows';
import { AMOUNT_FORMAT, PERCENT_FORMAT } from './number-formats';
import { defaultTitle, forecastNote, LABEL, periodHeading, UNIT_NOTE } from './grid-labels';
import type { Paragraph } from '../commentary/commentary-types';
import { asDrafts, commentaryRows } from '../commentary/commentary-grid';

/** `commentary`: drafted paragraphs, written under the table as draft-styled text rows. */
export type ReportGridOptions = { readonly lang: Lang; readonly title?: string; readonly commentary?: readonly Paragraph[] };

/** Header rows above the first line: title, period, unit note, column headings. */
export const HEADER_ROWS = 4;

const pad = (cells: GridCell[]): GridCell[] => [...cells, ...Array.from({ length: WIDTH - cells.length }, () => ({}))];

/**
 * The report as one grid on its own sheet: title, period heading, unit note, column headings
 * (frozen), then the lines. With a breakdown the total comes first, then a summary with one row
 * per value (formulas pointing at each block's net row), then one block per value, all on the
 * same sheet so one defined name covers the whole report and one print fits it.
 */
export function reportGrid(report: Report, options: ReportGridOptions): ReportGrid {
  const { lang } = options;
  const mm = String(report.through).padStart(2, '0');
  const rows: GridCell[][] = [
    pad([{ value: options.title ?? defaultTitle(lang), style: 'title' }]),
    pad([{ value: periodHeading(report.year, report.through, lang), style: 'subtitle' }]),
    pad([{ value: UNIT_NOTE[lang][report.unit], style: 'note' }]),
    [{ value: LABEL[lang].line, style: 'header' }, ...COLUMN_IDS.map((id) => ({ value: columnLabel(id, report.year, report.through, lang), style: 'header' as const })), { value: LABEL[lang].comment, style: 'header' }],
  ];
  const keys: (string | null)[] = [null, null, null, null];
  const rootId = report.checks[0]?.lineId ?? [...report.lines].reverse().find((l) => l.type === 'summa')?.id;
  const common = { lang, unit: report.unit, signs: report.signs, rootId };
  const b = report.breakdown;
  if (b) {
    rows.push(pad([{ value: LABEL[lang].total, style: 'subtitle' }]));
    keys.push(null);
  }
  const total = lineRows(report.lines, rows.length, { ...common, keyPrefix: '' });
  rows.push(...total.rows);
  keys.push(...total.keys);
  if (b) {
    const summaryLabel = report.lines.find((l) => l.id === b.summary[0]?.lineId)?.label[lang] ?? '';
    rows.push(pad([]), pad([{ value: LABEL[lang].summary(b.dimension, summaryLabel), style: 'subtitle' }]));
    keys.push(null, null);
    const summaryStart = rows.length;
    const blockStart: number[] = [];
    let next = summaryStart + b.summary.length + 1;
    for (const block of b.blocks) {
      blockStart.push(next + 1);
      next += block.lines.length + 2;
    }
    b.summary.forEach((s, i) => {
      const netRow = blockStart[i] + b.blocks[i].lines.findIndex((l) => l.id === s.lineId);
      const cells: GridCell[] = [{ value: LABEL[lang].block(b.dimension, s.key), style: 'line' }];
      for (const id of COLUMN_IDS) {
        cells.push({ formula: `=${cellA1(netRow, COL[id])}`, value: s.values[id], format: id === 'utilisation' ? PERCENT_FORMAT : AMOUNT_FORMAT[report.unit], style: 'line' });
      }
      cells.push({ value: null, style: 'comment' });
      rows.push(cells);
      keys.push(`summary:${s.key}`);
    });
    b.blocks.forEach((block, i) => {
      rows.push(pad([]), pad([{ value: LABEL[lang].block(b.dimension, block.key), style: 'subtitle' }]));
      keys.push(null, null);
      const part = lineRows(block.lines, blockStart[i], { ...common, keyPrefix: `${b.dimension}=${block.key}:` });
      rows.push(...part.rows);
      keys.push(...part.keys);
    });
  }
  rows.push(pad([]), pad([{ value: forecastNote(report.forecastMethod, lang), style: 'note' }]));
  keys.push(null, null);
  const unverified = report.template.origin === 'default' ? report.lines.filter((l) => l.note === 'unverified').map((l) => l.label[lang]) : [];
  if (unverified.length > 0) {
    rows.push(pad([{ value: LABEL[lang].unverified(unverified.join(', ')), style: 'note' }]));
    keys.push(null);
  }
  const commentary = options.commentary && options.commentary.length > 0 ? commentaryRows(asDrafts(options.commentary), lang, WIDTH) : null;
  if (commentary) {
    rows.push(pad([]), ...commentary.rows);
    keys.push(null, ...commentary.keys);
  }
  const suffix = b ? `_${b.dimension.replace(/[^A-Za-z0-9]/g, '')}` : '';
  return {
    name: `KR_Rapport_${report.year}_${mm}${suffix}`,
    sheetName: `Rapport ${report.year}-${mm}${b ? ` ${b.dimension}`.slice(0, 14) : ''}`,
    rows,
    columnWidths: [36, ...COLUMN_IDS.map((id) => (id === 'utilisation' ? 14 : 15)), 40],
    freeze: { rows: HEADER_ROWS, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    commentColumn: COMMENT_COL,
    rowKeys: keys,
    ...(commentary ? { drafts: commentary.drafts } : {}),
  };
}
