export type Lang = 'sv' | 'en';
export type Params = Record<string, string | number | undefined>;
/** A message in both languages, built from its params. */
export type Message = { readonly sv: (p: Params) => string; readonly en: (p: Params) => string };
export type Catalog = Readonly<Record<string, Message>>;
