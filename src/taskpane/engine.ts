import type { Lang } from '../core/i18n/types';
import type { Issue } from '../core/issue';
import { makeIssue } from '../core/issue';
import type { Ledger } from '../core/ledger/types';
import type { WorkbookSnapshot } from '../core/snapshot';
import { withForecastHistory } from '../core/history';
import { renderReport } from '../core/report/run-report';
import { fitsPrepared, prepareLedger, type PreparedLedger } from '../core/report/prepare';
import { yearMonth, yyyymm } from '../core/text/yyyymm';
import { latestActual } from '../core/ledger/latest-actual';
import { goalGrid, judgeGoals, readGoalTable } from '../core/goals';
import { assignmentsRun } from './engine-assignments';
import { followUpRun } from './engine-followup';
import { investmentsRun } from './engine-investments';
import { underlag } from './engine-underlag';
import type { Engine, Inspection, LedgerColumnView, LedgerView, ReportOptions, ReportRun, GoalRun, RoleChoice } from './engine-types';

/** Every non-empty header of the ledger's header row, with the role the reader gave it. */
function columnsOf(snapshot: WorkbookSnapshot, ledger: Ledger): LedgerColumnView[] {
  const sheet = snapshot.sheets.find((s) => s.name === ledger.sheet);
  const row = sheet?.values[ledger.headerRow - sheet.originRow] ?? [];
  const out: LedgerColumnView[] = [];
  row.forEach((v, i) => {
    const header = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
    if (!header || !sheet) return;
    const col = sheet.originCol + i;
    const role: RoleChoice = ledger.columns.find((c) => c.col === col)?.role ?? 'ignore';
    out.push({ header, col, role });
  });
  return out;
}

/** Months with an outcome in the latest year that has any, and the last of them. */
function monthsOf(ledger: Ledger): { months: number[]; lastActual: number | null } {
  const last = latestActual(ledger)?.lastMonthly ?? null;
  if (last === null) return { months: [], lastActual: null };
  const { year, month } = yearMonth(last);
  return { months: Array.from({ length: month }, (_, m) => yyyymm(year, m + 1)), lastActual: last };
}

function ledgerView(snapshot: WorkbookSnapshot, ledger: Ledger): LedgerView {
  return {
    sheet: ledger.sheet,
    range: ledger.range,
    columns: columnsOf(snapshot, ledger),
    years: ledger.years,
    rawSign: ledger.rawSign,
    ...monthsOf(ledger),
    dimensions: Object.keys(ledger.dimensions),
  };
}

/**
 * Prepared ledgers per snapshot (a read of the workbook) and column roles: the ledger is read
 * and validated once per read, and every option change renders from it. A new read is a new
 * snapshot object, so the cache never serves a stale workbook (and lets it go with the snapshot).
 */
const prepared = new WeakMap<WorkbookSnapshot, Map<string, PreparedLedger>>();

function prepare(snapshot: WorkbookSnapshot, roles: ReportOptions['roles'], year?: number, throughMonth?: number): PreparedLedger {
  let byRoles = prepared.get(snapshot);
  if (!byRoles) prepared.set(snapshot, (byRoles = new Map()));
  const key = JSON.stringify(roles ?? {});
  const cached = byRoles.get(key);
  if (cached && fitsPrepared(cached, year, throughMonth)) return cached;
  const fresh = prepareLedger(snapshot, { ...(roles ? { roles } : {}), ...(year !== undefined ? { year } : {}), ...(throughMonth !== undefined ? { throughMonth } : {}) });
  // The first (default-year) read stays cached: it is the one the Data step shows.
  if (!cached) byRoles.set(key, fresh);
  return fresh;
}

/** What the report's ledger was read with (validation issues: the Data step's list). */
const views = new WeakMap<PreparedLedger, Inspection>();

function inspect(snapshot: WorkbookSnapshot, roles?: ReportOptions['roles']): Inspection {
  const p = prepare(snapshot, roles);
  let view = views.get(p);
  if (!view) views.set(p, (view = { ledger: p.ledger ? ledgerView(snapshot, p.ledger) : null, issues: p.issues }));
  return view;
}

function report(snapshot: WorkbookSnapshot, options: ReportOptions, lang: Lang): ReportRun {
  const at = options.through > 0 ? yearMonth(options.through) : null;
  const p = prepare(snapshot, options.roles, at?.year, at?.month);
  const layout = options.by !== undefined && options.layout === 'table' ? ('table' as const) : undefined;
  const rendered = renderReport(p, {
    lang,
    forecast: options.forecast,
    unit: options.unit,
    signs: options.signs,
    ...(at ? { year: at.year, throughMonth: at.month } : {}),
    ...(options.by !== undefined ? { by: options.by } : {}),
    ...(layout ? { layout } : {}),
  });
  const r = withForecastHistory(snapshot, rendered, { lang, ...(layout ? { layout } : {}) });
  const ignored = r.ledger ? unhonoured(r.ledger, options.roles) : [];
  if (ignored.length > 0) return { grid: null, grids: [], issues: [...r.issues, rolesNotApplied(r.ledger as Ledger, ignored)] };
  return { grid: r.grids[0] ?? null, grids: r.grids, issues: r.issues, commentary: r.commentary };
}

/** Headers whose corrected role the report's ledger does not carry (never a silently different report). */
function unhonoured(ledger: Ledger, roles: ReportOptions['roles']): string[] {
  if (!roles) return [];
  return Object.entries(roles)
    .filter(([header, role]) => {
      const col = ledger.columns.find((c) => c.header.trim() === header);
      return role === 'ignore' ? col !== undefined : col?.role !== role;
    })
    .map(([header]) => header);
}

function rolesNotApplied(ledger: Ledger, headers: readonly string[]): Issue {
  return makeIssue('taskpane.roles-not-applied', 'error', { headers: headers.join(', '), sheet: ledger.sheet }, { sheet: ledger.sheet });
}

function goals(snapshot: WorkbookSnapshot, _asOf: string, lang: Lang): GoalRun {
  const read = readGoalTable(snapshot);
  if (!read.table) return { found: false, goals: [], grids: [], issues: read.issues };
  const judged = judgeGoals(read.table, { year: read.table.year });
  return {
    found: true,
    goals: judged.goals.map((g) => ({ goal: g.goal, status: g.status })),
    grids: [goalGrid(judged, { lang })],
    issues: [...read.issues, ...judged.issues],
  };
}

/** The engine over src/core, as the task pane sees it. */
export const engine: Engine = { inspect, report, goals, assignments: assignmentsRun, investments: investmentsRun, followUp: followUpRun, underlag };
