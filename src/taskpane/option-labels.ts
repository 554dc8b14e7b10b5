import { yearMonth } from '../core/text/yyyymm';
import type { Lang } from '../core/i18n/types';
import type { ColumnRole } from '../core/ledger/types';
import type { GoalStatus } from '../core/goals/types';
import type { ForecastMethod, RoleChoice, Tone, Unit } from './engine-types';

type Text = { readonly sv: string; readonly en: string };
type Explained = { readonly label: Text; readonly hint: Text };

/** The forecast methods of DOMAIN.md §5, each with its one-line explanation. */
export const forecastMethods: Readonly<Record<ForecastMethod, Explained>> = {
  'remaining-budget': {
    label: { sv: 'Utfall + återstående budget', en: 'Outcome + remaining budget' },
    hint: { sv: 'Utfallet hittills plus budgeten för resten av året.', en: 'Outcome to date plus the budget for the rest of the year.' },
  },
  'budget-ratio': {
    label: { sv: 'Budgetkvot', en: 'Budget ratio' },
    hint: { sv: 'Helårsbudgeten gånger utfallets andel av budgeten hittills.', en: 'Annual budget times the outcome’s share of the budget to date.' },
  },
  'prior-year-profile': {
    label: { sv: 'Fjolårets profil', en: 'Prior-year profile' },
    hint: { sv: 'Utfallet delat med fjolårets andel av året fram till samma månad.', en: 'Outcome divided by last year’s share of the year reached by the same month.' },
  },
  linear: {
    label: { sv: 'Linjär uppräkning', en: 'Linear run-rate' },
    hint: { sv: 'Utfallet hittills räknat upp till tolv månader.', en: 'Outcome to date scaled up to twelve months.' },
  },
  manual: {
    label: { sv: 'Manuell prognos', en: 'Manual forecast' },
    hint: { sv: 'Prognosen som står i huvudbokens prognoskolumn.', en: 'The forecast in the ledger’s forecast column.' },
  },
};

export const units: Readonly<Record<Unit, Text>> = {
  kr: { sv: 'kr', en: 'SEK' },
  tkr: { sv: 'tkr', en: 'SEK thousand' },
  mnkr: { sv: 'mnkr', en: 'SEK million' },
};

const roles: Readonly<Record<ColumnRole, Text>> = {
  account: { sv: 'Konto', en: 'Account' },
  accountText: { sv: 'Kontotext', en: 'Account name' },
  period: { sv: 'Period', en: 'Period' },
  actual: { sv: 'Utfall', en: 'Actual' },
  budget: { sv: 'Budget (per period)', en: 'Budget (per period)' },
  budgetYear: { sv: 'Årsbudget', en: 'Annual budget' },
  forecast: { sv: 'Prognos', en: 'Forecast' },
  amountType: { sv: 'Beloppstyp', en: 'Amount type' },
  amount: { sv: 'Belopp', en: 'Amount' },
  actualPrior: { sv: 'Utfall fg år', en: 'Actual prior year' },
  dimension: { sv: 'Dimension', en: 'Dimension' },
  year: { sv: 'År', en: 'Year' },
};

export const roleChoices: readonly RoleChoice[] = ['ignore', ...(Object.keys(roles) as ColumnRole[])];

export function roleLabel(role: RoleChoice, lang: Lang): string {
  if (role === 'ignore') return lang === 'sv' ? 'Används inte' : 'Not used';
  return roles[role][lang];
}

const monthNames: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** 202508 → "augusti 2025" / "August 2025". */
export function monthLabel(period: number, lang: Lang): string {
  const { year, month } = yearMonth(period);
  return `${monthNames[lang][month - 1] ?? month} ${year}`;
}

export const goalStatuses: Readonly<Record<GoalStatus, { readonly label: Text; readonly tone: Tone }>> = {
  HELT: { label: { sv: 'Helt uppfyllt', en: 'Fully met' }, tone: 'green' },
  I_HOG_GRAD: { label: { sv: 'I hög grad uppfyllt', en: 'Largely met' }, tone: 'green' },
  DELVIS: { label: { sv: 'Delvis uppfyllt', en: 'Partly met' }, tone: 'yellow' },
  EJ: { label: { sv: 'Ej uppfyllt', en: 'Not met' }, tone: 'red' },
  EJ_UTVARDERAD: { label: { sv: 'Ej utvärderad', en: 'Not evaluated' }, tone: 'grey' },
};
