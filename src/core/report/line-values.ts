import type { ColumnId, ForecastMethod, LineValues, SignConvention } from './report-types';
import { COLUMN_IDS } from './report-types';
import { SLOT, SLOTS } from './accumulate';
import { forecast } from './forecast';

/**
 * Column values of one line from its raw slot sums. `f` turns the source sign into the chosen
 * convention (1 or −1). Variances are favourable-positive in both conventions:
 * costs-negative Avvikelse = Utfall − Budget, income-negative Avvikelse = Budget − Utfall.
 */
export function leafValues(
  sums: Float64Array,
  offset: number,
  f: number,
  signs: SignConvention,
  method: ForecastMethod,
  m: number,
  where: { readonly partial: boolean; readonly priorYearKnown: boolean },
): { values: LineValues; fallback: boolean } {
  const at = (s: number) => f * sums[offset + s];
  const U = at(SLOT.actualPeriod);
  const B = at(SLOT.budgetYear);
  const Bm = at(SLOT.budgetPeriod);
  const priorPeriod = at(SLOT.actualPriorPeriod);
  const priorYear = where.priorYearKnown ? at(SLOT.actualPriorYear) : null;
  const fc = forecast(method, { U, B, Bm, priorPeriod, priorYear, manual: at(SLOT.forecastYear), rest: at(SLOT.forecastRest), partial: where.partial, m });
  const values = complete({ budgetYear: B, budgetPeriod: Bm, actualPeriod: U, forecastYear: fc.value, actualPriorPeriod: priorPeriod, actualPriorYear: priorYear }, signs);
  const empty = U === 0 && B === 0 && Bm === 0;
  return { values, fallback: fc.fallback && !empty };
}

export type BaseValues = Pick<LineValues, 'budgetYear' | 'budgetPeriod' | 'actualPeriod' | 'forecastYear' | 'actualPriorPeriod' | 'actualPriorYear'>;

const BASE: readonly (keyof BaseValues)[] = ['budgetYear', 'budgetPeriod', 'actualPeriod', 'forecastYear', 'actualPriorPeriod', 'actualPriorYear'];

/**
 * Adds the derived columns (variances, change, utilisation) to the base amounts. Every value is
 * passed through `plain`: turning a source sign with f = −1, or a variance with −1, makes IEEE
 * negative zero from a zero amount, which English number formatting shows as "-0".
 */
export function complete(b: { [K in keyof BaseValues]: K extends 'actualPriorYear' ? number | null : number }, signs: SignConvention): LineValues {
  const sv = signs === 'costs-negative' ? 1 : -1;
  return {
    budgetYear: plain(b.budgetYear),
    budgetPeriod: plain(b.budgetPeriod),
    actualPeriod: plain(b.actualPeriod),
    forecastYear: plain(b.forecastYear),
    actualPriorPeriod: plain(b.actualPriorPeriod),
    actualPriorYear: b.actualPriorYear === null ? null : plain(b.actualPriorYear),
    variancePeriod: plain(sv * (b.actualPeriod - b.budgetPeriod)),
    varianceYear: plain(sv * (b.forecastYear - b.budgetYear)),
    changePeriod: plain(b.actualPeriod - b.actualPriorPeriod),
    // A ratio of a surplus to a deficit means nothing, nor one over a budget under a krona
    // (a balanced result's rounding residue): null then.
    utilisation: Math.abs(b.budgetYear) >= 0.5 && b.budgetYear * b.actualPeriod >= 0 ? plain(b.actualPeriod / b.budgetYear) : null,
  };
}

/** `n` with negative zero made positive zero (−0 + 0 is +0; every other number is unchanged). */
function plain(n: number): number {
  return n + 0;
}

/** The sum of lines' base amounts, derived columns recomputed; the prior full year stays null when no part knows it. */
export function sumValues(parts: readonly LineValues[], signs: SignConvention): LineValues {
  const b = { budgetYear: 0, budgetPeriod: 0, actualPeriod: 0, forecastYear: 0, actualPriorPeriod: 0, actualPriorYear: 0 };
  for (const p of parts) for (const k of BASE) b[k] += p[k] ?? 0;
  const priorKnown = parts.length === 0 || parts.some((p) => p.actualPriorYear !== null);
  return complete({ ...b, actualPriorYear: priorKnown ? b.actualPriorYear : null }, signs);
}

export function zeroValues(): LineValues {
  return Object.fromEntries(COLUMN_IDS.map((c: ColumnId) => [c, c === 'utilisation' ? null : 0])) as LineValues;
}

export { SLOTS };
