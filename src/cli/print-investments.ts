import type { Lang } from '../core/i18n/types';
import type { InvestmentReport } from '../core/investments/types';
import { investmentColumnLabel, investmentColumns } from '../core/investments/grid';
import { formatSwedishNumber } from '../core/text/number';
import { UNIT_SCALE } from '../core/layout/number-formats';
import { forecastNote, LABEL, periodHeading, UNIT_NOTE } from '../core/layout/grid-labels';

/**
 * The investment table as aligned text, in the chosen unit, rounded only here for display:
 * group totals are the engine's unrounded sums rounded, never sums of rounded parts.
 */
export function printInvestments(report: InvestmentReport, lang: Lang, title?: string): string {
  const columns = investmentColumns(report);
  const { divisor, decimals } = UNIT_SCALE[report.unit];
  const headers = columns.map((c) => investmentColumnLabel(c, report, lang));
  const labels = report.lines.map((l) => `${'  '.repeat(l.level)}${l.label}`);
  const body = report.lines.map((l) => columns.map((c) => formatSwedishNumber(l.values[c] / divisor, decimals)));
  const labelWidth = Math.max(LABEL[lang].line.length, ...labels.map((s) => s.length));
  const widths = columns.map((_, c) => Math.max(headers[c].length, ...body.map((r) => r[c].length)));
  const row = (label: string, cells: readonly string[]) => `${label.padEnd(labelWidth)}  ${cells.map((s, c) => s.padStart(widths[c])).join('  ')}`.trimEnd();
  const out = [title ?? (lang === 'sv' ? 'Investeringar' : 'Investments'), periodHeading(report.year, report.through, lang), `${UNIT_NOTE[lang][report.unit]}. ${forecastNote(report.forecastMethod, lang)}`, ''];
  out.push(row(LABEL[lang].line, headers), '-'.repeat(labelWidth + widths.reduce((a, w) => a + w + 2, 0)));
  report.lines.forEach((l, i) => {
    if (l.type === 'total') out.push(row('', widths.map((w) => '-'.repeat(w))));
    out.push(row(labels[i], body[i]));
  });
  return out.join('\n');
}
