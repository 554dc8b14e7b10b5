import type { Lang } from '../i18n/types';
import type { ColumnId } from './report-types';

const MONTHS = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** "jan–aug" (or "jan" for January alone). */
export function periodSpan(through: number, lang: Lang): string {
  const m = MONTHS[lang];
  return through <= 1 ? m[0] : `${m[0]}\u2013${m[through - 1]}`;
}

/** Column headings as the published reports word them. */
export function columnLabel(id: ColumnId, year: number, through: number, lang: Lang): string {
  const span = periodSpan(through, lang);
  const prior = year - 1;
  const sv: Record<ColumnId, string> = {
    budgetYear: `Budget helår ${year}`,
    budgetPeriod: `Budget ${span} ${year}`,
    actualPeriod: `Utfall ${span} ${year}`,
    variancePeriod: 'Avvikelse perioden',
    forecastYear: `Prognos helår ${year}`,
    varianceYear: 'Avvikelse prognos/budget',
    actualPriorPeriod: `Utfall ${span} ${prior}`,
    changePeriod: `Förändring mot ${prior}`,
    actualPriorYear: `Utfall helår ${prior}`,
    utilisation: 'Förbrukning %',
  };
  const en: Record<ColumnId, string> = {
    budgetYear: `Budget full year ${year}`,
    budgetPeriod: `Budget ${span} ${year}`,
    actualPeriod: `Actual ${span} ${year}`,
    variancePeriod: 'Variance for the period',
    forecastYear: `Forecast full year ${year}`,
    varianceYear: 'Variance forecast/budget',
    actualPriorPeriod: `Actual ${span} ${prior}`,
    changePeriod: `Change from ${prior}`,
    actualPriorYear: `Actual full year ${prior}`,
    utilisation: 'Utilisation %',
  };
  return (lang === 'sv' ? sv : en)[id];
}
