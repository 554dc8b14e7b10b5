import type { SickFigure, SickLeaveReport } from './types';
import { SICK_ROW_LABEL } from './labels';

export type SickLeaveJson = {
  readonly years: readonly number[];
  readonly form: string;
  readonly minGroupSize: number;
  readonly sizesKnown: boolean;
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    /** Shares 0–1, unrounded; null when missing; "suppressed" for a group too small to report. */
    readonly values: Readonly<Record<string, number | null | 'suppressed'>>;
    readonly difference: number | null;
  }[];
};

function shown(f: SickFigure): number | null | 'suppressed' {
  return f.kind === 'value' ? f.value : f.kind === 'suppressed' ? 'suppressed' : null;
}

export function sickLeaveJson(report: SickLeaveReport): SickLeaveJson {
  return {
    years: report.years,
    form: report.form,
    minGroupSize: report.minGroupSize,
    sizesKnown: report.sizesKnown,
    rows: report.rows.map((r) => ({
      id: r.id,
      label: SICK_ROW_LABEL[r.id].sv,
      values: Object.fromEntries(report.years.map((y, i) => [String(y), shown(r.figures[i])])),
      difference: r.difference,
    })),
  };
}
