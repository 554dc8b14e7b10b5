import type { Catalog, P, Params } from './types';
import { place } from './place';
import { GOAL_STATUS_LABEL } from '../goals/labels';

const at = (p: Params): string => place(p, 'sv');
const atEn = (p: Params): string => place(p, 'en');

/** Messages for goal tables (goal.*) and assignment lists (assign.*). */
/** A goal status code (HELT, I_HOG_GRAD, …) as the goal table names it. */
function statusLabel(rule: unknown, lang: 'sv' | 'en'): string {
  const labels = GOAL_STATUS_LABEL as Readonly<Record<string, Readonly<Record<'sv' | 'en', string>>>>;
  return labels[String(rule)]?.[lang] ?? String(rule);
}

export const goalMessages = {
  'goal.sheet-missing': {
    sv: (p: P) => `Arbetsboken har inget blad som heter '${p.sheet}'. Kontrollera bladnamnet eller låt bli att ange blad, så letar programmet själv efter måltabellen.`,
    en: (p: P) => `The workbook has no sheet named '${p.sheet}'. Check the sheet name, or leave it out and the tool looks for the goal table itself.`,
  },
  'goal.no-table': {
    sv: (p: P) =>
      `Ingen måltabell hittades${p.sheet ? ` på ${at(p)}` : ''}. Tabellen behöver en rubrikrad bland de 30 första raderna med kolumnerna Indikator, Mål <år> (eller Målvärde) och Utfall <år>, gärna också Mål, Riktning och Bedömning.`,
    en: (p: P) =>
      `No goal table was found${p.sheet ? ` on ${atEn(p)}` : ''}. The table needs a header row within the first 30 rows with the columns Indicator, Target <year> and Outcome <year>, preferably also Goal, Direction and Assessment.`,
  },
  'goal.no-target-column': {
    sv: (p: P<'year'>) => `Måltabellen på ${at(p)} har ingen kolumn för målvärdet${p.year ? ` ${p.year}` : ''}. Lägg till en kolumn med rubriken "Mål ${p.year || '<år>'}" eller "Målvärde".`,
    en: (p: P<'year'>) => `The goal table at ${atEn(p)} has no target column${p.year ? ` for ${p.year}` : ''}. Add a column headed "Target ${p.year || '<year>'}" or "Mål ${p.year || '<år>'}".`,
  },
  'goal.no-outcome-column': {
    sv: (p: P<'year'>) => `Måltabellen på ${at(p)} har ingen kolumn för utfallet${p.year ? ` ${p.year}` : ''}. Lägg till en kolumn med rubriken "Utfall ${p.year || '<år>'}" (eller "Prel utfall ${p.year || '<år>'}"), eller välj ett annat år.`,
    en: (p: P<'year'>) => `The goal table at ${atEn(p)} has no outcome column${p.year ? ` for ${p.year}` : ''}. Add a column headed "Outcome ${p.year || '<year>'}" (or "Utfall ${p.year || '<år>'}"), or choose another year.`,
  },
  'goal.bad-number': {
    sv: (p: P<'text'>) => `Värdet "${p.text}" i ${at(p)} är inget tal. Skriv ett tal (t.ex. 52,6 eller 52,6 %), "(72)" för ett preliminärt utfall eller "-" om uppgift saknas.`,
    en: (p: P<'text'>) => `The value "${p.text}" in ${atEn(p)} is not a number. Write a number (e.g. 52.6 or 52.6%), "(72)" for a preliminary outcome, or "-" when there is no value.`,
  },
  'goal.target-missing': {
    sv: (p: P<'indicator'>) => `Indikatorn "${p.indicator}" saknar målvärde (${at(p)}), så den kan inte bedömas. Fyll i målvärdet.`,
    en: (p: P<'indicator'>) => `The indicator "${p.indicator}" has no target (${atEn(p)}), so it cannot be judged. Fill in the target.`,
  },
  'goal.direction-unknown': {
    sv: (p: P<'text'>) => `Riktningen "${p.text}" i ${at(p)} känns inte igen; indikatorn bedöms som "högre är bättre". Skriv "Högre är bättre" eller "Lägre är bättre".`,
    en: (p: P<'text'>) => `The direction "${p.text}" in ${atEn(p)} is not recognised; the indicator is judged as "higher is better". Write "Higher is better" or "Lower is better".`,
  },
  'goal.mixed-units': {
    sv: (p: P<'indicator'>) => `Indikatorn "${p.indicator}" (${at(p)}) blandar procent och decimaltal (t.ex. 60 % mot 0,526). Skriv målvärde och utfall på samma sätt, antingen båda i procent eller båda som tal.`,
    en: (p: P<'indicator'>) => `The indicator "${p.indicator}" (${atEn(p)}) mixes percentages and fractions (e.g. 60% against 0.526). Write target and outcome the same way, both as percentages or both as numbers.`,
  },
  'goal.no-indicators': {
    sv: (p: P<'goal'>) => `Målet "${p.goal}" (${at(p)}) har inga indikatorer och bedöms som Ej utvärderat. Lägg till indikatorer på raderna under målet.`,
    en: (p: P<'goal'>) => `The goal "${p.goal}" (${atEn(p)}) has no indicators and is reported as not evaluated. Add indicators on the rows below the goal.`,
  },
  'goal.manual-unknown': {
    sv: (p: P<'text'>) => `Bedömningen "${p.text}" i ${at(p)} känns inte igen och används inte. Skriv Helt uppfyllt, I hög grad uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej utvärderad, eller 1–3.`,
    en: (p: P<'text'>) => `The assessment "${p.text}" in ${atEn(p)} is not recognised and is not used. Write Fully met, Largely met, Partly met, Not met, Not evaluated (or the Swedish terms), or 1–3.`,
  },
  'goal.manual-conflict': {
    sv: (p: P<'first' | 'goal' | 'text'>) => `Målet "${p.goal}" har två olika bedömningar: "${p.first}" och "${p.text}" (${at(p)}). Den första används; ta bort den som inte gäller.`,
    en: (p: P<'first' | 'goal' | 'text'>) => `The goal "${p.goal}" has two different assessments: "${p.first}" and "${p.text}" (${atEn(p)}). The first is used; remove the one that does not apply.`,
  },
  'goal.manual-differs': {
    sv: (p: P<'goal' | 'manual' | 'rule'>) => `Den manuella bedömningen "${p.manual}" av målet "${p.goal}" (${at(p)}) skiljer sig från regelns "${statusLabel(p.rule, 'sv')}". Den manuella visas; kontrollera att den är avsiktlig.`,
    en: (p: P<'goal' | 'manual' | 'rule'>) => `The manual assessment "${p.manual}" of the goal "${p.goal}" (${atEn(p)}) differs from the rule's "${statusLabel(p.rule, 'en')}". The manual one is shown; check that it is intended.`,
  },
  'goal.threshold-range': {
    sv: (p: { threshold: string; fallback: number }) => `Tröskeln θ = ${p.threshold} måste ligga mellan 0 och 1 (t.ex. 0,85); ${p.fallback} används i stället.`,
    en: (p: { threshold: string; fallback: number }) => `The threshold θ = ${p.threshold} must lie between 0 and 1 (e.g. 0.85); ${p.fallback} is used instead.`,
  },
  'assign.sheet-missing': {
    sv: (p: P) => `Arbetsboken har inget blad som heter '${p.sheet}'. Kontrollera bladnamnet eller låt bli att ange blad.`,
    en: (p: P) => `The workbook has no sheet named '${p.sheet}'. Check the sheet name or leave it out.`,
  },
  'assign.no-table': {
    sv: () => 'Ingen uppdragslista hittades. Listan behöver en rubrikrad bland de 30 första raderna med kolumnerna Uppdrag (eller Titel) och Status, gärna också Typ, Ansvarig, Slutdatum, Prognos och Kommentar.',
    en: () => 'No assignment list was found. It needs a header row within the first 30 rows with the columns Uppdrag (or Title) and Status, preferably also Type, Responsible, End date, Plan and Comment.',
  },
  'assign.status-unknown': {
    sv: (p: P<'text'>) => `Statusen "${p.text}" i ${at(p)} känns inte igen; den redovisas som den står. Skriv Ej påbörjad, Påbörjad eller Slutförd.`,
    en: (p: P<'text'>) => `The status "${p.text}" in ${atEn(p)} is not recognised; it is reported as written. Write Ej påbörjad (not started), Påbörjad (started) or Slutförd (finished).`,
  },
  'assign.status-missing': {
    sv: (p: P<'title'>) => `Uppdraget "${p.title}" saknar status (${at(p)}). Fyll i Ej påbörjad, Påbörjad eller Slutförd.`,
    en: (p: P<'title'>) => `The assignment "${p.title}" has no status (${atEn(p)}). Fill in Ej påbörjad, Påbörjad or Slutförd.`,
  },
  'assign.plan-unknown': {
    sv: (p: P<'text'>) => `Prognosen "${p.text}" i ${at(p)} känns inte igen. Skriv "Enligt plan" eller "Avvikelse från plan".`,
    en: (p: P<'text'>) => `The plan value "${p.text}" in ${atEn(p)} is not recognised. Write "Enligt plan" (on plan) or "Avvikelse från plan" (deviating).`,
  },
  'assign.bad-date': {
    sv: (p: P<'text'>) => `Slutdatumet "${p.text}" i ${at(p)} är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2023-12-31.`,
    en: (p: P<'text'>) => `The end date "${p.text}" in ${atEn(p)} is not a date. Write it as YYYY-MM-DD, e.g. 2023-12-31.`,
  },
  'assign.overdue-on-plan': {
    sv: (p: P<'end' | 'status' | 'title'>) => `Uppdraget "${p.title}" skulle vara klart ${p.end} men är ${p.status} och står ändå som "Enligt plan" (${at(p)}). Ändra till "Avvikelse från plan" med en kommentar, eller uppdatera slutdatumet.`,
    en: (p: P<'end' | 'status' | 'title'>) => `The assignment "${p.title}" was due ${p.end} but is ${p.status} and is still marked on plan (${atEn(p)}). Change it to "Avvikelse från plan" with a comment, or update the end date.`,
  },
  'assign.as-of-invalid': {
    sv: (p: P<'text'>) => `Datumet "${p.text}" att jämföra slutdatum med är inget giltigt datum. Ange det som ÅÅÅÅ-MM-DD.`,
    en: (p: P<'text'>) => `The date "${p.text}" to compare end dates with is not a valid date. Give it as YYYY-MM-DD.`,
  },
} satisfies Catalog;
