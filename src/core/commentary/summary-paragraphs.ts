import type { Lang } from '../i18n/types';
import type { ReportLine, Unit } from '../report/report-types';
import { amount, percent, showsZero } from './format';
import type { LineContext } from './line-paragraph';
import { lowerFirst, proseLabel, sideOf, sizeSign } from './words';

/** "ett överskott om 3 960 tkr på kostnadssidan" / "a surplus of SEK 3,960 thousand on the cost side". */
function sidePhrase(dev: number, where: 'income' | 'cost', unit: Unit, lang: Lang): string {
  if (lang === 'sv') {
    const place = where === 'income' ? 'intäktssidan' : 'kostnadssidan';
    return showsZero(dev, unit) ? `ingen avvikelse på ${place}` : `ett ${dev > 0 ? 'överskott' : 'underskott'} om ${amount(dev, unit, lang)} på ${place}`;
  }
  const place = where === 'income' ? 'the income side' : 'the cost side';
  return showsZero(dev, unit) ? `no variance on ${place}` : `a ${dev > 0 ? 'surplus' : 'deficit'} of ${amount(dev, unit, lang)} on ${place}`;
}

type Split = { readonly income?: ReportLine; readonly costs?: ReportLine };

function splitSentence(kind: 'period' | 'forecast', dev: number, split: Split, ctx: LineContext): string {
  if (!split.income || !split.costs || showsZero(dev, ctx.unit)) return '';
  const col = kind === 'period' ? 'variancePeriod' : 'varianceYear';
  const income = sidePhrase(split.income.values[col] ?? 0, 'income', ctx.unit, ctx.lang);
  const costs = sidePhrase(split.costs.values[col] ?? 0, 'cost', ctx.unit, ctx.lang);
  const fig = amount(dev, ctx.unit, ctx.lang);
  if (ctx.lang === 'en') {
    const what = kind === 'period' ? `The ${dev > 0 ? 'favourable' : 'unfavourable'} net variance of ${fig}` : 'The forecast variance';
    return `${what} consists of ${income} and ${costs}.`;
  }
  const what = kind === 'period' ? `Det är en ${dev > 0 ? 'positiv' : 'negativ'} nettoavvikelse om ${fig} som fördelar sig med` : 'Prognosavvikelsen fördelar sig med';
  return `${what} ${income} och ${costs}.`;
}

/** "Verksamhetens nettokostnad uppgår under perioden till 66 120 tkr, vilket understiger periodens budget med … tkr." */
export function netParagraph(net: ReportLine, split: Split, ctx: LineContext): string {
  const { unit, lang } = ctx;
  const side = sideOf(net.values, ctx.signs);
  const size = amount((net.values.actualPeriod ?? 0) * sizeSign(side, ctx.signs), unit, lang);
  const dev = net.values.variancePeriod ?? 0;
  const under = dev > 0 === (side === 'cost');
  const label = proseLabel(net, lang);
  let first: string;
  if (lang === 'sv') {
    const how = showsZero(dev, unit) ? 'vilket är i nivå med periodens budget' : `vilket ${under ? 'understiger' : 'överstiger'} periodens budget med ${amount(dev, unit, lang)}`;
    first = `${label} uppgår under perioden till ${size}, ${how}.`;
  } else {
    const how = showsZero(dev, unit) ? 'in line with the budget for the period' : `${amount(dev, unit, lang)} ${under ? 'below' : 'above'} the budget for the period`;
    first = `${label} for the period is ${size}, ${how}.`;
  }
  return [first, splitSentence('period', dev, split, ctx)].filter((s) => s !== '').join(' ');
}

/** "Prognosen för helåret visar en nettokostnad om 106 768 tkr, vilket innebär ett överskott om 109 tkr jämfört med årets budget." */
export function forecastParagraph(net: ReportLine, split: Split, ctx: LineContext): string {
  const { unit, lang } = ctx;
  const side = sideOf(net.values, ctx.signs);
  const size = amount((net.values.forecastYear ?? 0) * sizeSign(side, ctx.signs), unit, lang);
  const dev = net.values.varianceYear ?? 0;
  const zero = showsZero(dev, unit);
  let first: string;
  if (lang === 'sv') {
    const what = side === 'cost' ? 'en nettokostnad' : 'en nettointäkt';
    const how = zero ? 'vilket är i nivå med årets budget' : `vilket innebär ett ${dev > 0 ? 'överskott' : 'underskott'} om ${amount(dev, unit, lang)} jämfört med årets budget`;
    first = `Prognosen för helåret visar ${what} om ${size}, ${how}.`;
  } else {
    const what = side === 'cost' ? 'a net cost' : 'a net income';
    const how = zero ? 'in line with the annual budget' : `a ${dev > 0 ? 'surplus' : 'deficit'} of ${amount(dev, unit, lang)} against the annual budget`;
    first = `The full-year forecast shows ${what} of ${size}, ${how}.`;
  }
  return [first, splitSentence('forecast', dev, split, ctx)].filter((s) => s !== '').join(' ');
}

/** "Jämfört med samma period föregående år har verksamhetens intäkter ökat med 7 215 tkr (14,7 %), …" Empty without a prior year. */
export function priorYearParagraph(lines: readonly ReportLine[], ctx: LineContext): string {
  const { unit, lang } = ctx;
  const items = lines
    .filter((l) => !showsZero(l.values.actualPriorPeriod ?? 0, unit) || !showsZero(l.values.actualPeriod ?? 0, unit))
    .map((l) => {
      const side = sideOf(l.values, ctx.signs);
      const k = sizeSign(side, ctx.signs);
      const prior = (l.values.actualPriorPeriod ?? 0) * k;
      const change = (l.values.actualPeriod ?? 0) * k - prior;
      const label = lowerFirst(proseLabel(l, lang));
      if (showsZero(change, unit)) return lang === 'sv' ? `${label} legat kvar på samma nivå` : `${label} stayed at the same level`;
      const pct = prior >= 0.5 ? ` (${percent(change / prior, lang)})` : '';
      const verb = lang === 'sv' ? (change > 0 ? 'ökat med' : 'minskat med') : change > 0 ? 'increased by' : 'decreased by';
      return `${label} ${verb} ${amount(change, unit, lang)}${pct}`;
    });
  if (items.length === 0 || lines.every((l) => showsZero(l.values.actualPriorPeriod ?? 0, unit))) return '';
  const and = lang === 'sv' ? ' och ' : ' and ';
  const joined = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
  return lang === 'sv' ? `Jämfört med samma period föregående år har ${joined}.` : `Compared with the same period last year, ${joined}.`;
}
