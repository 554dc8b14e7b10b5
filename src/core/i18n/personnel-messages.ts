import type { Catalog, Lang, Params } from './types';
import { place } from './catalog';

/** Messages for the personnel sheets: sick leave and activity measures. */
function at(p: Params, lang: Lang): string {
  const s = place(p, lang);
  return s === '' ? '' : `${s.charAt(0).toUpperCase()}${s.slice(1)}: `;
}

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
    sv: (p) =>
      `Ingen tabell med sjukfrånvaro hittades${p.sheet !== undefined ? ` på bladet '${p.sheet}'` : ''}. Tabellen behöver en rubrikrad med tillgänglig ordinarie arbetstid, sjukfrånvarotimmar (totalt eller per intervall Dag 1–14, Dag 15–59, Dag 60–) och antingen Kön och Ålder/Födelseår (en rad per anställd) eller Grupp (en rad per grupp).`,
    en: (p) =>
      `No sick-leave table was found${p.sheet !== undefined ? ` on sheet '${p.sheet}'` : ''}. The table needs a header row with available ordinary working time, sick-leave hours (a total or per interval Days 1–14, 15–59, 60+) and either Gender and Age/Birth year (one row per employee) or Group (one row per group).`,
  },
  'sick-empty': {
    sv: (p) => `${at(p, 'sv')}sjukfrånvarotabellen har inga rader under rubrikraden. Fyll i en rad per anställd eller per grupp.`,
    en: (p) => `${at(p, 'en')}the sick-leave table has no rows below its header. Add one row per employee or per group.`,
  },
  'sick-bad-number': {
    sv: (p) => `${at(p, 'sv')}'${p.value}' går inte att läsa som ${what(p, 'sv')}. Skriv ett tal, t.ex. 1 234,5, eller töm cellen; raden räknas inte med förrän den är rättad.`,
    en: (p) => `${at(p, 'en')}'${p.value}' cannot be read as ${what(p, 'en')}. Write a number, e.g. 1234.5, or clear the cell; the row is left out until it is corrected.`,
  },
  'sick-no-available-time': {
    sv: (p) => `${at(p, 'sv')}den tillgängliga ordinarie arbetstiden saknas eller är noll. Fyll i antalet timmar; raden räknas inte med förrän den är rättad.`,
    en: (p) => `${at(p, 'en')}the available ordinary working time is missing or zero. Fill in the hours; the row is left out until it is corrected.`,
  },
  'sick-above-available': {
    sv: (p) => `${at(p, 'sv')}sjukfrånvaron (${p.sick} timmar) är större än den tillgängliga arbetstiden (${p.available} timmar). Kontrollera raden; den räknas med som den står.`,
    en: (p) => `${at(p, 'en')}the sick leave (${p.sick} hours) is larger than the available working time (${p.available} hours). Check the row; it is counted as it stands.`,
  },
  'sick-gender-unknown': {
    sv: (p) => `${at(p, 'sv')}könet '${p.value}' är varken kvinna (K) eller man (M). Raden räknas med i totalen och i åldersgruppen men inte under Kvinnor eller Män.`,
    en: (p) => `${at(p, 'en')}the gender '${p.value}' is neither woman (K/F) nor man (M). The row counts in the total and its age group but not under Women or Men.`,
  },
  'sick-group-unknown': {
    sv: (p) => `${at(p, 'sv')}gruppen '${p.value}' är inte en av Totalt, Kvinnor, Män, 29 år eller yngre, 30–49 år, 50 år eller äldre. Raden räknas inte med; byt namn på gruppen om den ska med.`,
    en: (p) => `${at(p, 'en')}the group '${p.value}' is not one of Total, Women, Men, 29 years or younger, 30–49 years, 50 years or older. The row is left out; rename the group if it belongs in the table.`,
  },
  'measures-no-table': {
    sv: (p) =>
      `Ingen tabell med verksamhetsmått hittades${p.sheet !== undefined ? ` på bladet '${p.sheet}'` : ''}. Tabellen behöver en rubrikrad med Mått (eller Verksamhetsmått, Nyckeltal) och antingen ett år per kolumn (2022, 2023 …) eller kolumnerna År och Värde.`,
    en: (p) =>
      `No activity-measure table was found${p.sheet !== undefined ? ` on sheet '${p.sheet}'` : ''}. The table needs a header row with Measure (Mått, Verksamhetsmått, Nyckeltal) and either one column per year (2022, 2023 …) or the columns Year and Value.`,
  },
  'measures-bad-value': {
    sv: (p) => `${at(p, 'sv')}'${p.value}' är inte ett tal. Skriv ett tal eller töm cellen (en tom cell visas tom); värdet visas inte förrän det är rättat.`,
    en: (p) => `${at(p, 'en')}'${p.value}' is not a number. Write a number or clear the cell (an empty cell stays empty); the value is not shown until it is corrected.`,
  },
  'measures-bad-year': {
    sv: (p) => `${at(p, 'sv')}året '${p.value}' går inte att läsa. Skriv året med fyra siffror, t.ex. 2023; raden räknas inte med förrän den är rättad.`,
    en: (p) => `${at(p, 'en')}the year '${p.value}' cannot be read. Write the year with four digits, e.g. 2023; the row is left out until it is corrected.`,
  },
  'measures-duplicate': {
    sv: (p) => `${at(p, 'sv')}måttet '${p.value}' har redan ett värde för ${p.year}. Det första värdet används; ta bort dubbletten.`,
    en: (p) => `${at(p, 'en')}the measure '${p.value}' already has a value for ${p.year}. The first value is used; remove the duplicate.`,
  },
  'history-missing': {
    sv: () =>
      'Prognoshistoriken (det dolda bladet Prognoshistorik) finns inte längre i arbetsboken, fast rapporter har infogats tidigare. Föregående prognos och prognosförändring kan därför inte visas för tidigare månader; historiken börjar om från den här månaden.',
    en: () =>
      'The forecast history (the hidden sheet Prognoshistorik) is no longer in the workbook, although reports were inserted before. The previous forecast and the forecast change cannot be shown for earlier months; the history starts again from this month.',
  },
  'history-damaged': {
    sv: (p) => `${at(p, 'sv')}bladet Prognoshistorik saknar sin rubrikrad (År, Månad, Rapport, Block, Rad-id, Rad, Prognos helår (kr)), så den sparade historiken kan inte läsas. Den skrivs om från den här månaden; tidigare månader går förlorade om du inte återställer bladet.`,
    en: (p) => `${at(p, 'en')}the sheet Prognoshistorik has lost its header row (År, Månad, Rapport, Block, Rad-id, Rad, Prognos helår (kr)), so the stored history cannot be read. It is written anew from this month; earlier months are lost unless you restore the sheet.`,
  },
  'history-bad-row': {
    sv: (p) => `${at(p, 'sv')}raden i prognoshistoriken går inte att läsa (år, månad 1–12, rad-id och ett belopp behövs). Den används inte; rätta eller ta bort raden.`,
    en: (p) => `${at(p, 'en')}the forecast-history row cannot be read (a year, a month 1–12, a line id and an amount are needed). It is not used; correct or delete the row.`,
  },
} satisfies Catalog;
