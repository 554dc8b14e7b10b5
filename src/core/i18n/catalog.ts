import type { Catalog, Lang, Params } from './types';
import { ledgerMessages } from './ledger-messages';
import { reportMessages } from './report-messages';
import { goalMessages } from './goal-messages';
import { inputMessages } from './input-messages';
import { personnelMessages } from './personnel-messages';
import { measuresMessages } from './measures-messages';
import { historyMessages } from './history-messages';
import { sieMessages } from './sie-messages';
import { investmentMessages } from './investment-messages';
import { sieInvestmentMessages } from './sie-investment-messages';
import { paneMessages } from './pane-messages';
import { clipParams } from './clip';

/** All issue messages, one file per area; codes are unique across areas. */
export const catalog = { ...inputMessages, ...ledgerMessages, ...reportMessages, ...goalMessages, ...personnelMessages, ...measuresMessages, ...historyMessages, ...sieMessages, ...investmentMessages, ...sieInvestmentMessages, ...paneMessages } satisfies Catalog;

/** Every code an Issue can carry: the keys of the catalog. */
export type IssueCode = keyof typeof catalog;

/** The params a code's message is built from (Params where the message does not say). */
export type ParamsOf<C extends IssueCode> = Parameters<(typeof catalog)[C]['sv']>[0];

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(catalog, code);
}

/**
 * The message for `code` in `lang`. Every message is built here, so this is where the user text
 * a message echoes is bounded: each string param is clipped first (see clip.ts).
 */
export function messageFor(code: string, lang: Lang, params: Params): string {
  const m: Catalog[string] | undefined = isIssueCode(code) ? (catalog as Catalog)[code] : undefined;
  if (!m) return lang === 'sv' ? `Okänt problem (${code}).` : `Unknown problem (${code}).`;
  return m[lang](clipParams(params));
}

export { place } from './place';
