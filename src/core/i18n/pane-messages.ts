import type { Catalog } from './types';

/** Messages the task pane adds to the engine's: a corrected column role the report could not use. */
export const paneMessages = {
  'taskpane.roles-not-applied': {
    sv: (p: { headers: string; sheet?: string }) =>
      `Den ändrade rollen för kolumnen ${p.headers} på bladet '${p.sheet ?? ''}' kunde inte användas i rapporten. Välj kolumnens ursprungliga roll igen, eller ändra rubriken i bladet så att den känns igen, och läs in arbetsboken igen.`,
    en: (p: { headers: string; sheet?: string }) =>
      `The changed role of the column ${p.headers} on sheet '${p.sheet ?? ''}' could not be used in the report. Choose the column's original role again, or change the header in the sheet so it is recognised, and read the workbook again.`,
  },
} satisfies Catalog;
