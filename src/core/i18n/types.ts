export type Lang = 'sv' | 'en';
export type Params = Record<string, string | number | undefined>;
/**
 * A message in both languages, built from its params. Method syntax on purpose: a message may
 * declare the params it needs (`sv(p: { sheets: string })`) and still sit in a Catalog.
 */
export type Message<P = Params> = { sv(p: P): string; en(p: P): string };
export type Catalog = Readonly<Record<string, Message>>;
