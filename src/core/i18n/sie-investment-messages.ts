import type { Catalog } from './types';

/** Messages for the investment table read from an SIE file (the fixed-asset accounts with their projects). */
export const sieInvestmentMessages = {
  'sie.no-fixed-assets': {
    sv: () =>
      'SIE-filen har inga belopp på anläggningskonton (10–12: immateriella tillgångar, mark och byggnader, maskiner och inventarier) och kan därför inte ge någon investeringstabell. Exportera en SIE-fil av typ 4 med verifikationerna, där investeringarna bokas på sina projekt, eller gör tabellen från en arbetsbok med Projekt, Utfall och Budget.',
    en: () =>
      'The SIE file has no amounts on fixed-asset accounts (10–12: intangible assets, land and buildings, machinery and equipment), so it cannot give an investment table. Export an SIE file of type 4 with the vouchers, where investments are booked on their projects, or build the table from a workbook with Projekt, Utfall and Budget.',
  },
  'sie.fixed-assets-without-projects': {
    sv: () =>
      `Inga belopp på SIE-filens anläggningskonton har något projekt (dimension 6, Projekt), så investeringarna kan inte delas upp per projekt. Bokför investeringarna med sina projekt i ekonomisystemet och exportera filen igen, eller gör tabellen från en arbetsbok med Projekt, Utfall och Budget.`,
    en: () =>
      `No amount on the SIE file's fixed-asset accounts has a project (dimension 6, Projekt), so the investments cannot be split by project. Book the investments with their projects in the finance system and export the file again, or build the table from a workbook with Projekt, Utfall and Budget.`,
  },
} satisfies Catalog;
