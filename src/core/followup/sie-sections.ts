import type { SieRead } from '../sie';
import { runSieInvestments } from '../investments';
import type { SectionId, SectionRunner } from './types';
import { investmentSection, reportOptions } from './sections';

const REASON = {
  goals: {
    sv: 'En SIE-fil innehåller inga mål eller indikatorer; avsnittet görs från en arbetsbok med måltabellen.',
    en: 'An SIE file holds no goals or indicators; the section is made from a workbook with the goal table.',
  },
  assignments: {
    sv: 'En SIE-fil innehåller inga uppdrag; avsnittet görs från en arbetsbok med uppdragslistan.',
    en: 'An SIE file holds no assignments; the section is made from a workbook with the assignment list.',
  },
  personnel: {
    sv: 'En SIE-fil innehåller ingen sjukfrånvaro; avsnittet görs från en arbetsbok med personaluppgifterna.',
    en: 'An SIE file holds no sick leave; the section is made from a workbook with the personnel figures.',
  },
  measures: {
    sv: 'En SIE-fil innehåller inga verksamhetsmått; avsnittet görs från en arbetsbok med måtten.',
    en: 'An SIE file holds no activity measures; the section is made from a workbook with the measures.',
  },
} as const;

const cannotSupply = (id: keyof typeof REASON): SectionRunner => () => ({ id, kind: 'skipped', reason: REASON[id], issues: [] });

/**
 * The sections of a follow-up made from an SIE file (`buildFollowUp`'s `extra`): the drift
 * sections read the file's result accounts as any ledger; the investment table reads its
 * fixed-asset accounts per project (`fixedAssets`, the same file read with accounts
 * 'fixed-assets'); goals, assignments, sick leave and activity measures are not in an SIE file
 * and are skipped with that reason.
 */
/** Why an SIE file gave no investment table (the issue with the whole text goes with the section). */
const NO_INVESTMENTS = {
  'sie.no-fixed-assets': { sv: 'SIE-filen har inga belopp på anläggningskonton (10–12).', en: 'The SIE file has no amounts on fixed-asset accounts (10–12).' },
  'sie.fixed-assets-without-projects': { sv: 'Inga belopp på SIE-filens anläggningskonton har något projekt (dimension 6).', en: 'No amount on the SIE file’s fixed-asset accounts has a project (dimension 6).' },
  other: { sv: 'SIE-filen gav ingen investeringsredovisning.', en: 'The SIE file gave no investment ledger.' },
} as const;

export function sieSectionRunners(fixedAssets: SieRead): Partial<Record<SectionId, SectionRunner>> {
  const investments: SectionRunner = (_snapshot, o, history) => {
    const r = runSieInvestments(fixedAssets, reportOptions(o));
    if (!r.ledger || fixedAssets.snapshot === null) {
      const why = r.issues.find((i) => i.code === 'sie.no-fixed-assets' || i.code === 'sie.fixed-assets-without-projects');
      return { id: 'investments', kind: 'skipped', reason: why ? NO_INVESTMENTS[why.code as keyof typeof NO_INVESTMENTS] : NO_INVESTMENTS.other, issues: why ? [why] : [] };
    }
    return investmentSection(r, history);
  };
  return {
    investments,
    goals: cannotSupply('goals'),
    assignments: cannotSupply('assignments'),
    personnel: cannotSupply('personnel'),
    measures: cannotSupply('measures'),
  };
}
