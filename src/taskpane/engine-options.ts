import type { Lang } from '../core/i18n/types';
import type { RunReportOptions } from '../core/report/run-report';
import type { ReportOptions } from './engine-types';

/** The pane's options as runReport's. */
export function runOptionsOf(options: ReportOptions, lang: Lang): RunReportOptions {
  return {
    lang,
    forecast: options.forecast,
    unit: options.unit,
    signs: options.signs,
    ...(options.through > 0 ? { year: Math.floor(options.through / 100), throughMonth: options.through % 100 } : {}),
    ...(options.by !== undefined ? { by: options.by } : {}),
    ...(options.roles ? { roles: options.roles } : {}),
  };
}
