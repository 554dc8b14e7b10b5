import type { Report, ReportLine } from '../report/report-types';
import type { DeviationAnalysis, LineDeviation } from '../analysis/analysis-types';
import { LABEL } from '../layout/grid-labels';
import type { CommentaryOptions, Paragraph } from './commentary-types';
import { DEFAULT_MATERIALITY } from './commentary-types';
import { signedAmount } from './format';
import { contributorSentences } from './contributors';
import type { LineContext } from './line-paragraph';
import { isMaterial, lineParagraph, summaryParagraph } from './line-paragraph';
import { forecastParagraph, netParagraph, priorYearParagraph } from './summary-paragraphs';

/** Lines the summaries speak for, by the template ids of DOMAIN.md §3. */
const SUMMARY_IDS = new Set(['net', 'income', 'costs']);

/**
 * The text under the table, drafted from the numbers by fixed rules (DOMAIN.md §10), never from
 * last month's text: the net against the period budget and how it splits on income and costs;
 * the income and the costs; the full-year forecast; the change against the same period last
 * year; then one paragraph per line (its outcome, its deviations, their largest causes when
 * material); then one per breakdown block. The words follow the deviation's sign (favourable
 * positive in both conventions), so both conventions give the same text.
 */
export function draftCommentary(report: Report, analysis: DeviationAnalysis | null, options: CommentaryOptions): Paragraph[] {
  const ctx: LineContext = {
    signs: report.signs,
    unit: options.unit ?? report.unit,
    lang: options.lang,
    materiality: options.materiality ?? DEFAULT_MATERIALITY,
    contributors: options.contributors ?? 3,
  };
  const byId = new Map(report.lines.map((l) => [l.id, l]));
  const devOf = (lines: readonly LineDeviation[] | undefined, id: string) => lines?.find((d) => d.lineId === id);
  const net = byId.get('net');
  const income = byId.get('income');
  const costs = byId.get('costs');
  const split = { ...(income ? { income } : {}), ...(costs ? { costs } : {}) };
  const out: Paragraph[] = [];
  if (net) out.push({ topic: 'net', text: netParagraph(net, split, ctx) });
  if (income) out.push({ topic: 'income', text: summaryParagraph(income, devOf(analysis?.lines, 'income'), 'higher-lower', ctx) });
  if (costs) out.push({ topic: 'costs', text: summaryParagraph(costs, devOf(analysis?.lines, 'costs'), 'under-over', ctx) });
  if (net) out.push({ topic: 'forecast', text: forecastParagraph(net, split, ctx) });
  const prior = priorYearParagraph([income, costs, net].filter((l): l is ReportLine => l !== undefined), ctx);
  if (prior !== '') out.push({ topic: 'prior-year', text: prior });
  const root = report.checks[0]?.lineId ?? [...report.lines].reverse().find((l) => l.type === 'summa')?.id;
  for (const line of report.lines) {
    if (line.type === 'varav' || SUMMARY_IDS.has(line.id) || line.id === root || isEmpty(line)) continue;
    out.push({ topic: line.id, text: lineParagraph(line, devOf(analysis?.lines, line.id), ctx) });
  }
  out.push(...blockParagraphs(report, analysis, ctx));
  return out;
}

/** A line without budget, outcome or forecast has nothing to say. */
function isEmpty(line: ReportLine): boolean {
  const v = line.values;
  return [v.budgetYear, v.budgetPeriod, v.actualPeriod, v.forecastYear].every((x) => x === null || Math.abs(x) < 0.5);
}

/** "Ansvar 110: Avvikelse mellan budget och utfall för perioden, +471 tkr. Prognosavvikelse, +400 tkr." */
function blockParagraphs(report: Report, analysis: DeviationAnalysis | null, ctx: LineContext): Paragraph[] {
  const b = report.breakdown;
  if (!b) return [];
  const { unit, lang } = ctx;
  return b.summary.map((s, i) => {
    const label = LABEL[lang].block(b.dimension, s.key);
    const period = signedAmount(s.values.variancePeriod ?? 0, unit, lang);
    const fc = signedAmount(s.values.varianceYear ?? 0, unit, lang);
    const parts = [
      lang === 'sv' ? `${label}: Avvikelse mellan budget och utfall för perioden, ${period}. Prognosavvikelse, ${fc}.` : `${label}: variance between budget and actual for the period, ${period}. Forecast variance, ${fc}.`,
    ];
    const dev = analysis?.blocks[i]?.key === s.key ? analysis.blocks[i].lines.find((d) => d.lineId === s.lineId) : undefined;
    if (dev && isMaterial(s.values.variancePeriod ?? 0, s.values.budgetPeriod ?? 0, ctx)) parts.push(contributorSentences(dev.period, 'period', unit, lang, ctx.contributors));
    return { topic: s.lineId, block: s.key, text: parts.filter((p) => p !== '').join(' ') };
  });
}
