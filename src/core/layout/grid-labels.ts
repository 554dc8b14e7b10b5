import type { Lang } from '../i18n/types';
import type { ForecastMethod, Unit } from '../report/report-types';
import { periodSpan } from '../report/columns';

/** Fixed texts of the report table, Swedish and English. */
export const UNIT_NOTE: Record<Lang, Record<Unit, string>> = {
  sv: { kr: 'Belopp i kr', tkr: 'Belopp i tkr', mnkr: 'Belopp i mnkr' },
  en: { kr: 'Amounts in SEK', tkr: 'Amounts in SEK thousand', mnkr: 'Amounts in SEK million' },
};

export const FORECAST_NAME: Record<Lang, Record<ForecastMethod, string>> = {
  sv: {
    linear: 'utfallet uppräknat till helår (kan överskatta överskott)',
    'remaining-budget': 'utfall + återstående budget',
    'budget-ratio': 'budget × utfall/periodens budget',
    'prior-year-profile': 'utfall enligt fjolårets månadsprofil',
    manual: 'ekonomens prognos',
  },
  en: {
    linear: 'actual run-rate to full year (may overstate surpluses)',
    'remaining-budget': 'actual + remaining budget',
    'budget-ratio': 'budget × actual/period budget',
    'prior-year-profile': "actual by the prior year's monthly profile",
    manual: "the controller's forecast",
  },
};

export function defaultTitle(lang: Lang): string {
  return lang === 'sv' ? 'Ekonomisk uppföljning' : 'Financial follow-up';
}

export function periodHeading(year: number, through: number, lang: Lang): string {
  return lang === 'sv' ? `Utfall ${periodSpan(through, lang)} ${year}` : `Actual ${periodSpan(through, lang)} ${year}`;
}

export function forecastNote(method: ForecastMethod, lang: Lang): string {
  return lang === 'sv' ? `Prognos helår: ${FORECAST_NAME.sv[method]}.` : `Full-year forecast: ${FORECAST_NAME.en[method]}.`;
}

export const LABEL = {
  sv: { line: 'Belopp', comment: 'Kommentar', total: 'Totalt', summary: (dim: string, line: string) => `${line} per ${dim}`, block: (dim: string, key: string) => `${dim} ${key || '(utan värde)'}`, unverified: (lines: string) => `Ej verifierad standardindelning: ${lines}. Ändra vid behov i ett blad Rapportstruktur.` },
  en: { line: 'Amounts', comment: 'Comment', total: 'Total', summary: (dim: string, line: string) => `${line} by ${dim}`, block: (dim: string, key: string) => `${dim} ${key || '(no value)'}`, unverified: (lines: string) => `Unverified default mapping: ${lines}. Change it in a Rapportstruktur sheet if needed.` },
} as const;
