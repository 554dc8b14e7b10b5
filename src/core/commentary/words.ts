import type { Lang } from '../i18n/types';
import type { LineValues, ReportLine, SignConvention } from '../report/report-types';

/**
 * Which side of the budget a line is on, read from its amounts in the report's sign convention
 * (costs negative: a cost is below zero; income negative: above). The annual budget decides,
 * then the outcome, then the forecast; a line with none of them counts as a cost.
 */
export type Side = 'income' | 'cost';

export function sideOf(values: LineValues, signs: SignConvention): Side {
  const first = [values.budgetYear, values.actualPeriod, values.forecastYear, values.actualPriorPeriod].find((v) => v !== null && Math.abs(v) >= 0.5) ?? -1;
  const positiveIsIncome = signs === 'costs-negative';
  return first > 0 === positiveIsIncome ? 'income' : 'cost';
}

/** +1 when the convention writes this side's amounts positive: size = value × sizeSign. */
export function sizeSign(side: Side, signs: SignConvention): number {
  return (side === 'income') === (signs === 'costs-negative') ? 1 : -1;
}

/** The label for prose: the parenthesis dropped ("Personalkostnader (inkl. PO)" → "Personalkostnader"). */
export function proseLabel(line: ReportLine, lang: Lang): string {
  return line.label[lang].replace(/\s*\([^)]*\)/g, '').trim();
}

/** First letter lower case mid-sentence, unless the word is an abbreviation ("IT-kostnader"). */
export function lowerFirst(s: string): string {
  return s.length > 1 && s[1] === s[1].toLowerCase() ? s[0].toLowerCase() + s.slice(1) : s;
}

const NOUN = /^(kostnader|kostnad|intäkter|intäkt)$/i;

/**
 * The subject of a line's sentences, as the reports write it: a compound noun in definite form
 * ("Personalkostnaderna"); a phrase ending in the noun as it stands ("Övriga kostnader",
 * "Verksamhetens intäkter"); anything else through a head noun ("Kostnaderna för lokalhyror",
 * "Utfallet för kommunbidrag"). `named` says whether the label itself is the subject.
 */
export function subject(line: ReportLine, side: Side, lang: Lang): { text: string; named: boolean } {
  const label = proseLabel(line, lang);
  if (lang === 'en') return { text: label, named: true };
  const words = label.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length === 1 && /(kostnader|intäkter)$/i.test(last)) return { text: `${label}na`, named: true };
  if (words.length > 1 && NOUN.test(last)) return { text: label, named: true };
  return { text: `${side === 'cost' ? 'Kostnaderna' : 'Utfallet'} för ${lowerFirst(label)}`, named: false };
}

/** English verb agreement for a label as subject: "Other costs amount", "Premises rent amounts". */
export function enVerb(label: string, plural: string, singular: string): string {
  return /s$/i.test(label) ? plural : singular;
}
