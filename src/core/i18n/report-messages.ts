import type { Catalog, P, Params } from './types';
import { place } from './place';
import { formatSwedishNumber } from '../text/number';

const at = (p: Params): string => place(p, 'sv');
const atEn = (p: Params): string => place(p, 'en');
const kr = (n: unknown): string => (typeof n === 'number' ? `${formatSwedishNumber(n)} kr` : String(n));
const krEn = (n: unknown): string => (typeof n === 'number' ? `SEK ${Math.round(n).toLocaleString('en-US')}` : String(n));

/** Messages for report templates (report.template.*) and report building (report.*). */
export const reportMessages = {
  'report.template.no-header': {
    sv: (p: P) => `Bladet '${p.sheet}' har ingen rubrikrad bland de 20 första raderna. Skriv rubrikerna Id, Rubrik, Typ, Konton, Motpart och Summa av (och gärna Nivå) på en rad ovanför raderna.`,
    en: (p: P) => `Sheet '${p.sheet}' has no header row within its first 20 rows. Write the headers Id, Rubrik, Typ, Konton, Motpart and Summa av (optionally Nivå) on a row above the lines.`,
  },
  'report.template.empty': {
    sv: (p: P) => `Rapportstrukturen på ${at(p)} har inga rader under rubrikraden. Fyll i minst en rad, eller ta bort bladet så används standardstrukturen.`,
    en: (p: P) => `The report structure at ${atEn(p)} has no lines below its header. Fill in at least one line, or remove the sheet to use the default structure.`,
  },
  'report.template.missing-id': {
    sv: (p: P<'label'>) => `Raden "${p.label}" saknar Id (${at(p)}). Ge raden ett kort unikt id, t.ex. "personal".`,
    en: (p: P<'label'>) => `The line "${p.label}" has no Id (${atEn(p)}). Give it a short unique id, e.g. "personnel".`,
  },
  'report.template.duplicate-id': {
    sv: (p: P<'id'>) => `Id "${p.id}" förekommer flera gånger i rapportstrukturen (${at(p)}). Ge varje rad ett eget id.`,
    en: (p: P<'id'>) => `Id "${p.id}" occurs more than once in the report structure (${atEn(p)}). Give every line its own id.`,
  },
  'report.template.bad-type': {
    sv: (p: P<'id' | 'value'>) => `Typen "${p.value}" på raden "${p.id}" (${at(p)}) känns inte igen. Skriv konton, varav eller summa.`,
    en: (p: P<'id' | 'value'>) => `The type "${p.value}" on line "${p.id}" (${atEn(p)}) is not recognised. Write konton, varav or summa.`,
  },
  'report.template.bad-motpart': {
    sv: (p: P<'id' | 'value'>) => `Motpart "${p.value}" på raden "${p.id}" (${at(p)}) känns inte igen; raden tar alla motparter. Skriv intern, extern eller lämna tomt.`,
    en: (p: P<'id' | 'value'>) => `Counterparty "${p.value}" on line "${p.id}" (${atEn(p)}) is not recognised; the line takes every counterparty. Write intern, extern or leave it empty.`,
  },
  'report.template.bad-range': {
    sv: (p: P<'id' | 'value'>) => `Kontona "${p.value}" på raden "${p.id}" (${at(p)}) går inte att läsa. Skriv konton eller intervall åtskilda med semikolon, t.ex. 4000-7999;!61 (! utesluter).`,
    en: (p: P<'id' | 'value'>) => `The accounts "${p.value}" on line "${p.id}" (${atEn(p)}) cannot be read. Write accounts or ranges separated by semicolons, e.g. 4000-7999;!61 (! excludes).`,
  },
  'report.template.bad-level': {
    sv: (p: P<'id' | 'value'>) => `Nivån "${p.value}" på raden "${p.id}" (${at(p)}) är inget heltal 0–5; standardnivån används.`,
    en: (p: P<'id' | 'value'>) => `The level "${p.value}" on line "${p.id}" (${atEn(p)}) is not a whole number 0–5; the default level is used.`,
  },
  'report.template.unknown-sum': {
    sv: (p: P<'id' | 'ref'>) => `Summaraden "${p.id}" (${at(p)}) lägger ihop "${p.ref}", men ingen rad har det id:t. Rätta stavningen i kolumnen Summa av.`,
    en: (p: P<'id' | 'ref'>) => `The sum line "${p.id}" (${atEn(p)}) adds "${p.ref}", but no line has that id. Correct the spelling in the Summa av column.`,
  },
  'report.template.sum-of-varav': {
    sv: (p: P<'id' | 'ref'>) => `Summaraden "${p.id}" (${at(p)}) lägger ihop varav-raden "${p.ref}". Varav-rader ingår redan i en annan rad och räknas inte igen; ta bort den ur Summa av.`,
    en: (p: P<'id' | 'ref'>) => `The sum line "${p.id}" (${atEn(p)}) adds the of-row "${p.ref}". Of-rows are already inside another line and are not added again; remove it from Summa av.`,
  },
  'report.template.cycle': {
    sv: (p: P<'path', 'id'>) => `Summaraderna hänvisar i cirkel: ${p.path} (${at(p)}). Ändra Summa av så att ingen rad till slut summerar sig själv.`,
    en: (p: P<'path', 'id'>) => `The sum lines refer in a circle: ${p.path} (${atEn(p)}). Change Summa av so that no line ends up adding itself.`,
  },
  'report.template.no-match': {
    sv: (p: P<'id', 'rule'>) => `Raden "${p.id}" (konton ${p.rule || 'inga'}${p.address ? `, ${at(p)}` : ''}) träffar inget konto i huvudboken och blir noll. Kontrollera kontona.`,
    en: (p: P<'id', 'rule'>) => `Line "${p.id}" (accounts ${p.rule || 'none'}${p.address ? `, ${atEn(p)}` : ''}) matches no account in the ledger and shows zero. Check the accounts.`,
  },
  'report.template.overlap': {
    sv: (p: P<'first' | 'id'>) => `${p.count} konton passar både "${p.first}" och "${p.id}"${p.address ? ` (${at(p)})` : ''}; de räknas bara på "${p.first}". Uteslut dem med ! om det är fel.`,
    en: (p: P<'first' | 'id'>) => `${p.count} accounts fit both "${p.first}" and "${p.id}"${p.address ? ` (${atEn(p)})` : ''}; they count only on "${p.first}". Exclude them with ! if that is wrong.`,
  },
  'report.template.motpart-missing': {
    sv: (p: P) => `Rapportstrukturen delar på intern/extern motpart, men ${at(p)} har ingen Motpart-kolumn. Allt räknas som externt; lägg till kolumnen Motpart eller ta bort uppdelningen.`,
    en: (p: P) => `The report structure splits internal/external counterparty, but ${atEn(p)} has no Motpart column. Everything counts as external; add a Motpart column or remove the split.`,
  },
  'report.no-actuals': {
    sv: (p: P<never, 'year'>) => `Huvudboken på ${at(p)} har inga utfallsrader. Rapporten visar bara budget; kontrollera kolumnen för utfall.`,
    en: (p: P<never, 'year'>) => `The ledger on ${atEn(p)} has no actual rows. The report shows budget only; check the actuals column.`,
  },
  'report.no-month': {
    sv: (p: { year: number }) => `Utfallet ${p.year} på ${at(p)} saknar månad; rapporten gäller hela året. Ange perioden med --through ÅÅÅÅ-MM om det är fel.`,
    en: (p: { year: number }) => `The ${p.year} actuals on ${atEn(p)} carry no month; the report covers the whole year. Give the period with --through YYYY-MM if that is wrong.`,
  },
  'report.sign-assumed': {
    sv: (p: P) => `Teckenkonventionen i huvudboken på ${at(p)} gick inte att avgöra; bokföringens tecken (intäkter minus, kostnader plus) antas.`,
    en: (p: P) => `The sign convention of the ledger on ${atEn(p)} could not be told; bookkeeping signs (income negative, costs positive) are assumed.`,
  },
  'report.by-unknown': {
    sv: (p: { dimension: string; known: string }) => `Huvudboken på ${at(p)} har ingen dimension "${p.dimension}". Välj en av: ${p.known || '(inga)'}.`,
    en: (p: { dimension: string; known: string }) => `The ledger on ${atEn(p)} has no dimension "${p.dimension}". Choose one of: ${p.known || '(none)'}.`,
  },
  'report.forecast.fallback': {
    sv: (p: P<'id' | 'method'>) => `Prognosmetoden ${p.method} gick inte att använda för raden "${p.id}"${p.count && Number(p.count) > 1 ? ` (${p.count} block)` : ''}; utfall + återstående budget används. ${p.method === 'manual' ? `Konton utan prognosrader (det första på ${at(p)}) räknas så; fyll i en prognos för dem.` : p.method === 'prior-year-profile' ? 'Fjolårets helårsutfall saknas, eller fjolårets utfall hittills har ett annat tecken än helåret.' : 'Det saknas budget att räkna från.'}`,
    en: (p: P<'id' | 'method'>) => `The forecast method ${p.method} could not be used for line "${p.id}"${p.count && Number(p.count) > 1 ? ` (${p.count} blocks)` : ''}; actual + remaining budget is used. ${p.method === 'manual' ? `Accounts without forecast rows (the first at ${atEn(p)}) are counted so; fill in a forecast for them.` : p.method === 'prior-year-profile' ? 'The prior full-year actual is missing, or the prior year to date has another sign than the full year.' : 'There is no budget to compute from.'}`,
  },
  'report.reconcile.mismatch': {
    sv: (p: P<'column' | 'difference' | 'line' | 'missing', 'columnEn'>) => `Raden "${p.line}" stämmer inte mot huvudboken i kolumnen ${p.column}: skillnad ${kr(p.difference)}. ${p.missing ? `Raderna ${p.missing} ingår inte i någon summa; lägg till dem i Summa av.` : 'Kontrollera Summa av i rapportstrukturen.'}`,
    en: (p: P<'column' | 'difference' | 'line' | 'missing', 'columnEn'>) => `Line "${p.line}" does not agree with the ledger in column ${p.columnEn ?? p.column}: difference ${krEn(p.difference)}. ${p.missing ? `The lines ${p.missing} are in no sum; add them to Summa av.` : 'Check Summa av in the report structure.'}`,
  },
  'report.out-of-scope': {
    sv: (p: P<'account' | 'amount' | 'budget' | 'text'>) => `Konto ${p.account}${p.text ? ` ${p.text}` : ''} på ${at(p)} hör inte till någon rad i rapporten (utfall ${kr(p.amount)}, budget ${kr(p.budget)}) och räknas inte. Lägg till kontot i en rad i bladet Rapportstruktur om det ska med.`,
    en: (p: P<'account' | 'amount' | 'budget' | 'text'>) => `Account ${p.account}${p.text ? ` ${p.text}` : ''} on ${atEn(p)} belongs to no report line (actual ${krEn(p.amount)}, budget ${krEn(p.budget)}) and is left out. Add it to a line in a Rapportstruktur sheet if it belongs.`,
  },
} satisfies Catalog;
