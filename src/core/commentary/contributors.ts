import type { Lang } from '../i18n/types';
import type { Unit } from '../report/report-types';
import type { Contribution, Decomposition, Deviation } from '../analysis/analysis-types';
import { showsZero, signedAmount } from './format';

/** A part is named when it is at least this share of the deviation's size. */
const MIN_SHARE = 0.1;

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
}

function named(d: Decomposition, total: number, max: number): Contribution[] {
  return d.parts.filter((p) => Math.abs(p.ore) >= MIN_SHARE * Math.abs(total)).slice(0, max);
}

const kr = (ore: number) => ore / 100;

/**
 * "Avvikelsen förklaras främst av 4620 Administrativa tjänster (IT) (+3 445 tkr) och 4610
 * Konsulttjänster (−1 424 tkr). Resterande −129 tkr fördelar sig på övriga konton." and, when a
 * dimension concentrates the deviation, "Per Ansvar: 110 (+1 576 tkr) och 120 (+316 tkr)."
 * Signed figures: these words do not say the direction. Empty when nothing reaches 10 %.
 */
export function contributorSentences(dev: Deviation, kind: 'period' | 'forecast', unit: Unit, lang: Lang, max: number): string {
  const out: string[] = [];
  const fig = (ore: number) => signedAmount(kr(ore), unit, lang);
  const accounts = dev.decompositions.find((d) => d.by === 'account');
  if (accounts) {
    const parts = named(accounts, dev.ore, max);
    if (parts.length > 0) {
      const items = parts.map((p) => `${p.label} (${fig(p.ore)})`);
      const head = lang === 'sv' ? (kind === 'period' ? 'Avvikelsen förklaras främst av' : 'Prognosavvikelsen förklaras främst av') : kind === 'period' ? 'The variance comes mainly from' : 'The forecast variance comes mainly from';
      out.push(`${head} ${list(items, lang)}.`);
      const rest = dev.ore - parts.reduce((s, p) => s + p.ore, 0);
      if (!showsZero(kr(rest), unit)) out.push(lang === 'sv' ? `Resterande ${fig(rest)} fördelar sig på övriga konton.` : `The remaining ${fig(rest)} is spread over other accounts.`);
    }
  }
  const dim = concentrated(dev);
  if (dim) {
    const parts = named(dim, dev.ore, max);
    const blank = lang === 'sv' ? '(utan värde)' : '(no value)';
    if (parts.length > 0) out.push(`${lang === 'sv' ? 'Per' : 'By'} ${dim.dimension}: ${list(parts.map((p) => `${p.label || blank} (${fig(p.ore)})`), lang)}.`);
  }
  return out.join(' ');
}

/**
 * The dimension whose largest value explains most of the deviation, among dimensions where the
 * deviation falls on more than one value (one value says nothing); ties go to the first.
 */
function concentrated(dev: Deviation): Decomposition | undefined {
  let best: Decomposition | undefined;
  for (const d of dev.decompositions) {
    if (d.by !== 'dimension' || d.parts.length + d.rest.count < 2 || d.parts.length === 0) continue;
    if (!best || Math.abs(d.parts[0].ore) > Math.abs(best.parts[0].ore)) best = d;
  }
  return best;
}
