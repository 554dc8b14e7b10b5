import type { Lang } from '../i18n/types';
import type { Issue } from '../issue';
import type { InvestmentColumn, InvestmentLineType, InvestmentReport } from './types';
import { investmentColumnLabel, investmentColumns } from './grid';

/**
 * The investment report as `investments --json` prints it: kronor, unrounded, expenditures
 * positive; originalBudget and budgetChange only when the ledger has them; `through` as YYYY-MM.
 */
export type InvestmentJson = {
  year: number;
  through: string;
  unit: InvestmentReport['unit'];
  forecastMethod: InvestmentReport['forecastMethod'];
  structure: InvestmentReport['structure'];
  columns: { id: InvestmentColumn; label: string }[];
  lines: { id: string; label: string; level: number; type: InvestmentLineType; values: Partial<Record<InvestmentColumn, number>> }[];
  issues: Issue[];
};

export function investmentJson(report: InvestmentReport, issues: readonly Issue[], lang: Lang): InvestmentJson {
  const columns = investmentColumns(report);
  return {
    year: report.year,
    through: `${report.year}-${String(report.through).padStart(2, '0')}`,
    unit: report.unit,
    forecastMethod: report.forecastMethod,
    structure: report.structure,
    columns: columns.map((id) => ({ id, label: investmentColumnLabel(id, report, lang) })),
    lines: report.lines.map((l) => ({ id: l.id, label: l.label, level: l.level, type: l.type, values: Object.fromEntries(columns.map((c) => [c, l.values[c]])) })),
    issues: [...issues],
  };
}
