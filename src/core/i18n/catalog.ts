import type { Catalog, Lang, Params } from './types';
import { ledgerMessages } from './ledger-messages';
import { reportMessages } from './report-messages';
import { goalMessages } from './goal-messages';
import { inputMessages } from './input-messages';
import { personnelMessages } from './personnel-messages';
import { sieMessages } from './sie-messages';
import { investmentMessages } from './investment-messages';
import { clipParams } from './clip';

/** All issue messages, one file per area; codes are unique across areas. */
export const catalog: Catalog = { ...inputMessages, ...ledgerMessages, ...reportMessages, ...goalMessages, ...personnelMessages, ...sieMessages, ...investmentMessages };

/**
 * The message for `code` in `lang`. Every message is built here, so this is where the user text
 * a message echoes is bounded: each string param is clipped first (see clip.ts).
 */
export function messageFor(code: string, lang: Lang, params: Params): string {
  const m = catalog[code];
  if (!m) return lang === 'sv' ? `Okänt problem (${code}).` : `Unknown problem (${code}).`;
  return m[lang](clipParams(params));
}

/** "Blad 'Huvudbok', cell B7" / "sheet 'Huvudbok', cell B7": the place a message points at. */
export function place(p: Params, lang: Lang): string {
  const sheet = p.sheet !== undefined ? (lang === 'sv' ? `bladet '${p.sheet}'` : `sheet '${p.sheet}'`) : '';
  if (p.address === undefined) return sheet;
  const isRange = String(p.address).includes(':');
  const cell = lang === 'sv' ? (isRange ? `område ${p.address}` : `cell ${p.address}`) : isRange ? `range ${p.address}` : `cell ${p.address}`;
  return sheet ? `${sheet}, ${cell}` : cell;
}
