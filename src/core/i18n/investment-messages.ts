import type { Catalog, Lang, P, Params } from './types';
import { place, placeAtStart as at } from './place';
import { formatSwedishNumber } from '../text/number';

/** Messages for the investment report (investments.*): the ledger of projects and the Investeringsstruktur sheet. */
const kr = (n: unknown): string => (typeof n === 'number' ? `${formatSwedishNumber(n)} kr` : String(n));
const krEn = (n: unknown): string => (typeof n === 'number' ? `SEK ${Math.round(n).toLocaleString('en-US')}` : String(n));
const more = (p: Params, lang: Lang): string => (Number(p.more ?? 0) > 0 ? (lang === 'sv' ? ` och ${p.more} till` : ` and ${p.more} more`) : '');

export const investmentMessages = {
  'investments.no-ledger': {
    sv: (p: P<'wanted', 'sheets'>) => `Ingen investeringsredovisning hittades${p.wanted ? ` på bladet '${p.wanted}'` : ''} (sökte i: ${p.sheets || 'inga blad'}). Tabellen behöver en rubrikrad med en projektkolumn (Projekt, Projektnr, Projektnummer eller Investeringsprojekt) och minst ett belopp (Budget, Utfall eller Prognos).`,
    en: (p: P<'wanted', 'sheets'>) => `No investment ledger was found${p.wanted ? ` on sheet '${p.wanted}'` : ''} (searched: ${p.sheets || 'no sheets'}). The table needs a header row with a project column (Projekt, Projektnr, Projektnummer or Investeringsprojekt) and at least one amount (Budget, Utfall or Prognos).`,
  },
  'investments.ambiguous-column': {
    sv: (p: P<'first' | 'firstAddress' | 'second' | 'secondAddress'>) => `${at(p, 'sv')}: både '${p.first}' (${p.firstAddress}) och '${p.second}' (${p.secondAddress}) ser ut att vara samma sorts kolumn. '${p.first}' används; byt namn på den andra rubriken om den ska med.`,
    en: (p: P<'first' | 'firstAddress' | 'second' | 'secondAddress'>) => `${at(p, 'en')}: both '${p.first}' (${p.firstAddress}) and '${p.second}' (${p.secondAddress}) look like the same kind of column. '${p.first}' is used; rename the other header if it should count.`,
  },
  'investments.subtotal-rows': {
    sv: (p: P<'cells', 'more'>) => `${at(p, 'sv')}: ${Number(p.count ?? 1) === 1 ? 'raden har belopp men inget projekt' : `${p.count} rader har belopp men inget projekt`} (eller ser ut som summarader) och räknas inte med, så att summorna inte dubbleras. Rader: ${p.cells}${more(p, 'sv')}. Fyll i projektet om raden ska räknas.`,
    en: (p: P<'cells', 'more'>) => `${at(p, 'en')}: ${Number(p.count ?? 1) === 1 ? 'the row has amounts but no project' : `${p.count} rows have amounts but no project`} (or look like subtotal rows) and are left out so that totals do not double. Rows: ${p.cells}${more(p, 'en')}. Fill in the project if the row should count.`,
  },
  'investments.empty': {
    sv: (p: P<'row'>) => `${at(p, 'sv')}: investeringstabellen har inga rader med belopp under rubrikraden (från rad ${p.row}).`,
    en: (p: P<'row'>) => `${at(p, 'en')}: the investment table has no rows with amounts below its header (from row ${p.row}).`,
  },
  'investments.no-actuals': {
    sv: (p: P<'year'>) => `Investeringsredovisningen på ${place(p, 'sv')} har inget utfall; tabellen gäller ${p.year} och visar budget och prognos. Ange perioden (--through ÅÅÅÅ-MM) om det är fel.`,
    en: (p: P<'year'>) => `The investment ledger on ${place(p, 'en')} has no actuals; the table covers ${p.year} and shows budget and forecast. Give the period (--through YYYY-MM) if that is wrong.`,
  },
  'investments.forecast.fallback': {
    sv: (p: P<'method' | 'projects', 'more'>) => `Prognosmetoden ${p.method} gick inte att använda för ${Number(p.count ?? 1) === 1 ? 'projektet' : `${p.count} projekt`} ${p.projects}${more(p, 'sv')} (det första på ${place(p, 'sv')}); utfall + återstående budget används. ${p.method === 'manual' ? 'Fyll i en prognos för dem.' : 'Det saknas budget eller fjolårsutfall att räkna från.'}`,
    en: (p: P<'method' | 'projects', 'more'>) => `The forecast method ${p.method} could not be used for ${Number(p.count ?? 1) === 1 ? 'the project' : `${p.count} projects`} ${p.projects}${more(p, 'en')} (the first at ${place(p, 'en')}); actual + remaining budget is used. ${p.method === 'manual' ? 'Fill in a forecast for them.' : 'There is no budget or prior-year actual to compute from.'}`,
  },
  'investments.project-uncovered': {
    sv: (p: P<'actual' | 'budget' | 'name' | 'project'>) => `Projekt ${p.project}${p.name ? ` ${p.name}` : ''} på ${place(p, 'sv')} hör inte till någon rad i Investeringsstruktur (utfall ${kr(p.actual)}, budget ${kr(p.budget)}) och saknas i tabellen och summan. Lägg till projektet i kolumnen Projekt på en rad.`,
    en: (p: P<'actual' | 'budget' | 'name' | 'project'>) => `Project ${p.project}${p.name ? ` ${p.name}` : ''} on ${place(p, 'en')} belongs to no line of the Investeringsstruktur sheet (actual ${krEn(p.actual)}, budget ${krEn(p.budget)}) and is missing from the table and its total. Add the project to the Projekt column of a line.`,
  },
  'investments.structure.no-header': {
    sv: (p: P) => `Bladet '${p.sheet}' har ingen rubrikrad bland de 20 första raderna. Skriv rubrikerna Id, Rubrik, Typ, Projekt och Summa av (och gärna Nivå) på en rad ovanför raderna.`,
    en: (p: P) => `Sheet '${p.sheet}' has no header row within its first 20 rows. Write the headers Id, Rubrik, Typ, Projekt and Summa av (optionally Nivå) on a row above the lines.`,
  },
  'investments.structure.empty': {
    sv: (p: P) => `Investeringsstrukturen på ${place(p, 'sv')} har inga rader under rubrikraden. Fyll i minst en rad, eller ta bort bladet så blir det en rad per kategori eller projekt.`,
    en: (p: P) => `The investment structure at ${place(p, 'en')} has no lines below its header. Fill in at least one line, or remove the sheet to get one line per category or project.`,
  },
  'investments.structure.bad-type': {
    sv: (p: P<'id' | 'value'>) => `Typen "${p.value}" på raden "${p.id}" (${place(p, 'sv')}) känns inte igen. Skriv rad (raden tar projekt) eller summa (raden lägger ihop andra rader).`,
    en: (p: P<'id' | 'value'>) => `The type "${p.value}" on line "${p.id}" (${place(p, 'en')}) is not recognised. Write rad (the line takes projects) or summa (the line adds other lines).`,
  },
  'investments.structure.not-in-total': {
    sv: (p: P<'id' | 'lines'>) => `Raderna ${p.lines} ingår inte i totalraden "${p.id}" (${place(p, 'sv')}), så totalen stämmer inte med tabellen. Lägg till dem i Summa av.`,
    en: (p: P<'id' | 'lines'>) => `The lines ${p.lines} are not in the total line "${p.id}" (${place(p, 'en')}), so the total does not agree with the table. Add them to Summa av.`,
  },
  'investments.structure.overlap': {
    sv: (p: P<'first' | 'id' | 'project'>) => `${p.count} projekt (t.ex. ${p.project}) passar både "${p.first}" och "${p.id}" (${place(p, 'sv')}); de räknas bara på "${p.first}". Uteslut dem med ! om det är fel.`,
    en: (p: P<'first' | 'id' | 'project'>) => `${p.count} projects (e.g. ${p.project}) fit both "${p.first}" and "${p.id}" (${place(p, 'en')}); they count only on "${p.first}". Exclude them with ! if that is wrong.`,
  },
  'investments.structure.no-match': {
    sv: (p: P<'id' | 'rule'>) => `Raden "${p.id}" (projekt ${p.rule}, ${place(p, 'sv')}) träffar inget projekt i redovisningen och visar noll. Kontrollera projektnumren.`,
    en: (p: P<'id' | 'rule'>) => `Line "${p.id}" (projects ${p.rule}, ${place(p, 'en')}) matches no project in the ledger and shows zero. Check the project numbers.`,
  },
} satisfies Catalog;
