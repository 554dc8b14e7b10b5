import type { Lang } from '../i18n/types';
import type { ReportLine, SignConvention, Unit } from '../report/report-types';
import type { LineDeviation } from '../analysis/analysis-types';
import type { Materiality } from './commentary-types';
import { amount, showsZero } from './format';
import { contributorSentences } from './contributors';
import type { Side } from './words';
import { enVerb, lowerFirst, proseLabel, sideOf, sizeSign, subject } from './words';

export type LineContext = { readonly signs: SignConvention; readonly unit: Unit; readonly lang: Lang; readonly materiality: Materiality; readonly contributors: number };

/** How the period deviation is worded: per line, for the income summary, for the cost summary. */
export type PeriodWording = 'deviation' | 'higher-lower' | 'under-over';

export function isMaterial(dev: number, budget: number, ctx: LineContext): boolean {
  return !showsZero(dev, ctx.unit) && Math.abs(dev) >= Math.max(ctx.materiality.share * Math.abs(budget), ctx.materiality.minimum);
}

/** "Personalkostnaderna redovisas under perioden till 64 523 tkr." / "Kostnaderna för lokalhyror uppgår till 4 951 tkr." */
function outcomeSentence(line: ReportLine, side: Side, ctx: LineContext): string {
  const size = (line.values.actualPeriod ?? 0) * sizeSign(side, ctx.signs);
  // An income line with a negative outcome is a real negative amount: then the figure has its sign.
  const fig = `${size < 0 && !showsZero(size, ctx.unit) ? '\u2212' : ''}${amount(size, ctx.unit, ctx.lang)}`;
  if (ctx.lang === 'en') {
    const label = proseLabel(line, 'en');
    return `${label} for the period ${enVerb(label, 'amount', 'amounts')} to ${fig}.`;
  }
  const s = subject(line, side, 'sv');
  return s.named ? `${s.text} redovisas under perioden till ${fig}.` : `${s.text} uppgår till ${fig}.`;
}

/** The period deviation in the chosen wording; `always` states it even when not material (summaries). */
function periodSentence(line: ReportLine, side: Side, wording: PeriodWording, always: boolean, ctx: LineContext): string {
  const dev = line.values.variancePeriod ?? 0;
  const { unit, lang } = ctx;
  const stated = always ? !showsZero(dev, unit) : isMaterial(dev, line.values.budgetPeriod ?? 0, ctx);
  if (!stated) return lang === 'sv' ? 'Utfallet ligger i nivå med periodens budget.' : 'The outcome is in line with the budget for the period.';
  const fig = amount(dev, unit, lang);
  const good = dev > 0;
  switch (wording) {
    case 'deviation':
      return lang === 'sv' ? `Det motsvarar en ${good ? 'positiv' : 'negativ'} avvikelse mot periodens budget om ${fig}.` : `This is ${good ? 'a favourable' : 'an unfavourable'} variance of ${fig} against the budget for the period.`;
    case 'higher-lower': {
      const higher = good === (side === 'income');
      return lang === 'sv' ? `Utfallet är ${fig} ${higher ? 'högre' : 'lägre'} än periodens budget.` : `The outcome is ${fig} ${higher ? 'higher' : 'lower'} than the budget for the period.`;
    }
    case 'under-over': {
      const under = good === (side === 'cost');
      return lang === 'sv' ? `Utfallet ${under ? 'understiger' : 'överstiger'} periodens budget med ${fig}.` : `The outcome is ${fig} ${under ? 'below' : 'above'} the budget for the period.`;
    }
  }
}

/** "Personalkostnaderna förväntas generera ett överskott gentemot budget om 4 260 tkr." and its kin. */
function forecastSentence(line: ReportLine, side: Side, ctx: LineContext): string {
  const dev = line.values.varianceYear ?? 0;
  const { unit, lang } = ctx;
  const label = proseLabel(line, lang);
  if (!isMaterial(dev, line.values.budgetYear ?? 0, ctx)) {
    return lang === 'sv' ? `Prognosen för ${lowerFirst(label)} ligger i nivå med budget.` : `The forecast for ${lowerFirst(label)} is in line with the budget.`;
  }
  const fig = amount(dev, unit, lang);
  const good = dev > 0;
  if (lang === 'en') {
    const be = enVerb(label, 'are', 'is');
    return good ? `${label} ${be} expected to show a surplus of ${fig} against the budget.` : `${label} ${be} forecast to deviate unfavourably from the budget by ${fig}.`;
  }
  const s = subject(line, side, 'sv');
  if (!s.named) return `Prognosen för ${lowerFirst(label)} avviker ${good ? 'positivt mot' : 'negativt från'} budget med ${fig}.`;
  return good ? `${s.text} förväntas generera ett överskott gentemot budget om ${fig}.` : `${s.text} prognosticeras att avvika negativt mot budget med ${fig}.`;
}

/** A line's paragraph: its outcome, its period deviation and forecast, each with its largest causes when material. */
export function lineParagraph(line: ReportLine, dev: LineDeviation | undefined, ctx: LineContext): string {
  const side = sideOf(line.values, ctx.signs);
  const v = line.values;
  const out = [outcomeSentence(line, side, ctx), periodSentence(line, side, 'deviation', false, ctx)];
  if (dev && isMaterial(v.variancePeriod ?? 0, v.budgetPeriod ?? 0, ctx)) out.push(contributorSentences(dev.period, 'period', ctx.unit, ctx.lang, ctx.contributors));
  out.push(forecastSentence(line, side, ctx));
  if (dev && isMaterial(v.varianceYear ?? 0, v.budgetYear ?? 0, ctx)) out.push(contributorSentences(dev.forecast, 'forecast', ctx.unit, ctx.lang, ctx.contributors));
  return out.filter((s) => s !== '').join(' ');
}

/** The income or cost summary: outcome, the deviation in its own words, and its causes when material. */
export function summaryParagraph(line: ReportLine, dev: LineDeviation | undefined, wording: PeriodWording, ctx: LineContext): string {
  const side = sideOf(line.values, ctx.signs);
  const v = line.values;
  const out = [outcomeSentence(line, side, ctx), periodSentence(line, side, wording, true, ctx)];
  if (dev && isMaterial(v.variancePeriod ?? 0, v.budgetPeriod ?? 0, ctx)) out.push(contributorSentences(dev.period, 'period', ctx.unit, ctx.lang, ctx.contributors));
  return out.filter((s) => s !== '').join(' ');
}
