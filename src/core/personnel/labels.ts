import type { SickRowId } from './types';

export const SICK_ROW_LABEL: Readonly<Record<SickRowId, { readonly sv: string; readonly en: string }>> = {
  total: { sv: 'Total sjukfrånvaro', en: 'Total sick leave' },
  women: { sv: 'Kvinnor', en: 'Women' },
  men: { sv: 'Män', en: 'Men' },
  'age-29': { sv: '29 år eller yngre', en: '29 years or younger' },
  'age-30-49': { sv: '30–49 år', en: '30–49 years' },
  'age-50': { sv: '50 år eller äldre', en: '50 years or older' },
  days1to14: { sv: 'Dag 1–14', en: 'Days 1–14' },
  days15to59: { sv: 'Dag 15–59', en: 'Days 15–59' },
  days60: { sv: 'Dag 60–', en: 'Day 60 onwards' },
  'long-share': { sv: 'Andel långtidssjukfrånvaro (60 dagar eller mer) av total sjukfrånvaro', en: 'Long-term sick leave (60 days or more) as a share of all sick leave' },
};

/** Rows after which the table leaves a blank row, as the published tables group them. */
export const SICK_GAP_AFTER: ReadonlySet<SickRowId> = new Set(['men', 'age-50', 'days60']);
