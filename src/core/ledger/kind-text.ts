import type { CellValue } from '../snapshot';
import { normalizeLabel } from '../text/normalize';
import { AMOUNT_KIND } from './types';

/**
 * The value of a Typ / Beloppstyp / Version cell: an AMOUNT_KIND (actual, budget per period, forecast),
 * 3 budget for the whole year (Årsbudget, Budget helår), -1 unknown, -2 empty.
 */
export const TYPE_UNKNOWN = -1;
export const TYPE_EMPTY = -2;
export const TYPE_BUDGET_YEAR = 3;

const { actual: A, budget: B, forecast: F } = AMOUNT_KIND;
const TYPES: Readonly<Record<string, number>> = {
  utfall: A, u: A, redovisat: A, actual: A, bokfort: A,
  budget: B, b: B, periodbudget: B, 'budget period': B, 'budget perioden': B,
  prognos: F, p: F, forecast: F, 'prognos helar': F, helarsprognos: F,
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
