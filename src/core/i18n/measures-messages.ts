import type { Catalog, P } from './types';
import { placePrefix as at } from './place';

/** Messages for the activity-measure sheet (core/measures). */
export const measuresMessages = {
  'measures-no-table': {
    sv: (p: P) =>
      `Ingen tabell med verksamhetsmått hittades${p.sheet !== undefined ? ` på bladet '${p.sheet}'` : ''}. Tabellen behöver en rubrikrad med Mått (eller Verksamhetsmått, Nyckeltal) och antingen ett år per kolumn (2022, 2023 …) eller kolumnerna År och Värde.`,
    en: (p: P) =>
      `No activity-measure table was found${p.sheet !== undefined ? ` on sheet '${p.sheet}'` : ''}. The table needs a header row with Measure (Mått, Verksamhetsmått, Nyckeltal) and either one column per year (2022, 2023 …) or the columns Year and Value.`,
  },
  'measures-bad-value': {
    sv: (p: P<'value'>) => `${at(p, 'sv')}'${p.value}' är inte ett tal. Skriv ett tal eller töm cellen (en tom cell visas tom); värdet visas inte förrän det är rättat.`,
    en: (p: P<'value'>) => `${at(p, 'en')}'${p.value}' is not a number. Write a number or clear the cell (an empty cell stays empty); the value is not shown until it is corrected.`,
  },
  'measures-bad-year': {
    sv: (p: P<'value'>) => `${at(p, 'sv')}året '${p.value}' går inte att läsa. Skriv året med fyra siffror, t.ex. 2023; raden räknas inte med förrän den är rättad.`,
    en: (p: P<'value'>) => `${at(p, 'en')}the year '${p.value}' cannot be read. Write the year with four digits, e.g. 2023; the row is left out until it is corrected.`,
  },
  'measures-duplicate': {
    sv: (p: P<'value' | 'year'>) => `${at(p, 'sv')}måttet '${p.value}' har redan ett värde för ${p.year}. Det första värdet används; ta bort dubbletten.`,
    en: (p: P<'value' | 'year'>) => `${at(p, 'en')}the measure '${p.value}' already has a value for ${p.year}. The first value is used; remove the duplicate.`,
  },
} satisfies Catalog;
