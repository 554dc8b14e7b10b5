import type { Catalog, P } from './types';

/** Messages about the Kommentar column on refresh (core/block/comments): a comment whose line is gone. */
export const commentMessages = {
  'report.comment-dropped': {
    sv: (p: P<'label' | 'text'>) =>
      `Kommentaren till '${p.label}' hör till en rad som inte längre finns i rapporten: '${p.text}'. Den har inte skrivits tillbaka; kopiera den om du vill behålla den.`,
    en: (p: P<'label' | 'text'>) =>
      `The comment on '${p.label}' belongs to a line that is no longer in the report: '${p.text}'. It was not written back; copy it if you want to keep it.`,
  },
} satisfies Catalog;
