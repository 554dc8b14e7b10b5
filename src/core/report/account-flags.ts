import { yyyymm } from '../text/yyyymm';
import { AMOUNT_KIND } from '../ledger/types';
import type { Ledger } from '../ledger/types';
import { cellA1 } from '../address';

/**
 * What each accumulate key (account × motpart class) holds in each group, so an entry can be
 * routed by what its key has (the report finds it in its one pass, accumulate-keyed.ts; keyFlags
 * is the pass before routing row by row, for the deviation analysis and accumulateByRow):
 * - a key with both per-period and whole-year budget amounts takes its annual budget from the
 *   whole-year amounts only and its budget to date from the period amounts only; the whole-year
 *   amounts are spread × m/12 only for a key without period amounts;
 * - a key without forecast rows gets outcome + remaining budget in a manual forecast.
 */
export const FLAG = {
  /** Budget amounts of the report year for a month (Periodbudget, Budget, Budget ack). */
  periodBudget: 1,
  /** Budget amounts of the report year for the whole year (Årsbudget, Budget helår). */
  wholeBudget: 2,
  /** Forecast rows of the report year. */
  forecast: 4,
  /** Actuals to date or budget of the report year: a line with such a key shows a forecast. */
  data: 8,
} as const;

export type KeyFlags = {
  /** [(key * groups) + group], key = account * 2 + motpart class; FLAG bits. */
  readonly flags: Uint8Array;
  /** Per account: the first sheet row (0-based) it comes from, -1 when none. */
  readonly firstRow: Int32Array;
  /**
   * Whether the ledger can give the prior full year: false when its only prior-year actuals are
   * to-date figures of an aggregated listing (Utfall fg år ack).
   */
  readonly priorYearKnown: boolean;
};

export function keyFlags(ledger: Ledger, year: number, through: number, mot: Int32Array, motClass: Uint8Array, grp: Int32Array, groups: number): KeyFlags {
  const { account, period, kind, size, sourceRow } = ledger;
  const flags = new Uint8Array(ledger.accounts.length * 2 * groups);
  const firstRow = new Int32Array(ledger.accounts.length).fill(-1);
  const aggregated = ledger.form === 'aggregated';
  const y0 = yyyymm(year, 0);
  const p0 = y0 - 100;
  let priorAny = false;
  let priorFull = false;
  for (let i = 0; i < size; i++) {
    const a = account[i];
    if (firstRow[a] < 0) firstRow[a] = sourceRow[i];
    const p = period[i];
    const k = kind[i];
    if (p >= y0 && p <= y0 + 12) {
      const mo = p - y0;
      let bits: number = FLAG.data;
      if (k === AMOUNT_KIND.budget) bits |= mo === 0 ? FLAG.wholeBudget : FLAG.periodBudget;
      else if (k === AMOUNT_KIND.forecast) bits = FLAG.forecast;
      else if (mo > through) continue;
      flags[(a * 2 + motClass[mot[i]]) * groups + grp[i]] |= bits;
    } else if (k === AMOUNT_KIND.actual && p >= p0 && p <= p0 + 12) {
      priorAny = true;
      if (!aggregated || p === p0) priorFull = true;
    }
  }
  return { flags, firstRow, priorYearKnown: priorFull || !priorAny };
}

/** The ledger sheet, and the account cell of a 0-based sheet row when it is known. */
export function accountCell(ledger: Ledger, row: number): { sheet: string; address?: string } {
  const col = ledger.columns.find((c) => c.role === 'account')?.col;
  return row >= 0 && col !== undefined ? { sheet: ledger.sheet, address: cellA1(row, col) } : { sheet: ledger.sheet };
}
