import type { Lang } from '../core/i18n/types';
import type { WorkbookSnapshot } from '../core/snapshot';
import { runInvestments } from '../core/investments';
import type { InvestmentRun } from './engine-types';

/** Investeringar: the table in tkr by the ledger's own forecast (or outcome + remaining budget), its top lines, and the grid. */
export function investmentsRun(snapshot: WorkbookSnapshot, lang: Lang): InvestmentRun {
  const r = runInvestments(snapshot, { lang, unit: 'tkr' });
  if (!r.report) return { found: r.ledger !== null, unit: 'tkr', lines: [], grids: [], issues: r.issues };
  const lines = r.report.lines
    .filter((l) => l.level === 0)
    .map((l) => ({ id: l.id, label: l.label, type: l.type, budget: l.values.budgetYear, forecast: l.values.forecastYear, variance: l.values.varianceYear }));
  return { found: true, unit: r.report.unit, lines, grids: r.grids, issues: r.issues };
}
