import { hasErrors } from '../issue';
import type { WorkbookSnapshot } from '../snapshot';
import { renderReport } from '../report/run-report';
import { prepareLedger } from '../report/prepare';
import type { PreparedLedger } from '../report/prepare';
import { historyTables, recordForecasts, recordInvestmentForecasts } from '../history';
import type { ForecastHistory } from '../history';
import { runInvestments } from '../investments';
import type { RunInvestmentsResult } from '../investments';
import { lineKey } from '../investments/grid';
import { goalGrid, judgeGoals, readGoalTable } from '../goals';
import { assignmentGrids, readAssignments, summarizeAssignments } from '../assignments';
import { readSickTable, sickLeaveGrid, sickLeaveReport } from '../personnel';
import { measureGrid, measureReport, readMeasureTable } from '../measures';
import type { FollowUpOptions, SectionId, SectionResult, SectionRunner, SkipReason } from './types';
import { skipReason } from './reason';

const skipped = (id: SectionId, reason: SkipReason, issues: SectionResult['issues'] = []): SectionResult => ({ id, kind: 'skipped', reason, issues });

export function reportOptions(o: FollowUpOptions) {
  return {
    lang: o.lang,
    ...(o.year !== undefined ? { year: o.year } : {}),
    ...(o.throughMonth !== undefined ? { throughMonth: o.throughMonth } : {}),
    ...(o.forecast !== undefined ? { forecast: o.forecast } : {}),
    ...(o.signs !== undefined ? { signs: o.signs } : {}),
    ...(o.unit !== undefined ? { unit: o.unit } : {}),
  };
}

/**
 * The ledger read and validated once per snapshot and period, shared by the drift and the
 * per-unit sections (each only renders from it: another breakdown is no reason to read again).
 */
const prepared = new WeakMap<WorkbookSnapshot, PreparedLedger>();

function ledgerOf(snapshot: WorkbookSnapshot, o: FollowUpOptions): PreparedLedger {
  const known = prepared.get(snapshot);
  if (known && known.options.year === o.year && known.options.throughMonth === o.throughMonth && known.options.template === o.template && known.options.roles === o.roles) return known;
  const fresh = prepareLedger(snapshot, {
    ...(o.year !== undefined ? { year: o.year } : {}),
    ...(o.throughMonth !== undefined ? { throughMonth: o.throughMonth } : {}),
    ...(o.template !== undefined ? { template: o.template } : {}),
    ...(o.roles !== undefined ? { roles: o.roles } : {}),
  });
  prepared.set(snapshot, fresh);
  return fresh;
}

const drift: SectionRunner = (snapshot, o, history) => {
  const r = renderReport(ledgerOf(snapshot, o), reportOptions(o));
  if (!r.ledger) return skipped('drift', skipReason('followup.no-ledger'), r.issues);
  if (!r.report || r.grids.length === 0) return skipped('drift', skipReason('followup.ledger-errors'), r.issues);
  const commentary = r.commentary.map((p) => p.text);
  // The stored months came with the ledger (r.history); the follow-up's history sheet is written once for every section.
  if (!r.history) return { id: 'drift', kind: 'written', grids: r.grids, issues: r.issues, commentary };
  const grids = [...historyTables(r.history, r.report, r.grids[0], o.lang), ...r.grids.slice(1)];
  return { id: 'drift', kind: 'written', grids, issues: [...r.issues, ...r.history.issues], commentary, history: recordForecasts(history, r.report) };
};

const perUnit: SectionRunner = (snapshot, o) => {
  const ledger = ledgerOf(snapshot, o);
  const dims = ledger.ledger ? Object.keys(ledger.ledger.dimensions) : [];
  const by = o.by ?? ['Verksamhet', 'Ansvar'].find((d) => dims.includes(d));
  if (!ledger.ledger) return skipped('per-unit', skipReason('followup.no-ledger'));
  if (by === undefined || !dims.includes(by)) {
    return skipped('per-unit', skipReason('followup.no-unit-column', o.by !== undefined ? { by: o.by } : {}));
  }
  const r = renderReport(ledger, { ...reportOptions(o), by, forecastHistory: 'ignore' });
  if (!r.report || r.grids.length === 0) return skipped('per-unit', skipReason('followup.ledger-errors'));
  // The ledger's own issues were reported with the drift section.
  return { id: 'per-unit', kind: 'written', grids: r.grids, issues: [] };
};

const investments: SectionRunner = (snapshot, o, history) => {
  const r = runInvestments(snapshot, reportOptions(o));
  if (!r.ledger) return skipped('investments', skipReason('followup.no-investments'));
  return investmentSection(r, history);
};

/**
 * The investment section from a run that found its ledger (a workbook's, or an SIE file's
 * fixed-asset accounts): the table, and this month's forecasts added to the stored history.
 */
export function investmentSection(r: RunInvestmentsResult, history: ForecastHistory): SectionResult {
  if (!r.report || r.grids.length === 0) return skipped('investments', skipReason('followup.investment-errors'), r.issues);
  const lines = r.report.lines.map((l) => ({ key: lineKey(l), label: l.label, forecast: l.values.forecastYear }));
  return { id: 'investments', kind: 'written', grids: r.grids, issues: r.issues, history: recordInvestmentForecasts(history, { year: r.report.year, through: r.report.through, lines }) };
}

const goals: SectionRunner = (snapshot, o) => {
  const read = readGoalTable(snapshot);
  if (!read.table) return skipped('goals', skipReason('followup.no-goal-table'), read.issues.filter((i) => i.code !== 'goal.no-table'));
  const report = judgeGoals(read.table, {});
  const issues = [...read.issues, ...report.issues];
  if (hasErrors(issues)) return skipped('goals', skipReason('followup.goal-errors'), issues);
  return { id: 'goals', kind: 'written', grids: [goalGrid(report, { lang: o.lang })], issues };
};

const assignments: SectionRunner = (snapshot, o) => {
  const read = readAssignments(snapshot);
  if (read.issues.some((i) => i.code === 'assign.no-table')) return skipped('assignments', skipReason('followup.no-assignment-list'));
  const summary = summarizeAssignments(read.items, { asOf: o.asOf });
  const issues = [...read.issues, ...summary.issues];
  if (hasErrors(issues)) return skipped('assignments', skipReason('followup.assignment-errors'), issues);
  return { id: 'assignments', kind: 'written', grids: assignmentGrids(summary, { lang: o.lang }), issues };
};

const personnel: SectionRunner = (snapshot, o) => {
  const read = readSickTable(snapshot, o.year !== undefined ? { year: o.year } : {});
  if (!read.table) return skipped('personnel', skipReason('followup.no-sick-table'), read.issues.filter((i) => i.code !== 'sick-no-table'));
  if (hasErrors(read.issues)) return skipped('personnel', skipReason('followup.sick-errors'), read.issues);
  return { id: 'personnel', kind: 'written', grids: [sickLeaveGrid(sickLeaveReport(read.table, o.year !== undefined ? { year: o.year } : {}), { lang: o.lang })], issues: read.issues };
};

const measures: SectionRunner = (snapshot, o) => {
  const read = readMeasureTable(snapshot);
  if (!read.table) return skipped('measures', skipReason('followup.no-measure-table'));
  return { id: 'measures', kind: 'written', grids: [measureGrid(measureReport(read.table), { lang: o.lang })], issues: read.issues };
};

/** The runners by section id. Investments join when their module is in (see followup/build.ts). */
export const SECTION_RUNNERS: Partial<Record<SectionId, SectionRunner>> = {
  drift,
  'per-unit': perUnit,
  investments,
  goals,
  assignments,
  personnel,
  measures,
};


