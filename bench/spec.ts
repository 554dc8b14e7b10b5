/**
 * The report every figure computes: 5 lines (by account ranges) × 4 columns for the period
 * January–August 2025, per ansvar. The baseline, the SUMIFS sheet and the engine's template
 * all derive from this one definition, so their numbers can be compared exactly.
 */
export type LineSpec = { readonly id: string; readonly label: string; readonly ranges: readonly (readonly [number, number])[] };

export const YEAR = 2025;
export const MONTHS = 8;
export const AS_OF = '2025-08-31';

export const LINES: readonly LineSpec[] = [
  { id: 'income', label: 'Verksamhetens intäkter', ranges: [[3000, 3999]] },
  { id: 'personnel', label: 'Personalkostnader', ranges: [[5000, 5999]] },
  { id: 'premises', label: 'Lokalhyror', ranges: [[6100, 6199]] },
  { id: 'other', label: 'Övriga kostnader', ranges: [[4000, 4999], [6000, 6099], [6200, 7999]] },
  { id: 'financial', label: 'Finansnetto', ranges: [[8400, 8599]] },
];

/** Column order in every result array. */
export const COLUMNS = ['budgetYear', 'budgetToDate', 'actualToDate', 'actualPriorToDate'] as const;
export type ColumnId = (typeof COLUMNS)[number];

/** The line index an account code falls in, or -1 when no line takes it. */
export function lineOfCode(code: string): number {
  const n = Number(code);
  return LINES.findIndex((l) => l.ranges.some(([lo, hi]) => n >= lo && n <= hi));
}
