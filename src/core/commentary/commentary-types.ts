import type { Lang } from '../i18n/types';
import type { Unit } from '../report/report-types';

/** What a paragraph is about: a summary topic, or a report line by its id. */
export type Topic = 'net' | 'income' | 'costs' | 'forecast' | 'prior-year' | (string & {});

/** One drafted paragraph, in the report's unit; `block` is the breakdown value it is about. */
export type Paragraph = { readonly topic: Topic; readonly block?: string; readonly text: string };

/**
 * When a deviation is worth a sentence of its own: at least `share` of the line's budget (the
 * budget to date for the period, the annual budget for the forecast) and at least `minimum`
 * kronor. Default 0,5 % and 100 000 kr: Alingsås comments a 300 tkr forecast deviation on a
 * 39 147 tkr line (0,77 %) and calls a 3 tkr one on 4 954 tkr "i budgeterad nivå".
 */
export type Materiality = { readonly share: number; readonly minimum: number };

export const DEFAULT_MATERIALITY: Materiality = { share: 0.005, minimum: 100_000 };

export type CommentaryOptions = {
  readonly lang: Lang;
  /** Default: the report's unit. */
  readonly unit?: Unit;
  readonly materiality?: Materiality;
  /** Contributors named per sentence (default 3). */
  readonly contributors?: number;
};

/** A stable key per paragraph (topic and block), for the grid's row keys and the refresh merge. */
export function paragraphKey(p: Pick<Paragraph, 'topic' | 'block'>): string {
  return p.block === undefined ? `commentary:${p.topic}` : `commentary:${p.topic}@${p.block}`;
}
