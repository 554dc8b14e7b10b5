import type { Catalog, Lang, P, Params } from './types';
import { placeAtStart as at } from './place';

/**
 * Messages for problems in single cells of the user's ledger: a value that is not an account,
 * a period, an amount or a type, an Excel error value, subtotal and hidden rows. Grouped
 * issues carry `cells` (up to five addresses) and `more` (how many besides those).
 */

function others(p: Params, lang: Lang): string {
  const more = Number(p.more ?? 0);
  const count = Number(p.count ?? 1);
  if (count <= 1) return '';
  if (lang === 'sv') return ` Samma problem finns i ${count} celler: ${p.cells}${more > 0 ? ` och ${more} till` : ''}.`;
  return ` The same problem is in ${count} cells: ${p.cells}${more > 0 ? ` and ${more} more` : ''}.`;
}

export const inputMessages = {
  'bad-account': {
    sv: (p: P<'value', 'cells' | 'more'>) => `${at(p, 'sv')}: kontot '${p.value}' är inte ett kontonummer. Skriv kontot med siffror, t.ex. 5110 eller "5110 Löner".${others(p, 'sv')}`,
    en: (p: P<'value', 'cells' | 'more'>) => `${at(p, 'en')}: the account '${p.value}' is not an account number. Write the account in digits, e.g. 5110 or "5110 Salaries".${others(p, 'en')}`,
  },
  'bad-period': {
    sv: (p: P<'value', 'cells' | 'more'>) =>
      `${at(p, 'sv')}: ${p.value === '' ? 'perioden saknas' : `perioden '${p.value}' går inte att läsa`}. Skriv perioden som 202508, 2025-08 eller "aug 2025"; raden räknas inte med förrän den är rättad.${others(p, 'sv')}`,
    en: (p: P<'value', 'cells' | 'more'>) =>
      `${at(p, 'en')}: ${p.value === '' ? 'the period is missing' : `the period '${p.value}' cannot be read`}. Write the period as 202508, 2025-08 or "aug 2025"; the row is left out until it is corrected.${others(p, 'en')}`,
  },
  'month-without-year': {
    sv: (p: P<'value', 'cells' | 'more'>) => `${at(p, 'sv')}: perioden '${p.value}' är en månad utan år. Lägg till en kolumn År, skriv perioden som 2025-08, eller ange perioden (i kommandoraden: --period 2025-08; i fönstret: Till och med månad).${others(p, 'sv')}`,
    en: (p: P<'value', 'cells' | 'more'>) => `${at(p, 'en')}: the period '${p.value}' is a month without a year. Add a Year column, write the period as 2025-08, or give the period (on the command line: --period 2025-08; in the task pane: Through month).${others(p, 'en')}`,
  },
  'bad-amount': {
    sv: (p: P<'value', 'cells' | 'more'>) => `${at(p, 'sv')}: beloppet '${p.value}' är inte ett tal. Skriv beloppet som ett tal, t.ex. 1 234,50, eller töm cellen.${others(p, 'sv')}`,
    en: (p: P<'value', 'cells' | 'more'>) => `${at(p, 'en')}: the amount '${p.value}' is not a number. Write the amount as a number, e.g. 1234.50, or clear the cell.${others(p, 'en')}`,
  },
  'ambiguous-amount': {
    sv: (p: P<'decimal' | 'grouped' | 'value', 'cells' | 'more'>) =>
      `${at(p, 'sv')}: ${p.value} kan betyda ${p.grouped} eller ${p.decimal}; ${p.grouped} används nu (ett belopp i kronor har högst två decimaler). Skriv beloppet utan punkt, t.ex. ${p.grouped}, eller med decimalkomma, t.ex. ${p.decimal}.${others(p, 'sv')}`,
    en: (p: P<'decimal' | 'grouped' | 'value', 'cells' | 'more'>) =>
      `${at(p, 'en')}: ${p.value} can mean ${p.grouped} or ${p.decimal}; ${p.grouped} is used for now (an amount in kronor has at most two decimals). Write the amount without the dot, e.g. ${p.grouped}, or with a decimal comma, e.g. ${p.decimal}.${others(p, 'en')}`,
  },
  'bad-type': {
    sv: (p: P<'value', 'cells' | 'more'>) =>
      `${at(p, 'sv')}: beloppstypen ${p.value === '' ? 'saknas' : `'${p.value}' känns inte igen`}. Skriv Utfall, Budget, Årsbudget eller Prognos.${others(p, 'sv')}`,
    en: (p: P<'value', 'cells' | 'more'>) =>
      `${at(p, 'en')}: the amount type ${p.value === '' ? 'is missing' : `'${p.value}' is not recognised`}. Write Utfall (actual), Budget, Årsbudget (annual budget) or Prognos (forecast).${others(p, 'en')}`,
  },
  'excel-error': {
    sv: (p: P<'error', 'cells' | 'more'>) => `${at(p, 'sv')}: cellen visar felet ${p.error}. Rätta formeln eller skriv in värdet; värdet räknas inte med så länge felet finns.${others(p, 'sv')}`,
    en: (p: P<'error', 'cells' | 'more'>) => `${at(p, 'en')}: the cell shows the error ${p.error}. Fix the formula or type the value; the value is left out while the error remains.${others(p, 'en')}`,
  },
  'subtotal-rows': {
    sv: (p: P<'cells' | 'more'>) =>
      `${at(p, 'sv')}: ${Number(p.count ?? 1) === 1 ? 'raden ser ut som en summarad' : `${p.count} rader ser ut som summarader (Summa/Totalt eller belopp utan konto)`} och räknas inte med, så att summorna inte dubbleras. Rader: ${p.cells}${Number(p.more ?? 0) > 0 ? ` och ${p.more} till` : ''}. Ge raden ett konto om den ska räknas.`,
    en: (p: P<'cells' | 'more'>) =>
      `${at(p, 'en')}: ${Number(p.count ?? 1) === 1 ? 'the row looks like a subtotal' : `${p.count} rows look like subtotals (Summa/Totalt or an amount without an account)`} and is left out so totals are not doubled. Rows: ${p.cells}${Number(p.more ?? 0) > 0 ? ` and ${p.more} more` : ''}. Give the row an account if it should count.`,
  },
  'hidden-rows': {
    sv: (p: P) => `${at(p, 'sv')}: ${p.count} dolda rader räknas med. Visa raderna och ta bort dem om de inte ska ingå.`,
    en: (p: P) => `${at(p, 'en')}: ${p.count} hidden rows are included. Unhide them and delete them if they should not count.`,
  },
} satisfies Catalog;
