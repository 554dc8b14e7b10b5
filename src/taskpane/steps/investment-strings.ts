import type { Lang } from '../../core/i18n/types';

/** The Investeringar tab's own words, Swedish and English (the tab name is in strings.ts). */
export const INVESTMENT_TEXT: Record<Lang, { intro: string; none: string; summary: string; insert: string; refresh: string; inserted: (sheets: readonly string[]) => string; variance: (amount: string) => string }> = {
  sv: {
    intro: 'Sammanställer investeringsprojekten per rad i bladet Investeringsstruktur (annars per kategori eller projekt) med budget, prognos, avvikelse och utfall, och infogar investeringstabellen.',
    none: 'Ingen investeringsredovisning hittades. Lägg ett blad med rubrikerna Projekt, Budget, Utfall och gärna Prognos i arbetsboken.',
    summary: 'Avvikelse prognos/budget',
    insert: 'Infoga investeringsrapport',
    refresh: 'Uppdatera investeringsrapport',
    inserted: (sheets) => `Investeringstabellen finns nu på ${sheets.length > 1 ? 'bladen' : 'bladet'} ${sheets.join(', ')}.`,
    variance: (amount) => `${amount} tkr`,
  },
  en: {
    intro: 'Summarises the investment projects by the lines of the Investeringsstruktur sheet (else by category or project) with budget, forecast, variance and actual, and inserts the investment table.',
    none: 'No investment ledger was found. Add a sheet with the headers Projekt, Budget, Utfall and preferably Prognos.',
    summary: 'Variance forecast/budget',
    insert: 'Insert investment report',
    refresh: 'Update investment report',
    inserted: (sheets) => `The investment table is now on ${sheets.length > 1 ? 'the sheets' : 'the sheet'} ${sheets.join(', ')}.`,
    variance: (amount) => `SEK ${amount} thousand`,
  },
};
