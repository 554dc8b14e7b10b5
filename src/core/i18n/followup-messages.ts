import type { Catalog, P } from './types';

const SIE_SV = 'En SIE-fil innehåller';
const SIE_EN = 'An SIE file holds';

/**
 * Why a section of the follow-up was skipped (core/followup: a skipped section's `reason` is one
 * of these codes with its params). Not issue codes: the section lists the issues that go with it.
 */
export const followupMessages = {
  'followup.no-section': {
    sv: () => 'Avsnittet finns inte i den här versionen av Kommunrapport.',
    en: () => 'This version of Kommunrapport has no such section.',
  },
  'followup.no-ledger': {
    sv: () => 'Ingen huvudbok hittades. Lägg in huvudboken (Konto, Period, Utfall) i arbetsboken för att få avsnittet.',
    en: () => 'No ledger was found. Add the ledger (Account, Period, Actual) to the workbook to include the section.',
  },
  'followup.ledger-errors': {
    sv: () => 'Huvudboken har fel som måste rättas först (se meddelandena).',
    en: () => 'The ledger has errors to correct first (see the messages).',
  },
  'followup.no-unit-column': {
    sv: (p: P<never, 'by'>) =>
      p.by === undefined
        ? 'Huvudboken har ingen kolumn Verksamhet eller Ansvar att dela upp rapporten efter. Lägg till en av dem i huvudboken, eller välj en annan kolumn med --by.'
        : `Huvudboken har ingen kolumn '${p.by}' att dela upp rapporten efter. Välj en kolumn som finns i huvudboken med --by.`,
    en: (p: P<never, 'by'>) =>
      p.by === undefined
        ? 'The ledger has no Verksamhet or Ansvar column to break the report down by. Add one of them to the ledger, or choose another column with --by.'
        : `The ledger has no column '${p.by}' to break the report down by. Choose a column the ledger has with --by.`,
  },
  'followup.no-investments': {
    sv: () => 'Ingen investeringsredovisning (Projekt med Utfall och Budget) hittades. Lägg in den i arbetsboken för att få avsnittet.',
    en: () => 'No investment ledger (Projekt with Utfall and Budget) was found. Add it to the workbook to include the section.',
  },
  'followup.investment-errors': {
    sv: () => 'Investeringsredovisningen har fel som måste rättas först (se meddelandena).',
    en: () => 'The investment ledger has errors to correct first (see the messages).',
  },
  'followup.no-goal-table': {
    sv: () => 'Ingen måltabell (Indikator, Målvärde, Utfall) hittades. Lägg in ett blad med måltabellen i arbetsboken för att få avsnittet.',
    en: () => 'No goal table (Indicator, Target, Outcome) was found. Add a sheet with the goal table to the workbook to include the section.',
  },
  'followup.goal-errors': {
    sv: () => 'Måltabellen har fel som måste rättas först (se meddelandena).',
    en: () => 'The goal table has errors to correct first (see the messages).',
  },
  'followup.no-assignment-list': {
    sv: () => 'Ingen uppdragslista (Uppdrag, Status) hittades. Lägg in ett blad med uppdragslistan i arbetsboken för att få avsnittet.',
    en: () => 'No assignment list (Assignment, Status) was found. Add a sheet with the assignment list to the workbook to include the section.',
  },
  'followup.assignment-errors': {
    sv: () => 'Uppdragslistan har fel som måste rättas först (se meddelandena).',
    en: () => 'The assignment list has errors to correct first (see the messages).',
  },
  'followup.no-sick-table': {
    sv: () => 'Ingen tabell med sjukfrånvaro hittades. Lägg in ett blad med sjukfrånvaron i arbetsboken för att få avsnittet.',
    en: () => 'No sick-leave table was found. Add a sheet with the sick leave to the workbook to include the section.',
  },
  'followup.sick-errors': {
    sv: () => 'Sjukfrånvarotabellen har fel som måste rättas först (se meddelandena).',
    en: () => 'The sick-leave table has errors to correct first (see the messages).',
  },
  'followup.no-measure-table': {
    sv: () => 'Ingen tabell med verksamhetsmått hittades. Lägg in ett blad med måtten i arbetsboken för att få avsnittet.',
    en: () => 'No activity-measure table was found. Add a sheet with the measures to the workbook to include the section.',
  },
  'followup.sie-no-goals': {
    sv: () => `${SIE_SV} inga mål eller indikatorer; avsnittet görs från en arbetsbok med måltabellen.`,
    en: () => `${SIE_EN} no goals or indicators; the section is made from a workbook with the goal table.`,
  },
  'followup.sie-no-assignments': {
    sv: () => `${SIE_SV} inga uppdrag; avsnittet görs från en arbetsbok med uppdragslistan.`,
    en: () => `${SIE_EN} no assignments; the section is made from a workbook with the assignment list.`,
  },
  'followup.sie-no-sick-leave': {
    sv: () => `${SIE_SV} ingen sjukfrånvaro; avsnittet görs från en arbetsbok med personaluppgifterna.`,
    en: () => `${SIE_EN} no sick leave; the section is made from a workbook with the personnel figures.`,
  },
  'followup.sie-no-measures': {
    sv: () => `${SIE_SV} inga verksamhetsmått; avsnittet görs från en arbetsbok med måtten.`,
    en: () => `${SIE_EN} no activity measures; the section is made from a workbook with the measures.`,
  },
  /** Short: the issue sie.no-fixed-assets goes with the section and says what to do. */
  'followup.sie-no-fixed-assets': {
    sv: () => 'SIE-filen har inga belopp på anläggningskonton (10–12).',
    en: () => 'The SIE file has no amounts on fixed-asset accounts (10–12).',
  },
  'followup.sie-fixed-assets-without-projects': {
    sv: () => 'Inga belopp på SIE-filens anläggningskonton har något projekt (dimension 6).',
    en: () => 'No amount on the SIE file’s fixed-asset accounts has a project (dimension 6).',
  },
  'followup.sie-no-investments': {
    sv: () => 'SIE-filen gav ingen investeringsredovisning (se meddelandena).',
    en: () => 'The SIE file gave no investment ledger (see the messages).',
  },
} satisfies Catalog;
