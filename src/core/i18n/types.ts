export type Lang = 'sv' | 'en';
export type Params = Record<string, string | number | undefined>;
/** The value of one param: text (from the workbook or composed by the program) or a number. */
export type Value = string | number;
/** The place a message may name; makeIssue fills it from its `where` when the params lack it. */
export type Place = { readonly sheet?: string; readonly address?: string; readonly count?: number };
/**
 * The params of one message, typed per code: `R` the ones it needs, `O` the ones it may use, and
 * the place. makeIssue takes exactly these, so a missing or misspelt param does not compile.
 */
export type P<R extends string = never, O extends string = never> = Place & { readonly [K in R]: Value } & { readonly [K in O]?: Value };
/**
 * A message in both languages, built from its params. Method syntax on purpose: a message may
 * declare the params it needs (`sv(p: { sheets: string })`) and still sit in a Catalog.
 */
export type Message<P = Params> = { sv(p: P): string; en(p: P): string };
export type Catalog = Readonly<Record<string, Message>>;
