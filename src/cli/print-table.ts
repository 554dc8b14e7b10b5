import type { Lang } from '../core/i18n/types';
import type { Report, ReportLine } from '../core/report/report-types';
import { COLUMN_IDS } from '../core/report/report-types';
import { columnLabel } from '../core/report/columns';
import { formatSwedishNumber } from '../core/text/number';
import { UNIT_SCALE } from '../core/layout/number-formats';
import { forecastNote, LABEL, periodHeading, UNIT_NOTE } from '../core/layout/grid-labels';
import type { Paragraph } from '../core/commentary/commentary-types';
import { COMMENTARY_HEADING } from '../core/commentary/commentary-grid';

/**
 * The report as aligned text: amounts in the chosen unit, Swedish number display (NBSP
 * thousands separator, minus in front), rounded only here, for display. Totals are the
 * engine's unrounded totals rounded, not sums of rounded parts.
 */
function cell(report: Report, line: ReportLine, id: (typeof COLUMN_IDS)[number]): string {
  const v = line.values[id];
  if (v === null) return '';
  if (id === 'utilisation') return `${Math.round(v * 100)} %`;
  const { divisor, decimals } = UNIT_SCALE[report.unit];
  return formatSwedishNumber(v / divisor, decimals);
}

function table(report: Report, lines: readonly ReportLine[], lang: Lang): string[] {
  const headers = COLUMN_IDS.map((id) => columnLabel(id, report.year, report.through, lang));
  const labels = lines.map((l) => `${'  '.repeat(l.level)}${l.label[lang]}`);
  const body = lines.map((l) => COLUMN_IDS.map((id) => cell(report, l, id)));
  const labelWidth = Math.max(LABEL[lang].line.length, ...labels.map((s) => s.length));
  const widths = COLUMN_IDS.map((_, c) => Math.max(headers[c].length, ...body.map((r) => r[c].length)));
  const row = (label: string, cells: readonly string[]) => `${label.padEnd(labelWidth)}  ${cells.map((s, c) => s.padStart(widths[c])).join('  ')}`.trimEnd();
  const out = [row(LABEL[lang].line, headers), '-'.repeat(labelWidth + widths.reduce((a, w) => a + w + 2, 0))];
  const index = new Map(lines.map((l, i) => [l.id, i]));
  lines.forEach((l, i) => {
    // A rule above a sum whose parts stand above it.
    if (l.type === 'summa' && l.parts.some((p) => (index.get(p) ?? -1) < i)) out.push(row('', widths.map((w) => '-'.repeat(w))));
    out.push(row(labels[i], body[i]));
  });
  return out;
}

export function printReport(report: Report, lang: Lang, title?: string): string {
  const out: string[] = [];
  if (title) out.push(title);
  out.push(periodHeading(report.year, report.through, lang));
  out.push(`${UNIT_NOTE[lang][report.unit]}. ${forecastNote(report.forecastMethod, lang)}`, '');
  const b = report.breakdown;
  if (b) out.push(LABEL[lang].total);
  out.push(...table(report, report.lines, lang));
  if (b) {
    for (const block of b.blocks) out.push('', LABEL[lang].block(b.dimension, block.key), ...table(report, block.lines, lang));
  }
  return out.join('\n');
}

/** The drafted commentary after the table: its heading, then one paragraph per block of text. */
export function printCommentary(paragraphs: readonly Paragraph[], lang: Lang): string {
  return [COMMENTARY_HEADING[lang], ...paragraphs.map((p) => p.text)].join('\n\n');
}
