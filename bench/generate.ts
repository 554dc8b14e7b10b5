/**
 * The seeded ledger generator: two years (2024–2025) of monthly actuals and budgets for
 * 50 ansvar, 300 accounts across Kommun-Bas classes 3–8 and 20 motpart codes, in Typ form
 * (one amount column plus a Typ column saying Utfall or Budget), so one sheet row is one
 * ledger entry. Amounts are whole kronor in bookkeeping sign (income negative, costs
 * positive), so every sum is exact in a double and the cross-checks can compare exactly.
 */
import { makeRng } from './prng';

export const YEARS = [2024, 2025] as const;
export const KIND_ACTUAL = 0;
export const KIND_BUDGET = 1;

export type GeneratedLedger = {
  readonly rows: number;
  readonly seed: number;
  readonly accountCodes: readonly string[];
  readonly accountTexts: readonly string[];
  readonly ansvarCodes: readonly string[];
  readonly motpartCodes: readonly string[];
  /** Per entry: index into accountCodes. */
  readonly account: Int32Array;
  /** Per entry: year*100 + month (1–12). */
  readonly period: Int32Array;
  /** Per entry: KIND_ACTUAL or KIND_BUDGET. */
  readonly kind: Uint8Array;
  /** Per entry: whole kronor, bookkeeping sign. */
  readonly amount: Float64Array;
  /** Per entry: index into ansvarCodes. */
  readonly ansvar: Int32Array;
  /** Per entry: index into motpartCodes. */
  readonly motpart: Int32Array;
};

/** Per class: how many accounts, first code, step. 50+40+60+70+50+30 = 300 accounts. */
const ACCOUNT_PLAN: readonly (readonly [klass: string, count: number, first: number, step: number])[] = [
  ['Intäkter', 50, 3010, 10],
  ['Material och köpta tjänster', 40, 4010, 20],
  ['Personalkostnader', 60, 5010, 15],
  ['Lokal- och övriga kostnader', 70, 6010, 14],
  ['Övriga verksamhetskostnader', 50, 7010, 19],
  ['Finansiella poster', 30, 8400, 6],
];

export function accountPlan(): { codes: string[]; texts: string[] } {
  const codes: string[] = [];
  const texts: string[] = [];
  for (const [klass, count, first, step] of ACCOUNT_PLAN) {
    for (let k = 0; k < count; k += 1) {
      const code = first + k * step;
      codes.push(String(code));
      texts.push(`${klass} ${code}`);
    }
  }
  return { codes, texts };
}

export const ANSVAR_CODES: readonly string[] = Array.from({ length: 50 }, (_, i) => String(1100 + 20 * i));
export const MOTPART_CODES: readonly string[] = [
  '110', '120', '210', '310', '410', '510', '520', '610', '710', '810',
  '820', '830', '840', '850', '860', '870', '880', '890', '910', '920',
];

/** Income accounts (class 3, financial income 84xx) are credit: negative in bookkeeping sign. */
function isCredit(code: number): boolean {
  return (code >= 3000 && code < 4000) || (code >= 8400 && code < 8500);
}

export function generateLedger(rows: number, seed = 20250831): GeneratedLedger {
  const rng = makeRng(seed);
  const { codes, texts } = accountPlan();
  const credit = codes.map((c) => isCredit(Number(c)));
  const account = new Int32Array(rows);
  const period = new Int32Array(rows);
  const kind = new Uint8Array(rows);
  const amount = new Float64Array(rows);
  const ansvar = new Int32Array(rows);
  const motpart = new Int32Array(rows);
  const lo = Math.log(100);
  const span = Math.log(200_000) - lo;
  for (let i = 0; i < rows; i += 1) {
    const a = rng.int(codes.length);
    account[i] = a;
    period[i] = YEARS[rng.int(YEARS.length)] * 100 + 1 + rng.int(12);
    kind[i] = rng.next() < 0.6 ? KIND_ACTUAL : KIND_BUDGET;
    const magnitude = Math.round(Math.exp(lo + rng.next() * span));
    amount[i] = credit[a] ? -magnitude : magnitude;
    ansvar[i] = rng.int(ANSVAR_CODES.length);
    motpart[i] = rng.int(MOTPART_CODES.length);
  }
  return { rows, seed, accountCodes: codes, accountTexts: texts, ansvarCodes: ANSVAR_CODES, motpartCodes: MOTPART_CODES, account, period, kind, amount, ansvar, motpart };
}
