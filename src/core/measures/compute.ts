import type { MeasureLine, MeasureReport, MeasureTable } from './types';

export type MeasureReportOptions = {
  /** Add a sum of the top-level measures per year (off by default: measures seldom add up). */
  readonly sum?: 'none' | 'top-level';
};

/** The change of each measure against the year before, from the last two years of the table. */
export function measureReport(table: MeasureTable, options: MeasureReportOptions = {}): MeasureReport {
  const n = table.years.length;
  const lines: MeasureLine[] = table.rows.map((r) => {
    const cur = n >= 1 ? r.values[n - 1] : null;
    const prev = n >= 2 ? r.values[n - 2] : null;
    const change = cur !== null && prev !== null ? cur - prev : null;
    return { ...r, change, changePercent: change !== null && prev !== 0 && prev !== null ? change / prev : null };
  });
  const total =
    options.sum === 'top-level'
      ? table.years.map((_, i) => {
          const vs = table.rows.filter((r) => r.level === 0).map((r) => r.values[i]);
          return vs.some((v) => v !== null) ? vs.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
        })
      : null;
  return { sheet: table.sheet, years: table.years, lines, total };
}
