import type { MeasureReport } from './types';

export function measureReportJson(report: MeasureReport): unknown {
  return {
    years: report.years,
    measures: report.lines.map((l) => ({
      label: l.label,
      unit: l.unit,
      level: l.level,
      values: Object.fromEntries(report.years.map((y, i) => [String(y), l.values[i]])),
      change: l.change,
      changePercent: l.changePercent,
    })),
    ...(report.total ? { total: Object.fromEntries(report.years.map((y, i) => [String(y), report.total?.[i] ?? null])) } : {}),
  };
}
