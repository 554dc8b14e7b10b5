import type { Catalog, P } from './types';
import { placePrefix as at } from './place';

/** Messages for the forecast history sheet (core/history). */
export const historyMessages = {
  'history-missing': {
    sv: () =>
      'Prognoshistoriken (det dolda bladet Prognoshistorik) finns inte längre i arbetsboken, fast rapporter har infogats tidigare. Föregående prognos och prognosförändring kan därför inte visas för tidigare månader; historiken börjar om från den här månaden.',
    en: () =>
      'The forecast history (the hidden sheet Prognoshistorik) is no longer in the workbook, although reports were inserted before. The previous forecast and the forecast change cannot be shown for earlier months; the history starts again from this month.',
  },
  'history-damaged': {
    sv: (p: P) => `${at(p, 'sv')}bladet Prognoshistorik saknar sin rubrikrad (År, Månad, Rapport, Block, Rad-id, Rad, Prognos helår (kr)), så den sparade historiken kan inte läsas. Den skrivs om från den här månaden; tidigare månader går förlorade om du inte återställer bladet.`,
    en: (p: P) => `${at(p, 'en')}the sheet Prognoshistorik has lost its header row (År, Månad, Rapport, Block, Rad-id, Rad, Prognos helår (kr)), so the stored history cannot be read. It is written anew from this month; earlier months are lost unless you restore the sheet.`,
  },
  'history-bad-row': {
    sv: (p: P) => `${at(p, 'sv')}raden i prognoshistoriken går inte att läsa (år, månad 1–12, rad-id och ett belopp behövs). Den används inte; rätta eller ta bort raden.`,
    en: (p: P) => `${at(p, 'en')}the forecast-history row cannot be read (a year, a month 1–12, a line id and an amount are needed). It is not used; correct or delete the row.`,
  },
} satisfies Catalog;
