import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import { cellA1 } from '../address';
import type { ForecastMethod, Unit } from '../report/report-types';
import type { InvestmentLedger, InvestmentLine, InvestmentLineType, InvestmentReport, InvestmentValues } from './types';
import type { InvestmentStructure } from './structure';
import { planStructure } from './plan';
import { assignProjects } from './assign';
import { projectValues, sumInvestmentValues, zeroInvestmentValues } from './values';

export type InvestmentOptions = {
  readonly year?: number;
  readonly throughMonth?: number;
  /** Default: 'manual' when the ledger has Prognos, else 'remaining-budget'. */
  readonly forecast?: ForecastMethod;
  readonly unit: Unit;
  /** Show every line's projects beneath it ('auto': only for a structure made from categories). */
  readonly projects?: 'show' | 'hide' | 'auto';
};

function latestActual(ledger: InvestmentLedger): number {
  let best = -1;
  for (const e of ledger.entries) if (e.kind === 'actual' && e.period > best) best = e.period;
  return best;
}

/**
 * The investment table: per project the columns (values.ts), per 'rad' line the sum of its
 * projects, per 'summa' line the sum of its parts, all from unrounded kronor. Lines come in the
 * structure's order; a line's projects follow it when shown.
 */
export function buildInvestments(ledger: InvestmentLedger, structure: InvestmentStructure, options: InvestmentOptions): InvestmentReport {
  const issues: Issue[] = [];
  const latest = latestActual(ledger);
  const year = options.year ?? (latest > 0 ? Math.floor(latest / 100) : (ledger.years[ledger.years.length - 1] ?? 0));
  let through = options.throughMonth ?? (latest > 0 && Math.floor(latest / 100) === year ? latest % 100 : 12);
  if (through < 1 || through > 12) through = 12;
  if (latest < 0) issues.push(makeIssue('investments.no-actuals', 'warning', { year }, { sheet: ledger.sheet }));
  const method = options.forecast ?? (ledger.kinds.has('forecast') ? 'manual' : 'remaining-budget');
  const pv = projectValues(ledger, year, through, method);
  if (pv.fallback.length > 0) {
    const first = ledger.projects[pv.fallback[0]];
    const codes = pv.fallback.slice(0, 5).map((p) => ledger.projects[p].code).join(', ');
    issues.push(makeIssue('investments.forecast.fallback', 'warning', { method, projects: codes, more: Math.max(0, pv.fallback.length - 5) }, { sheet: ledger.sheet, address: cellA1(first.row, first.col), count: pv.fallback.length }));
  }
  const plan = planStructure(structure);
  const assigned = assignProjects(ledger, structure, pv.values, plan.broken);
  issues.push(...plan.issues, ...assigned.issues);
  const lines = structure.lines;
  const values: InvestmentValues[] = lines.map((l, i) => (l.kind === 'rad' ? sumInvestmentValues(assigned.projectsOf[i].map((p) => pv.values[p])) : zeroInvestmentValues()));
  for (const i of plan.order) values[i] = sumInvestmentValues(plan.parts[i].map((j) => values[j]));
  const show = (i: number): boolean => {
    if (structure.origin === 'projects' || lines[i].kind !== 'rad') return false;
    if (options.projects === 'show') return true;
    if (options.projects === 'hide') return false;
    return lines[i].showProjects === true;
  };
  const out: InvestmentLine[] = [];
  lines.forEach((l, i) => {
    const shown = show(i);
    const projects = assigned.projectsOf[i].map((p) => ledger.projects[p]);
    let type: InvestmentLineType = l.kind === 'summa' ? 'group' : shown ? 'group' : 'line';
    if (i === plan.total) type = 'total';
    else if (structure.origin === 'projects') type = 'project';
    const partKey = (j: number): string => (structure.origin === 'projects' && j !== plan.total ? `projekt:${lines[j].id}` : lines[j].id);
    const parts = l.kind === 'summa' ? (plan.broken.has(i) ? [] : plan.parts[i].map(partKey)) : shown ? projects.map((p) => `projekt:${p.code}`) : [];
    out.push({ id: l.id, label: l.label, level: plan.levels[i], type, parts, values: values[i] });
    if (!shown) return;
    assigned.projectsOf[i].forEach((p) => {
      const project = ledger.projects[p];
      out.push({ id: project.code, label: project.name ? `${project.code} ${project.name}` : project.code, level: plan.levels[i] + 1, type: 'project', parts: [], values: pv.values[p] });
    });
  });
  const budgetSplit = ledger.kinds.has('originalBudget') || ledger.kinds.has('budgetChange');
  return {
    year,
    through,
    unit: options.unit,
    forecastMethod: method,
    budgetSplit,
    budgetDerived: budgetSplit && !ledger.kinds.has('budget'),
    structure: structure.origin,
    lines: out,
    issues,
  };
}
