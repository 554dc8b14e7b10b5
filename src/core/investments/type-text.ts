import type { CellValue } from '../snapshot';
import { normalizeLabel } from '../text/normalize';
import { TYPE_BUDGET_YEAR, typeOfCell } from '../ledger/kind-text';
import type { InvestmentKind } from './types';

/**
 * A Typ cell of a typed investment ledger: the ledger reader's Utfall / Budget / Årsbudget /
 * Prognos, plus Ursprunglig budget and Ombudgetering / Tilläggsbudget. Null when unknown or empty.
 * Årsbudget is 'whole-year-budget' (a budget dated to the year, not to its period).
 */
const EXTRA: Readonly<Record<string, InvestmentKind | 'whole-year-budget'>> = {
  'ursprunglig budget': 'originalBudget', ursprungsbudget: 'originalBudget', 'ursprunglig arsbudget': 'originalBudget', 'original budget': 'originalBudget',
  ombudgetering: 'budgetChange', ombudgeterat: 'budgetChange', tillaggsbudget: 'budgetChange', tillaggsanslag: 'budgetChange',
  'total budget': 'whole-year-budget', totalbudget: 'whole-year-budget', 'reviderad budget': 'whole-year-budget',
};

/** `cache` (one per read) spares normalising the same few texts on every row. */
export function kindOfTypeCell(v: CellValue, cache: Map<string, number>): InvestmentKind | 'whole-year-budget' | null {
  const label = normalizeLabel(v);
  if (Object.prototype.hasOwnProperty.call(EXTRA, label)) return EXTRA[label];
  const t = typeOfCell(v, cache);
  if (t === 0) return 'actual';
  if (t === 1) return 'budget';
  if (t === 2) return 'forecast';
  if (t === TYPE_BUDGET_YEAR) return 'whole-year-budget';
  return null;
}
