import type { SieRead } from '../sie';
import { runSieInvestments } from '../investments';
import type { SectionId, SectionRunner } from './types';
import { investmentSection, reportOptions } from './sections';
import { skipReason } from './reason';
import type { ReasonKey } from '../i18n/catalog';

const REASON = {
  goals: 'followup.sie-no-goals',
  assignments: 'followup.sie-no-assignments',
  personnel: 'followup.sie-no-sick-leave',
  measures: 'followup.sie-no-measures',
} as const satisfies Partial<Record<SectionId, ReasonKey>>;

const cannotSupply = (id: keyof typeof REASON): SectionRunner => () => ({ id, kind: 'skipped', reason: skipReason(REASON[id]), issues: [] });

/** Why an SIE file gave no investment table (the issue with the whole text goes with the section). */
const NO_INVESTMENTS = {
  'sie.no-fixed-assets': 'followup.sie-no-fixed-assets',
  'sie.fixed-assets-without-projects': 'followup.sie-fixed-assets-without-projects',
} as const satisfies Record<string, ReasonKey>;

/**
 * The sections of a follow-up made from an SIE file (`buildFollowUp`'s `extra`): the drift
 * sections read the file's result accounts as any ledger; the investment table reads its
 * fixed-asset accounts per project (`fixedAssets`, the same file read with accounts
 * 'fixed-assets'); goals, assignments, sick leave and activity measures are not in an SIE file
 * and are skipped with that reason.
 */
export function sieSectionRunners(fixedAssets: SieRead): Partial<Record<SectionId, SectionRunner>> {
  const investments: SectionRunner = (_snapshot, o, history) => {
    const r = runSieInvestments(fixedAssets, reportOptions(o));
    if (!r.ledger || fixedAssets.snapshot === null) {
      const why = r.issues.find((i) => i.code === 'sie.no-fixed-assets' || i.code === 'sie.fixed-assets-without-projects');
      return { id: 'investments', kind: 'skipped', reason: skipReason(why ? NO_INVESTMENTS[why.code as keyof typeof NO_INVESTMENTS] : 'followup.sie-no-investments'), issues: why ? [why] : [] };
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
