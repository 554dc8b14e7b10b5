import type { ObjectRef, PeriodRow, SieFile, SieProblem } from './model';
import { applyReading, chooseReading } from './object-reading';
import { isResultAccount } from './values';
import { isFixedAssetAccount } from './fixed-assets';

/**
 * The amounts that go into the ledger, per account, month and object list: actuals from
 * #PSALDO (each row that month's change) when the file has any, else from the vouchers'
 * #TRANS rows grouped by their date, else from #RES (one figure per account and financial
 * year, placed in the year's last month); budgets from #PBUDGET. Only result accounts
 * (classes 3–8) unless balance accounts are asked for, or only the fixed-asset accounts an
 * investment is booked on (fixed-assets.ts).
 */
export type Source = 'psaldo' | 'trans' | 'res' | 'none';

export type LedgerRow = {
  readonly account: string;
  /** YYYYMM */
  readonly period: number;
  readonly objects: readonly ObjectRef[];
  readonly ore: number;
  readonly kind: 'actual' | 'budget';
  readonly line: number;
};

export type RowOptions = { readonly accounts?: 'result' | 'all' | 'fixed-assets' };

export type LedgerRows = { readonly rows: LedgerRow[]; readonly source: Source; readonly problems: SieProblem[] };

function periodRows(rows: readonly PeriodRow[], kind: LedgerRow['kind']): LedgerRow[] {
  return rows.map((r) => ({ account: r.account, period: r.period, objects: r.objects, ore: r.ore, kind, line: r.line }));
}

/** #PSALDO months that do not add up to the account's #RES for the year. */
function psaldoAgainstRes(file: SieFile, used: readonly PeriodRow[], out: SieProblem[]): void {
  const sums = new Map<string, number>();
  for (const r of used) sums.set(`${r.year}|${r.account}`, (sums.get(`${r.year}|${r.account}`) ?? 0) + r.ore);
  const years = new Set(used.map((r) => r.year));
  for (const res of file.results) {
    if (!years.has(res.year)) continue;
    const sum = sums.get(`${res.year}|${res.account}`) ?? 0;
    if (sum === res.ore) continue;
    out.push({ code: 'sie.psaldo-res', severity: 'warning', line: res.line, params: { line: res.line, account: res.account, year: res.year, psaldo: sum / 100, res: res.ore / 100 } });
  }
}

/** The vouchers' rows per financial year that do not add up to the account's #RES (years with vouchers only). */
function transAgainstRes(file: SieFile, rows: readonly LedgerRow[], out: SieProblem[]): void {
  const sums = new Map<string, number>();
  const withRows = new Set<number>();
  for (const r of rows) {
    for (const y of file.years.values()) {
      if (r.period < Math.floor(y.start / 100) || r.period > Math.floor(y.end / 100)) continue;
      withRows.add(y.index);
      sums.set(`${y.index}|${r.account}`, (sums.get(`${y.index}|${r.account}`) ?? 0) + r.ore);
    }
  }
  for (const res of file.results) {
    if (!withRows.has(res.year)) continue;
    const sum = sums.get(`${res.year}|${res.account}`) ?? 0;
    if (sum === res.ore) continue;
    out.push({ code: 'sie.trans-res', severity: 'warning', line: res.line, params: { line: res.line, account: res.account, year: res.year, trans: sum / 100, res: res.ore / 100 } });
  }
}

function transRows(file: SieFile, out: SieProblem[]): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const v of file.vouchers) {
    for (const r of v.rows) {
      if (r.date === null) {
        out.push({ code: 'sie.no-date', severity: 'warning', line: r.line, params: { line: r.line, account: r.account } });
        continue;
      }
      rows.push({ account: r.account, period: Math.floor(r.date / 100), objects: r.objects, ore: r.ore, kind: 'actual', line: r.line });
    }
  }
  return rows;
}

function resRows(file: SieFile, out: SieProblem[]): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const r of file.results) {
    const year = file.years.get(r.year);
    if (!year) {
      out.push({ code: 'sie.no-year', severity: 'warning', line: r.line, params: { line: r.line, year: r.year } });
      continue;
    }
    rows.push({ account: r.account, period: Math.floor(year.end / 100), objects: [], ore: r.ore, kind: 'actual', line: r.line });
  }
  if (rows.length > 0) out.push({ code: 'sie.year-totals', severity: 'info', line: rows[0].line, params: { line: rows[0].line } });
  return rows;
}

/**
 * Rows whose month lies outside the financial year their year index names (#PBUDGET -1 with
 * this year's months, as one sample has) would count twice: they are left out, said once per
 * label and year.
 */
function insideYear(file: SieFile, rows: readonly PeriodRow[], label: string, out: SieProblem[]): PeriodRow[] {
  const kept: PeriodRow[] = [];
  const outside = new Map<number, { line: number; count: number }>();
  for (const r of rows) {
    const y = file.years.get(r.year);
    if (!y || (r.period >= Math.floor(y.start / 100) && r.period <= Math.floor(y.end / 100))) {
      kept.push(r);
      continue;
    }
    const o = outside.get(r.year);
    if (o) o.count++;
    else outside.set(r.year, { line: r.line, count: 1 });
  }
  for (const [year, o] of outside) {
    const y = file.years.get(year) as { start: number; end: number };
    out.push({ code: 'sie.period-outside-year', severity: 'warning', line: o.line, params: { line: o.line, label, year, count: o.count, start: y.start, end: y.end } });
  }
  return kept;
}

export function sieLedgerRows(file: SieFile, options: RowOptions = {}): LedgerRows {
  const problems: SieProblem[] = [];
  const psaldo = insideYear(file, file.psaldo, '#PSALDO', problems);
  const pbudget = insideYear(file, file.pbudget, '#PBUDGET', problems);
  let actual: LedgerRow[];
  let source: Source;
  const objectsInPeriods = file.psaldo.some((r) => r.objects.length > 0) || file.pbudget.some((r) => r.objects.length > 0);
  const choice = chooseReading(file);
  if (objectsInPeriods) {
    const line = (file.psaldo.find((r) => r.objects.length > 0) ?? file.pbudget.find((r) => r.objects.length > 0) ?? { line: 1 }).line;
    problems.push({ code: 'sie.object-reading', severity: 'info', line, params: { line, reading: choice.reading, total: choice.total, cells: choice.cells } });
  }
  const accounts = options.accounts ?? 'result';
  // Period balances of result accounts only say nothing of the fixed assets: their vouchers do.
  const psaldoFits = psaldo.length > 0 && (accounts !== 'fixed-assets' || psaldo.some((r) => isFixedAssetAccount(r.account)));
  if (psaldoFits) {
    const used = applyReading(psaldo, choice.reading, problems);
    psaldoAgainstRes(file, used, problems);
    actual = periodRows(used, 'actual');
    source = 'psaldo';
  } else if (file.vouchers.some((v) => v.rows.length > 0)) {
    actual = transRows(file, problems);
    // #RES is the result accounts' year: no check on a reading of the fixed assets.
    if (accounts !== 'fixed-assets') transAgainstRes(file, actual, problems);
    source = 'trans';
  } else if (file.results.length > 0) {
    actual = resRows(file, problems);
    source = 'res';
  } else {
    actual = [];
    source = 'none';
  }
  const budget = periodRows(applyReading(pbudget, choice.reading, problems), 'budget');
  const keep = (r: LedgerRow): boolean => accounts === 'all' || (accounts === 'fixed-assets' ? isFixedAssetAccount(r.account) : isResultAccount(r.account));
  return { rows: [...actual, ...budget].filter(keep), source, problems };
}
