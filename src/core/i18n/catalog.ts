import type { Catalog, Lang, Params, Place } from './types';
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
import { commentMessages } from './comment-messages';
import { excelErrorMessages } from './excel-error-messages';
import { xlsxErrorMessages } from './xlsx-error-messages';
import { followupMessages } from './followup-messages';
import { clipParams } from './clip';

/** All issue messages, one file per area; codes are unique across areas. */
export const catalog = { ...inputMessages, ...ledgerMessages, ...reportMessages, ...goalMessages, ...personnelMessages, ...measuresMessages, ...historyMessages, ...sieMessages, ...investmentMessages, ...sieInvestmentMessages, ...paneMessages, ...commentMessages } satisfies Catalog;

/** Every code an Issue can carry: the keys of the catalog. */
export type IssueCode = keyof typeof catalog;

type FirstParam<F> = F extends () => string ? Place : F extends (p: infer A) => string ? A : never;

/**
 * The params a code's message is built from, as its message module types them (types.ts `P`);
 * a message that takes none takes only the place.
 */
export type ParamsOf<C extends IssueCode> = FirstParam<(typeof catalog)[C]['sv']>;

/** True when every param of the code is optional, so the params may be left out. */
export type ParamsOptional<C extends IssueCode> = Partial<ParamsOf<C>> extends ParamsOf<C> ? true : false;

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(catalog, code);
}

/**
 * The texts of the adapters' errors (ExcelReadError/ExcelWriteError `excel.*`, XlsxReadError/
 * XlsxWriteError `xlsx.*`). An error carries its key and
 * params; the pane and the CLI render it. These keys are never an Issue's code.
 */
export const errorCatalog = { ...excelErrorMessages, ...xlsxErrorMessages } satisfies Catalog;

export type ErrorKey = keyof typeof errorCatalog;

/**
 * Why a section of the follow-up was skipped (core/followup `SkipReason`): neither an issue nor
 * an adapter error, so its keys stay apart from both.
 */
export const reasonCatalog = { ...followupMessages } satisfies Catalog;

export type ReasonKey = keyof typeof reasonCatalog;

/** The params a reason's message is built from, as followup-messages.ts types them. */
export type ReasonParamsOf<C extends ReasonKey> = FirstParam<(typeof reasonCatalog)[C]['sv']>;

/** Every key messageFor knows: the issue codes, the error keys and the skip reasons. */
export type MessageKey = IssueCode | ErrorKey | ReasonKey;

const own = (table: Catalog, code: string): Catalog[string] | undefined => (Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined);

function lookup(code: string): Catalog[string] | undefined {
  if (isIssueCode(code)) return (catalog as Catalog)[code];
  return own(errorCatalog, code) ?? own(reasonCatalog, code);
}

/**
 * The message for `code` (an issue code or an error key) in `lang`. Every message is built here,
 * so this is where the user text a message echoes is bounded: each string param is clipped first
 * (see clip.ts). Only the edges call it (the pane, the CLI, through render.ts); core and the
 * adapters carry code and params.
 */
export function messageFor(code: string, lang: Lang, params: Params): string {
  const m = lookup(code);
  if (!m) return lang === 'sv' ? `Okänt problem (${code}).` : `Unknown problem (${code}).`;
  return m[lang](clipParams(params));
}

export { place } from './place';
