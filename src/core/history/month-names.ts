import type { Lang } from '../i18n/types';

const NAMES = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** "april" / "April" for 4. */
export function monthName(month: number, lang: Lang): string {
  return NAMES[lang][month - 1] ?? String(month);
}
