import type { CellValue } from '../snapshot';
import { normalizeLabel } from '../text/normalize';

/**
 * The value of a Typ / Beloppstyp / Version cell: 0 actual, 1 budget per period, 2 forecast,
 * 3 budget for the whole year (Årsbudget, Budget helår), -1 unknown, -2 empty.
 */
export const TYPE_UNKNOWN = -1;
export const TYPE_EMPTY = -2;
export const TYPE_BUDGET_YEAR = 3;

const TYPES: Readonly<Record<string, number>> = {
  utfall: 0, u: 0, redovisat: 0, actual: 0, bokfort: 0,
  budget: 1, b: 1, periodbudget: 1, 'budget period': 1, 'budget perioden': 1,
  prognos: 2, p: 2, forecast: 2, 'prognos helar': 2, helarsprognos: 2,
  arsbudget: TYPE_BUDGET_YEAR, 'budget helar': TYPE_BUDGET_YEAR, helarsbudget: TYPE_BUDGET_YEAR, 'budget ar': TYPE_BUDGET_YEAR,
};

/** Reads a type cell; `cache` (one per read) spares normalising the same few texts a million times. */
export function typeOfCell(v: CellValue, cache: Map<string, number>): number {
  if (v === null || v === undefined) return TYPE_EMPTY;
  if (typeof v !== 'string') return TYPE_UNKNOWN;
  const hit = cache.get(v);
  if (hit !== undefined) return hit;
  const label = normalizeLabel(v);
  const t = label === '' ? TYPE_EMPTY : Object.prototype.hasOwnProperty.call(TYPES, label) ? TYPES[label] : TYPE_UNKNOWN;
  if (cache.size < 1000) cache.set(v, t);
  return t;
}
