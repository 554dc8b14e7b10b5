import type { Lang, Params } from './types';

/**
 * "bladet 'Huvudbok', cell B7" / "sheet 'Huvudbok', cell B7": the place a message points at.
 * A module of its own so the message modules need nothing from catalog.ts (which imports them).
 */
export function place(p: Params, lang: Lang): string {
  const sheet = p.sheet !== undefined ? (lang === 'sv' ? `bladet '${p.sheet}'` : `sheet '${p.sheet}'`) : '';
  if (p.address === undefined) return sheet;
  const isRange = String(p.address).includes(':');
  const cell = lang === 'sv' ? (isRange ? `område ${p.address}` : `cell ${p.address}`) : isRange ? `range ${p.address}` : `cell ${p.address}`;
  return sheet ? `${sheet}, ${cell}` : cell;
}

/** "Bladet 'Huvudbok', cell B7": the place at the start of a sentence (the message writes the colon). */
export function placeAtStart(p: Params, lang: Lang): string {
  const s = place(p, lang);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Bladet 'Huvudbok', cell B7: " at the start of a sentence, or '' when the message has no place. */
export function placePrefix(p: Params, lang: Lang): string {
  const s = placeAtStart(p, lang);
  return s === '' ? '' : `${s}: `;
}
