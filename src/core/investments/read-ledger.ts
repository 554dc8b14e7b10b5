import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';
import { cellA1 } from '../address';
import { isSubtotalText } from '../text/account';
import { readAmount } from '../text/number';
import { PERIOD_EMPTY, PERIOD_ERROR, PERIOD_INVALID, periodCode } from '../text/period';
import { IssueCollector } from '../ledger/issue-collector';
import { contextPeriod } from '../ledger/context-period';
import { hiddenSheet } from '../ledger/sheet-checks';
import type { InvestmentEntry, InvestmentKind, InvestmentLedger, Project } from './types';
import { findInvestmentTable } from './columns';
import type { InvestmentRole } from './columns';
import { resolveInvestmentColumns } from './resolve';
import { kindOfTypeCell } from './type-text';

export type InvestmentLedgerOptions = { readonly sheet?: string; readonly year?: number; readonly throughMonth?: number };
export type InvestmentLedgerRead = { readonly ledger: InvestmentLedger | null; readonly issues: Issue[] };

/** Kinds that are amounts for the whole year: a value repeated on every period row of a project counts once. */
const WHOLE_YEAR: ReadonlySet<InvestmentRole> = new Set(['budgetYear', 'originalBudget', 'budgetChange', 'forecast']);
const KIND_OF: Readonly<Partial<Record<InvestmentRole, InvestmentKind>>> = {
  actual: 'actual', actualPrior: 'actual', budget: 'budget', budgetYear: 'budget', forecast: 'forecast', originalBudget: 'originalBudget', budgetChange: 'budgetChange',
};

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v) || typeof v === 'boolean') return '';
  return String(v).trim();
}

/** "4001 Norra Stadsskogen E3" in one cell: the code and the text, when there is no name column. */
function splitCode(s: string): { code: string; name: string } {
  const m = /^(\S*\d\S*)\s+[-–:]?\s*(\S.*)$/.exec(s);
  return m ? { code: m[1], name: m[2] } : { code: s, name: '' };
}

/**
 * Reads the investment ledger in the ledger reader's three forms, project by project.
 * Amounts keep their sign: expenditures positive, income (investeringsbidrag) negative.
 */
export function readInvestmentLedger(snapshot: WorkbookSnapshot, options: InvestmentLedgerOptions = {}): InvestmentLedgerRead {
  const table = findInvestmentTable(snapshot, options.sheet);
  if (!table) {
    const searched = snapshot.sheets.map((s) => s.name).join(', ');
    return { ledger: null, issues: [makeIssue('investments.no-ledger', 'error', { sheets: searched, wanted: options.sheet ?? '' })] };
  }
  const { sheet, headerRow } = table;
  const { resolved, issues } = resolveInvestmentColumns(table);
  const { col, form } = resolved;
  const ctx = contextPeriod(sheet, headerRow, options.year, options.throughMonth);
  if (col.period === undefined) {
    if (ctx.year === null) {
      issues.push(makeIssue('no-report-period', 'error', {}, { sheet: sheet.name, address: cellA1(headerRow, col.project as number) }));
      return { ledger: null, issues };
    }
    if (ctx.month === null && form === 'aggregated') issues.push(makeIssue('period-assumed', 'warning', { year: ctx.year, month: 12 }, { sheet: sheet.name }));
  }
  const ctxPeriod = (ctx.year ?? 0) * 100 + (ctx.month ?? 12);
  const cells = new IssueCollector(sheet.name);
  const projects: Project[] = [];
  const byCode = new Map<string, number>();
  const entries: InvestmentEntry[] = [];
  const kinds = new Set<InvestmentKind>();
  const seen = new Map<string, number>();
  const typeCache = new Map<string, number>();
  const o = sheet.originCol;
  const at = (vals: readonly CellValue[], c: number | undefined): CellValue | undefined => (c === undefined ? undefined : vals[c - o]);
  for (let i = headerRow - sheet.originRow + 1; i < sheet.values.length; i++) {
    const vals = sheet.values[i];
    if (!vals) continue;
    const row = sheet.originRow + i;
    if (!resolved.amounts.some((a) => text(vals[a.col - o]) !== '')) continue;
    const pc = at(vals, col.project);
    const raw = text(pc);
    const nameText = text(at(vals, col.projectName));
    if (raw === '' || isSubtotalText(raw) || isSubtotalText(nameText)) {
      if (isCellError(pc ?? null)) cells.note('excel-error', 'error', row, col.project as number, { error: (pc as { error: string }).error });
      else cells.note('investments.subtotal-rows', 'warning', row, col.project as number);
      continue;
    }
    const split = col.projectName === undefined ? splitCode(raw) : { code: raw, name: nameText };
    let p = byCode.get(split.code);
    if (p === undefined) {
      p = projects.length;
      byCode.set(split.code, p);
      projects.push({ code: split.code, name: split.name, category: text(at(vals, col.category)), row, col: col.project as number });
    }
    let period = ctxPeriod;
    if (col.period !== undefined) {
      const pv = at(vals, col.period) ?? null;
      let code = periodCode(pv);
      if (code === PERIOD_ERROR || code === PERIOD_EMPTY || code === PERIOD_INVALID) {
        if (code === PERIOD_ERROR) cells.note('excel-error', 'error', row, col.period, { error: (pv as { error: string }).error });
        else cells.note('bad-period', 'error', row, col.period, { value: code === PERIOD_EMPTY ? '' : String(pv) });
        continue;
      }
      if (code <= 12) {
        const y = col.year !== undefined ? Number(text(at(vals, col.year))) : (ctx.year ?? 0);
        if (!Number.isInteger(y) || y < 1900 || y > 2999) {
          cells.note('month-without-year', 'error', row, col.period, { value: String(pv) });
          continue;
        }
        code = y * 100 + code;
      }
      period = code;
    }
    let typed: InvestmentKind | 'whole-year-budget' | null = null;
    if (form === 'typed') {
      const tv = at(vals, col.amountType) ?? null;
      typed = kindOfTypeCell(tv, typeCache);
      if (typed === null) {
        cells.note('bad-type', 'error', row, col.amountType as number, { value: text(tv) });
        continue;
      }
    }
    const year = Math.floor(period / 100);
    for (const a of resolved.amounts) {
      const r = readAmount(vals[a.col - o] ?? null);
      if (r.kind === 'empty') continue;
      if (r.kind !== 'number') {
        if (r.kind === 'error') cells.note('excel-error', 'error', row, a.col, { error: r.error });
        else cells.note('bad-amount', 'error', row, a.col, { value: r.text });
        continue;
      }
      let kind = KIND_OF[a.role] as InvestmentKind;
      let p2 = period;
      if (typed !== null) {
        kind = typed === 'whole-year-budget' ? 'budget' : typed;
        if (typed !== 'actual' && typed !== 'budget') p2 = year * 100;
      } else if (a.role === 'actualPrior') p2 = period - 100;
      else if (WHOLE_YEAR.has(a.role) || (form === 'aggregated' && a.role === 'budget')) {
        p2 = year * 100;
        if (form === 'long') {
          const key = `${p}|${a.role}|${year}`;
          if (seen.get(key) === r.value) continue;
          seen.set(key, r.value);
        }
      }
      kinds.add(kind);
      entries.push({ project: p, kind, period: p2, amount: r.value, row });
    }
  }
  issues.push(...cells.issues(), ...hiddenSheet(sheet));
  if (entries.length === 0) issues.push(makeIssue('investments.empty', 'error', { row: headerRow + 2 }, { sheet: sheet.name, address: cellA1(headerRow, col.project as number) }));
  const years = [...new Set(entries.map((e) => Math.floor(e.period / 100)))].sort((a, b) => a - b);
  const categoryHeader = col.category !== undefined ? resolved.header.category : undefined;
  const ledger: InvestmentLedger = { sheet: sheet.name, headerRow, form, projects, entries, kinds, years, ...(categoryHeader !== undefined ? { categoryHeader } : {}) };
  return { ledger, issues };
}

