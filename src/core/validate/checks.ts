import { AMOUNT_KIND } from '../ledger/types';
import { monthOf, yearOf } from '../text/yyyymm';
import { latestActual } from '../ledger/latest-actual';
import { cellA1 } from '../address';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import { formatSwedishNumber } from '../text/number';
import type { Ledger } from '../ledger/types';
import { accountClasses } from '../ledger/sign';

/**
 * Checks of a ledger that has been read: duplicates, months missing in the actuals, rows
 * outside the report year, no budget, budget or forecast with the opposite sign, accounts
 * the report structure does not cover.
 */
/** The column a row-level issue points at: the period, else the account. */
export function periodColumn(ledger: Ledger): number {
  const c = ledger.columns.find((x) => x.role === 'period') ?? ledger.columns.find((x) => x.role === 'account');
  return c ? c.col : 0;
}

function periodCell(ledger: Ledger, row: number): string {
  return cellA1(row, periodColumn(ledger));
}

/** The latest year with actuals, else the latest year. */
export function defaultReportYear(ledger: Ledger): number | null {
  const latest = latestActual(ledger);
  if (latest && latest.year > 0) return latest.year;
  return ledger.years.length > 0 ? ledger.years[ledger.years.length - 1] : null;
}

export function missingMonths(ledger: Ledger, year: number): Issue[] {
  if (ledger.form === 'aggregated') return [];
  const has = new Uint8Array(13);
  for (let i = 0; i < ledger.size; i++) {
    const p = ledger.period[i];
    if (ledger.kind[i] === AMOUNT_KIND.actual && yearOf(p) === year) has[monthOf(p)] = 1;
  }
  let last = 0;
  for (let m = 1; m <= 12; m++) if (has[m]) last = m;
  const gaps: number[] = [];
  for (let m = 1; m < last; m++) if (!has[m]) gaps.push(m);
  if (gaps.length === 0) return [];
  return [
    makeIssue(
      'missing-months',
      'warning',
      // The months as numbers (1–12, comma-separated): the catalog names them in the reader's language.
      { year, months: gaps.join(',') },
      { sheet: ledger.sheet, address: ledger.range, count: gaps.length },
    ),
  ];
}

export function outOfRange(ledger: Ledger, year: number): Issue[] {
  if (ledger.form === 'aggregated') return [];
  const years = new Set<number>();
  let first = -1;
  let rows = 0;
  let lastRow = -1;
  for (let i = 0; i < ledger.size; i++) {
    const y = Math.floor(ledger.period[i] / 100);
    if (y === year || y === year - 1) continue;
    years.add(y);
    if (first < 0) first = ledger.sourceRow[i];
    if (ledger.sourceRow[i] !== lastRow) rows++;
    lastRow = ledger.sourceRow[i];
  }
  if (rows === 0) return [];
  const list = [...years].sort((a, b) => a - b).join(', ');
  return [makeIssue('period-out-of-range', 'warning', { year, years: list }, { sheet: ledger.sheet, address: periodCell(ledger, first), count: rows })];
}

export function noBudget(ledger: Ledger, year: number): Issue[] {
  for (let i = 0; i < ledger.size; i++) if (ledger.kind[i] === AMOUNT_KIND.budget && yearOf(ledger.period[i]) === year) return [];
  return [makeIssue('no-budget', 'warning', { year }, { sheet: ledger.sheet })];
}

/** Budget or forecast whose class 3 or class 5 total has the opposite sign to the actuals. */
export function inconsistentSigns(ledger: Ledger, year: number): Issue[] {
  const cls = accountClasses(ledger.accounts);
  // sums[kind][class 3 → 0, class 5 → 1]
  const sums = [new Float64Array(2), new Float64Array(2), new Float64Array(2)];
  for (let i = 0; i < ledger.size; i++) {
    const c = cls[ledger.account[i]];
    if ((c !== 3 && c !== 5) || Math.floor(ledger.period[i] / 100) !== year) continue;
    sums[ledger.kind[i]][c === 3 ? 0 : 1] += ledger.amount[i];
  }
  const out: Issue[] = [];
  const names = [
    { kind: 1, column: 'budget' },
    { kind: 2, column: 'forecast' },
  ] as const;
  for (const n of names) {
    for (const [slot, klass] of [[1, 5], [0, 3]] as const) {
      const a = sums[0][slot];
      const b = sums[n.kind][slot];
      if (a === 0 || b === 0 || Math.sign(a) === Math.sign(b)) continue;
      out.push(
        makeIssue('inconsistent-signs', 'error', { kind: n.column, class: klass, sum: formatSwedishNumber(b), reference: formatSwedishNumber(a), year }, { sheet: ledger.sheet, address: ledger.range }),
      );
      break;
    }
  }
  return out;
}

export function uncoveredAccounts(ledger: Ledger, year: number, isCovered: (account: string) => boolean): Issue[] {
  const covered = ledger.accounts.map((a) => isCovered(a));
  const sum = new Float64Array(ledger.accounts.length);
  const firstRow = new Int32Array(ledger.accounts.length).fill(-1);
  for (let i = 0; i < ledger.size; i++) {
    const a = ledger.account[i];
    if (covered[a]) continue;
    if (firstRow[a] < 0) firstRow[a] = ledger.sourceRow[i];
    if (ledger.kind[i] === AMOUNT_KIND.actual && yearOf(ledger.period[i]) === year) sum[a] += ledger.amount[i];
  }
  const missing = ledger.accounts.map((_, i) => i).filter((i) => !covered[i]);
  if (missing.length === 0) return [];
  const total = missing.reduce((s, i) => s + sum[i], 0);
  const accounts = missing.slice(0, 5).map((i) => ledger.accounts[i]).join(', ') + (missing.length > 5 ? ' …' : '');
  const accCol = ledger.columns.find((c) => c.role === 'account')?.col ?? 0;
  return [
    makeIssue('uncovered-accounts', 'warning', { accounts, amount: formatSwedishNumber(total), year }, { sheet: ledger.sheet, address: cellA1(firstRow[missing[0]], accCol), count: missing.length }),
  ];
}
