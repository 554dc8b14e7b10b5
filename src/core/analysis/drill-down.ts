import type { Ledger } from '../ledger/types';
import type { ColumnId, Report } from '../report/report-types';
import { planTemplate } from '../report/check-template';
import { accountCell } from '../report/account-flags';
import { linesOf, makeRouting, routeEntry, SLOT, SLOTS } from './entry-route';
import type { PartAmounts } from './forecast-split';
import { leafParts, partSums } from './part-deviations';
import { forecastSplit } from './forecast-split';
import { toOre } from './ore';

/** An amount cell of the report: line, column, and the breakdown block (none: the total). */
export type CellRef = { readonly lineId: string; readonly column: ColumnId; readonly block?: string };

/** One ledger sheet row behind the cell: its 1-based row number, the account cell to go to, its part of the cell. */
export type SourceRow = { readonly row: number; readonly sheet: string; readonly address?: string; readonly amount: number; readonly ore: number };

export type SourceAccount = { readonly account: string; readonly label: string; readonly amount: number; readonly ore: number; readonly rows: readonly SourceRow[] };

export type Underlag = {
  readonly cell: CellRef;
  /** The report's cell, kronor, unrounded. */
  readonly value: number;
  /** Largest first by size; within an account, rows in sheet order. */
  readonly accounts: readonly SourceAccount[];
  /** Öre: the cell rounded to the öre minus the rows' öre, so that the rows and this add up exactly. */
  readonly rounding: number;
};

const BASE: Partial<Record<ColumnId, number>> = {
  budgetYear: SLOT.budgetYear,
  budgetPeriod: SLOT.budgetPeriod,
  actualPeriod: SLOT.actualPeriod,
  actualPriorPeriod: SLOT.actualPriorPeriod,
  actualPriorYear: SLOT.actualPriorYear,
};

/**
 * The ledger rows behind one amount cell of the report, grouped by account, summing to the
 * cell: the same routing as the report (entry-route.ts), the same forecast factors
 * (forecast-split.ts), each summa line through its parts. Null for a line or block the report
 * does not have, and for Förbrukning % (a ratio, not a sum).
 */
export function drillDown(ledger: Ledger, report: Report, cell: CellRef): Underlag | null {
  if (cell.column === 'utilisation') return null;
  const lines = cell.block === undefined ? report.lines : report.breakdown?.blocks.find((b) => b.key === cell.block)?.lines;
  const line = lines?.find((l) => l.id === cell.lineId);
  if (!line) return null;
  const dim = report.breakdown ? Object.values(ledger.dimensions).find((d) => d.name === report.breakdown?.dimension) : undefined;
  const groups = dim ? dim.values.length : 1;
  const only = cell.block !== undefined && dim ? dim.values.indexOf(cell.block) : -1;
  const rt = makeRouting(ledger, report.template, report.year, report.through, dim ? dim.index : null, groups);
  const f = (ledger.rawSign === 'costs-negative' ? 'costs-negative' : 'income-negative') === report.signs ? 1 : -1;
  const sv = report.signs === 'costs-negative' ? 1 : -1;
  const L = report.template.lines.length;
  const weight = leafWeights(report, cell.lineId);
  const needsSplit = cell.column === 'forecastYear' || cell.column === 'varianceYear';
  const sums = needsSplit ? leafParts(rt, [], { f, signs: report.signs, method: report.forecastMethod }, partSums(rt, [])).lineSums : null;
  const splits = new Map<number, (q: PartAmounts) => number>();
  const splitOf = (gl: number) => {
    let s = splits.get(gl);
    if (!s) {
      const at = (k: number) => f * (sums as Float64Array)[gl * SLOTS + k];
      s = forecastSplit(report.forecastMethod, {
        U: at(SLOT.actualPeriod), B: at(SLOT.budgetYear), Bm: at(SLOT.budgetPeriod), priorPeriod: at(SLOT.actualPriorPeriod),
        priorYear: rt.priorYearKnown ? at(SLOT.actualPriorYear) : null, manual: at(SLOT.forecastYear), rest: at(SLOT.forecastRest), partial: false, m: report.through,
      });
      splits.set(gl, s);
    }
    return s;
  };
  const value = (out: Float64Array, gl: number): number => {
    const q = { U: f * out[SLOT.actualPeriod], B: f * out[SLOT.budgetYear], Bm: f * out[SLOT.budgetPeriod], manual: f * out[SLOT.forecastYear], rest: f * out[SLOT.forecastRest] };
    const base = BASE[cell.column];
    if (base !== undefined) return f * out[base];
    switch (cell.column) {
      case 'variancePeriod':
        return sv * (q.U - q.Bm);
      case 'changePeriod':
        return q.U - f * out[SLOT.actualPriorPeriod];
      case 'forecastYear':
        return splitOf(gl)(q);
      default:
        return sv * (splitOf(gl)(q) - q.B);
    }
  };
  const byAccount = new Map<number, Map<number, number>>();
  const out = new Float64Array(SLOTS);
  const ls = new Int32Array(L);
  for (let i = 0; i < ledger.size; i++) {
    const g = rt.group ? rt.group[i] : 0;
    if (only >= 0 && g !== only) continue;
    const key = routeEntry(rt, i, out);
    if (key < 0) continue;
    const n = linesOf(rt, key, ls);
    let v = 0;
    for (let j = 0; j < n; j++) if (weight[ls[j]] !== 0) v += weight[ls[j]] * value(out, g * L + ls[j]);
    if (v === 0) continue;
    const a = ledger.account[i];
    const rows = byAccount.get(a) ?? new Map<number, number>();
    byAccount.set(a, rows);
    rows.set(ledger.sourceRow[i], (rows.get(ledger.sourceRow[i]) ?? 0) + v);
  }
  const accounts = [...byAccount].map(([a, rows]): SourceAccount => {
    const list = [...rows].sort((x, y) => x[0] - y[0]).map(([r, amount]): SourceRow => ({ row: r + 1, ...accountCell(ledger, r), amount, ore: toOre(amount) }));
    const label = `${ledger.accounts[a]} ${ledger.accountTexts[a] ?? ''}`.trim();
    return { account: ledger.accounts[a], label, amount: list.reduce((s, r) => s + r.amount, 0), ore: list.reduce((s, r) => s + r.ore, 0), rows: list };
  });
  accounts.sort((x, y) => Math.abs(y.ore) - Math.abs(x.ore) || (x.account < y.account ? -1 : 1));
  const cellValue = line.values[cell.column] ?? 0;
  return { cell, value: cellValue, accounts, rounding: toOre(cellValue) - accounts.reduce((s, x) => s + x.ore, 0) };
}

/** How many times each template line counts in the line asked for (a summa line through its parts). */
function leafWeights(report: Report, lineId: string): Float64Array {
  const plan = planTemplate(report.template);
  const w = new Float64Array(report.template.lines.length);
  const start = report.template.lines.findIndex((l) => l.id === lineId);
  const visit = (i: number, times: number) => {
    if (plan.broken.has(i)) return;
    if (report.template.lines[i].type !== 'summa') w[i] += times;
    else for (const j of plan.parts[i]) visit(j, times);
  };
  if (start >= 0) visit(start, 1);
  return w;
}
