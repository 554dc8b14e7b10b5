import type { Direction, GoalStatus, GoalValue, IndicatorStatus } from './types';

export const DEFAULT_THRESHOLD = 0.85;

/** Ratios are compared with this slack so that U/T and (1/T)/(1/U) land on the same side of θ. */
const EPS = 1e-9;

/** r = U/T (higher is better) or T/U (lower is better); null unless both are positive. */
export function indicatorRatio(direction: Direction, target: number, outcome: number): number | null {
  if (!(target > 0) || !(outcome > 0)) return null;
  return direction === 'higher' ? outcome / target : target / outcome;
}

/** a is better than b in the indicator's direction. */
function better(direction: Direction, a: number, b: number): boolean {
  return direction === 'higher' ? a > b : a < b;
}

/**
 * DOMAIN.md §6: MET if r ≥ 1; NEAR if not met, r ≥ θ and U not worse than P (or no P);
 * IMPROVING if not met and better than P; NOT_MET otherwise; NO_DATA without an outcome for
 * the target year (last year's value is never used instead). Without a target nothing can be
 * judged: NO_DATA too. "Met" compares U and T directly, so r = 1 exactly is never lost to
 * rounding; a target or outcome of zero or below has no ratio and can be MET, IMPROVING or
 * NOT_MET but never NEAR.
 */
export function indicatorStatus(direction: Direction, target: GoalValue, outcome: GoalValue, previous: GoalValue, threshold: number): IndicatorStatus {
  if (outcome.kind !== 'number' || target.kind !== 'number') return 'NO_DATA';
  const u = outcome.value;
  const t = target.value;
  if (u === t || better(direction, u, t)) return 'MET';
  const p = previous.kind === 'number' ? previous.value : null;
  const r = indicatorRatio(direction, t, u);
  if (r !== null && r >= threshold - EPS && (p === null || !better(direction, p, u))) return 'NEAR';
  if (p !== null && better(direction, u, p)) return 'IMPROVING';
  return 'NOT_MET';
}

/**
 * Ej utvärderad if every indicator is NO_DATA (or there is none); Helt uppfyllt if every
 * evaluated one is MET; I hög grad uppfyllt if at least 2/3 are MET and the rest NEAR; Delvis
 * uppfyllt if at least one is MET, or all evaluated are NEAR or IMPROVING; Ej uppfyllt otherwise.
 */
export function goalStatus(statuses: readonly IndicatorStatus[]): GoalStatus {
  const evaluated = statuses.filter((s) => s !== 'NO_DATA');
  if (evaluated.length === 0) return 'EJ_UTVARDERAD';
  const met = evaluated.filter((s) => s === 'MET').length;
  if (met === evaluated.length) return 'HELT';
  if (3 * met >= 2 * evaluated.length && evaluated.every((s) => s === 'MET' || s === 'NEAR')) return 'I_HOG_GRAD';
  if (met >= 1 || evaluated.every((s) => s === 'NEAR' || s === 'IMPROVING')) return 'DELVIS';
  return 'EJ';
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
