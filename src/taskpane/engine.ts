import type { Lang } from '../core/i18n/types';
import type { Issue } from '../core/issue';
import type { Ledger } from '../core/ledger/types';
import type { WorkbookSnapshot } from '../core/snapshot';
import { validateWorkbook } from '../core/validate';
import { runReport } from '../core/report/run-report';
import { goalGrid, judgeGoals, readGoalTable } from '../core/goals';
import { assignmentsRun } from './engine-assignments';
import { followUpRun } from './engine-followup';
import { investmentsRun } from './engine-investments';
import { underlag } from './engine-underlag';
import { runOptionsOf } from './engine-options';
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
  let last = 0;
  for (let i = 0; i < ledger.size; i++) {
    const p = ledger.period[i];
    if (ledger.kind[i] === 0 && p % 100 !== 0 && p > last) last = p;
  }
  if (last === 0) return { months: [], lastActual: null };
  const year = Math.floor(last / 100);
  const months = Array.from({ length: last % 100 }, (_, m) => year * 100 + m + 1);
  return { months, lastActual: last };
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

function inspect(snapshot: WorkbookSnapshot, roles?: ReportOptions['roles']): Inspection {
  const v = validateWorkbook(snapshot, roles ? { roles } : {});
  return { ledger: v.ledger ? ledgerView(snapshot, v.ledger) : null, issues: v.issues };
}

function report(snapshot: WorkbookSnapshot, options: ReportOptions, lang: Lang): ReportRun {
  const r = runReport(snapshot, runOptionsOf(options, lang));
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
  const list = headers.join(', ');
  return {
    code: 'taskpane.roles-not-applied',
    severity: 'error',
    sheet: ledger.sheet,
    params: { headers: list, sheet: ledger.sheet },
    message: {
      sv: `Den ändrade rollen för kolumnen ${list} på bladet '${ledger.sheet}' kunde inte användas i rapporten. Välj kolumnens ursprungliga roll igen, eller ändra rubriken i bladet så att den känns igen, och läs in arbetsboken igen.`,
      en: `The changed role of the column ${list} on sheet '${ledger.sheet}' could not be used in the report. Choose the column's original role again, or change the header in the sheet so it is recognised, and read the workbook again.`,
    },
  };
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
