import type { CellValue } from '../snapshot';
import { normalizeLabel } from '../text/normalize';
import type { GoalStatus } from './types';

const TEXTS: readonly [RegExp, GoalStatus][] = [
  [/^(helt uppfyllt|uppfyllt|helt uppnatt|uppnatt|fully met|met|achieved|gron|green)$/, 'HELT'],
  [/^(i hog grad uppfyllt|i hog grad uppnatt|till stor del uppfyllt|largely met|mostly met|ljusgron|light green)$/, 'I_HOG_GRAD'],
  [/^(delvis uppfyllt|delvis uppnatt|pa vag|partly met|partially met|on the way|gul|yellow)$/, 'DELVIS'],
  [/^(ej uppfyllt|inte uppfyllt|ej uppnatt|inte uppnatt|not met|not achieved|rod|red)$/, 'EJ'],
  [/^(ej utvarderad|inte utvarderad|ej bedomd|ej matbar|not evaluated|not assessed|gra|grey|gray)$/, 'EJ_UTVARDERAD'],
];

export type ManualRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'status'; readonly text: string; readonly status: GoalStatus }
  | { readonly kind: 'score'; readonly text: string; readonly score: 1 | 2 | 3 }
  | { readonly kind: 'unknown'; readonly text: string };

/** A Bedömning cell: a status text of either scale, or a number 1–3 (Ekerö's scale). */
export function readManual(v: CellValue): ManualRead {
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') {
    return v === 1 || v === 2 || v === 3 ? { kind: 'score', text: String(v), score: v } : { kind: 'unknown', text: String(v) };
  }
  const text = typeof v === 'object' ? v.error : String(v).trim();
  if (text === '') return { kind: 'empty' };
  const n = normalizeLabel(text);
  if (n === '1' || n === '2' || n === '3') return { kind: 'score', text, score: Number(n) as 1 | 2 | 3 };
  for (const [re, status] of TEXTS) if (re.test(n)) return { kind: 'status', text, status };
  return { kind: 'unknown', text };
}
