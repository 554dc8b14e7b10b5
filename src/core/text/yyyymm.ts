/**
 * Periods as the engine keeps them: one integer yyyymm (year × 100 + month), month 0 for an
 * amount that belongs to the whole year. The one place that arithmetic is written.
 */
export type YearMonth = { readonly year: number; readonly month: number };

/** 2025, 8 → 202508; month 0 is the whole year (202500). */
export function yyyymm(year: number, month: number): number {
  return year * 100 + month;
}

/** 202508 → { year: 2025, month: 8 }. */
export function yearMonth(period: number): YearMonth {
  const year = Math.floor(period / 100);
  return { year, month: period - year * 100 };
}

export function yearOf(period: number): number {
  return Math.floor(period / 100);
}

export function monthOf(period: number): number {
  return period - Math.floor(period / 100) * 100;
}
