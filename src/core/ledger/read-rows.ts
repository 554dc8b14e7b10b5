import { yearOf, yyyymm } from '../text/yyyymm';
import { AMOUNT_KIND } from './types';
import { rangeA1 } from '../address';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';
import { readAccount, isSubtotalText } from '../text/account';
import { readAmount } from '../text/number';
import { PERIOD_EMPTY, PERIOD_ERROR, PERIOD_INVALID, periodCode } from '../text/period';
import type { Dimension, Ledger } from './types';
import type { ResolvedColumns } from './columns';
import { EntryArrays, Interner } from './builder';
import { IssueCollector } from './issue-collector';
import { TYPE_BUDGET_YEAR, TYPE_EMPTY, TYPE_UNKNOWN, typeOfCell } from './kind-text';
import { accountClasses, detectSign } from './sign';

/**
 * The hot loop: every data row below the header into typed arrays, with number fast paths,
 * interned texts and no object per row. Cell problems are grouped by IssueCollector.
 */
/** Amount roles as codes for the hot loop. */
const R_ACTUAL = 0, R_BUDGET = 1, R_FORECAST = 2, R_BUDGET_YEAR = 3, R_PRIOR = 4, R_TYPED = 5;
const ROLE_CODE: Readonly<Record<string, number>> = { actual: R_ACTUAL, budget: R_BUDGET, forecast: R_FORECAST, budgetYear: R_BUDGET_YEAR, actualPrior: R_PRIOR, amount: R_TYPED };

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function yearOfCell(v: CellValue): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2999 ? n : 0;
}

export function readRows(sheet: SheetSnapshot, headerRow: number, rc: ResolvedColumns, ctxYear: number | null, ctxMonth: number, issues: Issue[]): Ledger {
  const sheetName = sheet.name;
  const o = sheet.originCol;
  const values = sheet.values;
  const first = headerRow - sheet.originRow + 1;
  const issuesOut = new IssueCollector(sheetName);
  const arr = new EntryArrays(rc.dimensions.length, Math.max(16, (values.length - first) * Math.min(rc.amounts.length, 3)));
  const accounts = new Interner();
  const accountTexts: string[] = [];
  const accountByText = new Map<string, number>();
  const periodByText = new Map<string, number>();
  const typeCache = new Map<string, number>();
  const dimInterners = rc.dimensions.map(() => new Interner(''));
  const dimIdx = new Int32Array(rc.dimensions.length);
  const amountCols = rc.amounts.map((a) => a.col - o);
  const amountRoles = rc.amounts.map((a) => ROLE_CODE[a.role]);
  const accCol = rc.account - o, textCol = rc.accountText - o, perCol = rc.period < 0 ? -1 : rc.period - o, yearCol = rc.year - o, typeCol = rc.amountType - o;
  const dimCols = rc.dimensions.map((d) => d.col - o);
  const hidden = new Set(sheet.hiddenRows ?? []);
  const aggregated = rc.form === 'aggregated';
  const ctxPeriod = ctxYear !== null ? yyyymm(ctxYear, ctxMonth) : 0;
  // An Årsbudget column beside a period column repeats the annual figure on each period row of
  // an account: the same value for the same account, dimensions and year counts once.
  const wholeYearSeen = perCol >= 0 && amountRoles.includes(R_BUDGET_YEAR) ? new Map<string, number>() : null;
  let hiddenRead = 0;
  let lastRow = headerRow;

  for (let i = first; i < values.length; i++) {
    const vals = values[i];
    if (!vals) continue;
    const row = sheet.originRow + i;
    let any = false;
    for (let k = 0; k < amountCols.length; k++) if (!isBlank(vals[amountCols[k]])) any = true;
    if (!any) continue;
    lastRow = row;

    // Account
    const av = vals[accCol];
    let acc = -1;
    if (typeof av === 'number' && Number.isInteger(av) && av >= 0 && av < 1e15) acc = accounts.number(av);
    else if (typeof av === 'string' && accountByText.has(av)) acc = accountByText.get(av) as number;
    else {
      const a = readAccount(av ?? null);
      if (a.kind === 'account') {
        acc = accounts.text(a.code);
        if (typeof av === 'string') accountByText.set(av, acc);
        if (accountTexts.length <= acc) accountTexts.push(a.text);
        else if (accountTexts[acc] === '' && a.text !== '') accountTexts[acc] = a.text;
      } else if (a.kind === 'empty' || a.kind === 'subtotal') {
        issuesOut.note('subtotal-rows', 'warning', row, rc.account, {});
        continue;
      } else if (a.kind === 'error') {
        issuesOut.note('excel-error', 'error', row, rc.account, { error: a.error });
        continue;
      } else {
        issuesOut.note('bad-account', 'error', row, rc.account, { value: a.text });
        continue;
      }
    }
    while (accountTexts.length <= acc) accountTexts.push('');
    if (textCol >= 0) {
      const t = vals[textCol];
      if (typeof t === 'string' && t.length > 2) {
        const c = t.charCodeAt(0) | 32;
        if ((c === 115 || c === 116) && isSubtotalText(t)) {
          issuesOut.note('subtotal-rows', 'warning', row, rc.account, {});
          continue;
        }
        if (accountTexts[acc] === '') accountTexts[acc] = t.trim();
      }
    }

    // Period
    let period = ctxPeriod;
    if (perCol >= 0) {
      const pv = vals[perCol];
      let code: number;
      if (typeof pv === 'number' && Number.isInteger(pv) && pv >= 190001 && pv <= 299912 && pv % 100 >= 1 && pv % 100 <= 12) code = pv;
      else if (typeof pv === 'string') {
        const hit = periodByText.get(pv);
        code = hit !== undefined ? hit : periodCode(pv);
        if (hit === undefined && periodByText.size < 10000) periodByText.set(pv, code);
      } else code = periodCode(pv ?? null);
      if (code === PERIOD_ERROR) {
        issuesOut.note('excel-error', 'error', row, rc.period, { error: (pv as { error: string }).error });
        continue;
      }
      if (code === PERIOD_EMPTY || code === PERIOD_INVALID) {
        issuesOut.note('bad-period', 'error', row, rc.period, { value: code === PERIOD_EMPTY ? '' : String(pv) });
        continue;
      }
      if (code <= 12) {
        const y = yearCol >= 0 ? yearOfCell(vals[yearCol] ?? null) : (ctxYear ?? 0);
        if (y === 0) {
          issuesOut.note('month-without-year', 'error', row, rc.period, { value: String(pv) });
          continue;
        }
        code = yyyymm(y, code);
      }
      period = code;
    }

    // Type (typed form)
    let typed = 0;
    if (typeCol >= 0) {
      const tv = vals[typeCol];
      typed = typeOfCell(tv ?? null, typeCache);
      if (typed === TYPE_UNKNOWN || typed === TYPE_EMPTY) {
        issuesOut.note('bad-type', 'error', row, rc.amountType, { value: typed === TYPE_EMPTY ? '' : String(isCellError(tv ?? null) ? (tv as { error: string }).error : tv) });
        continue;
      }
    }

    // Dimensions
    for (let d = 0; d < dimCols.length; d++) {
      const dv = vals[dimCols[d]];
      if (dv !== null && dv !== undefined && typeof dv === 'object') issuesOut.note('excel-error', 'error', row, rc.dimensions[d].col, { error: (dv as { error: string }).error });
      dimIdx[d] = dimInterners[d].cell(dv ?? null);
    }
    if (hidden.size > 0 && hidden.has(row)) hiddenRead++;

    // Amounts
    const year = yearOf(period);
    for (let k = 0; k < amountCols.length; k++) {
      const v = vals[amountCols[k]];
      let value: number;
      if (typeof v === 'number' && Number.isFinite(v)) value = v;
      else {
        const r = readAmount(v ?? null);
        if (r.kind === 'empty') continue;
        if (r.kind === 'error') {
          issuesOut.note('excel-error', 'error', row, amountCols[k] + o, { error: r.error });
          continue;
        }
        if (r.kind === 'invalid') {
          issuesOut.note('bad-amount', 'error', row, amountCols[k] + o, { value: r.text });
          continue;
        }
        value = r.value;
      }
      const role = amountRoles[k];
      let kind: number = AMOUNT_KIND.actual;
      let p = period;
      if (role === R_BUDGET) kind = AMOUNT_KIND.budget;
      else if (role === R_BUDGET_YEAR) {
        kind = AMOUNT_KIND.budget;
        p = yyyymm(year, 0);
        if (wholeYearSeen) {
          const key = `${acc}|${year}|${dimIdx.join(',')}`;
          if (wholeYearSeen.get(key) === value) continue;
          wholeYearSeen.set(key, value);
        }
      } else if (role === R_FORECAST) {
        kind = AMOUNT_KIND.forecast;
        if (aggregated) p = yyyymm(year, 0);
      } else if (role === R_PRIOR) p = period - 100;
      else if (role === R_TYPED) {
        kind = typed === TYPE_BUDGET_YEAR ? AMOUNT_KIND.budget : typed;
        if (typed === TYPE_BUDGET_YEAR) p = yyyymm(year, 0);
      }
      const e = arr.push(acc, p, kind, value, row);
      for (let d = 0; d < dimCols.length; d++) arr.dims[d][e] = dimIdx[d];
    }
  }

  issues.push(...issuesOut.issues());
  if (hiddenRead > 0) issues.push(makeIssue('hidden-rows', 'info', { count: hiddenRead }, { sheet: sheetName, count: hiddenRead }));
  const size = arr.size;
  const dimensions: Record<string, Dimension> = {};
  rc.dimensions.forEach((d, i) => {
    dimensions[d.name] = { name: d.name, values: dimInterners[i].values, index: arr.dims[i].subarray(0, size) };
  });
  const yearSet = new Set<number>();
  for (let i = 0; i < size; i++) yearSet.add(Math.floor(arr.period[i] / 100));
  const minCol = Math.min(...rc.columns.map((c) => c.col));
  const maxCol = Math.max(...rc.columns.map((c) => c.col));
  const account = arr.account.subarray(0, size);
  const kind = arr.kind.subarray(0, size);
  const amount = arr.amount.subarray(0, size);
  const sign = detectSign(account, kind, amount, size, accountClasses(accounts.values));
  return {
    sheet: sheetName,
    range: rangeA1(headerRow, minCol, lastRow - headerRow + 1, maxCol - minCol + 1),
    headerRow,
    form: rc.form,
    columns: rc.columns,
    accounts: accounts.values,
    accountTexts: accounts.values.map((_, i) => accountTexts[i] ?? ''),
    size,
    account,
    period: arr.period.subarray(0, size),
    kind,
    amount,
    sourceRow: arr.sourceRow.subarray(0, size),
    dimensions,
    years: [...yearSet].sort((a, b) => a - b),
    rawSign: sign.rawSign,
  };
}
