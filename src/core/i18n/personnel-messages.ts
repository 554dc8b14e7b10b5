import type { Catalog, Lang, P, Params } from './types';
import { placePrefix as at } from './place';

/** Messages for the sick-leave sheet (core/personnel). */
const WHAT = {
  hours: { sv: 'antalet timmar', en: 'the number of hours' },
  count: { sv: 'antalet anställda', en: 'the number of employees' },
  year: { sv: 'året', en: 'the year' },
  age: { sv: 'åldern', en: 'the age' },
} as const;

function what(p: Params, lang: Lang): string {
  const w = WHAT[String(p.what) as keyof typeof WHAT] ?? WHAT.hours;
  return w[lang];
}

export const personnelMessages = {
  'sick-no-table': {
    sv: (p: P) =>
      `Ingen tabell med sjukfrånvaro hittades${p.sheet !== undefined ? ` på bladet '${p.sheet}'` : ''}. Tabellen behöver en rubrikrad med tillgänglig ordinarie arbetstid, sjukfrånvarotimmar (totalt eller per intervall Dag 1–14, Dag 15–59, Dag 60–) och antingen Kön och Ålder/Födelseår (en rad per anställd) eller Grupp (en rad per grupp).`,
    en: (p: P) =>
      `No sick-leave table was found${p.sheet !== undefined ? ` on sheet '${p.sheet}'` : ''}. The table needs a header row with available ordinary working time, sick-leave hours (a total or per interval Days 1–14, 15–59, 60+) and either Gender and Age/Birth year (one row per employee) or Group (one row per group).`,
  },
  'sick-empty': {
    sv: (p: P) => `${at(p, 'sv')}sjukfrånvarotabellen har inga rader under rubrikraden. Fyll i en rad per anställd eller per grupp.`,
    en: (p: P) => `${at(p, 'en')}the sick-leave table has no rows below its header. Add one row per employee or per group.`,
  },
  'sick-bad-number': {
    sv: (p: P<'value', 'what'>) => `${at(p, 'sv')}'${p.value}' går inte att läsa som ${what(p, 'sv')}. Skriv ett tal, t.ex. 1 234,5, eller töm cellen; raden räknas inte med förrän den är rättad.`,
    en: (p: P<'value', 'what'>) => `${at(p, 'en')}'${p.value}' cannot be read as ${what(p, 'en')}. Write a number, e.g. 1234.5, or clear the cell; the row is left out until it is corrected.`,
  },
  'sick-no-available-time': {
    sv: (p: P) => `${at(p, 'sv')}den tillgängliga ordinarie arbetstiden saknas eller är noll. Fyll i antalet timmar; raden räknas inte med förrän den är rättad.`,
    en: (p: P) => `${at(p, 'en')}the available ordinary working time is missing or zero. Fill in the hours; the row is left out until it is corrected.`,
  },
  'sick-above-available': {
    sv: (p: P<'available' | 'sick'>) => `${at(p, 'sv')}sjukfrånvaron (${p.sick} timmar) är större än den tillgängliga arbetstiden (${p.available} timmar). Kontrollera raden; den räknas med som den står.`,
    en: (p: P<'available' | 'sick'>) => `${at(p, 'en')}the sick leave (${p.sick} hours) is larger than the available working time (${p.available} hours). Check the row; it is counted as it stands.`,
  },
  'sick-gender-unknown': {
    sv: (p: P<'value'>) => `${at(p, 'sv')}könet '${p.value}' är varken kvinna (K) eller man (M). Raden räknas med i totalen och i åldersgruppen men inte under Kvinnor eller Män.`,
    en: (p: P<'value'>) => `${at(p, 'en')}the gender '${p.value}' is neither woman (K/F) nor man (M). The row counts in the total and its age group but not under Women or Men.`,
  },
  'sick-group-unknown': {
    sv: (p: P<'value'>) => `${at(p, 'sv')}gruppen '${p.value}' är inte en av Totalt, Kvinnor, Män, 29 år eller yngre, 30–49 år, 50 år eller äldre. Raden räknas inte med; byt namn på gruppen om den ska med.`,
    en: (p: P<'value'>) => `${at(p, 'en')}the group '${p.value}' is not one of Total, Women, Men, 29 years or younger, 30–49 years, 50 years or older. The row is left out; rename the group if it belongs in the table.`,
  },
} satisfies Catalog;
