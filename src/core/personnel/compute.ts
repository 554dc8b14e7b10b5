import type { SickFigure, SickGroupId, SickHours, SickLeaveReport, SickRow, SickRowId, SickTable } from './types';
import { SICK_GROUPS } from './types';

/** Swedish law (SFS 1995:1554, 5 kap. 3 §) gives no figure for a group of fewer than ten employees. */
export const DEFAULT_MIN_GROUP = 10;

export type SickReportOptions = {
  /** The report year; default the latest year in the table. */
  readonly year?: number;
  readonly minGroupSize?: number;
};

type Pick = (h: SickHours) => { readonly num: number | null; readonly den: number };

const SHARE_OF_TIME = (f: (h: SickHours) => number | null): Pick => (h) => ({ num: f(h), den: h.available });

const ROWS: readonly { readonly id: SickRowId; readonly group: SickGroupId; readonly pick: Pick }[] = [
  ...SICK_GROUPS.map((g) => ({ id: g as SickRowId, group: g, pick: SHARE_OF_TIME((h) => h.sick) })),
  { id: 'days1to14', group: 'total', pick: SHARE_OF_TIME((h) => h.days1to14) },
  { id: 'days15to59', group: 'total', pick: SHARE_OF_TIME((h) => h.days15to59) },
  { id: 'days60', group: 'total', pick: SHARE_OF_TIME((h) => h.days60) },
  // The mandatory share: long-term sick leave (60 days or more) of all sick leave.
  { id: 'long-share', group: 'total', pick: (h) => ({ num: h.days60, den: h.sick }) },
];

function figure(table: SickTable, year: number, group: SickGroupId, pick: Pick, minGroup: number): SickFigure {
  const h = table.hours.get(year)?.get(group);
  if (!h) return { kind: 'missing' };
  if (h.employees !== null && h.employees < minGroup) return { kind: 'suppressed', employees: h.employees };
  const { num, den } = pick(h);
  if (num === null || den <= 0) return { kind: 'missing' };
  return { kind: 'value', value: num / den };
}

/** The seven mandatory figures (and the Dag 1–14 / 15–59 / 60– split) for the year and the year before. */
export function sickLeaveReport(table: SickTable, options: SickReportOptions = {}): SickLeaveReport {
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP;
  const year = options.year ?? table.years[table.years.length - 1];
  const years = table.years.includes(year - 1) ? [year - 1, year] : [year];
  const rows: SickRow[] = [];
  for (const r of ROWS) {
    const figures = years.map((y) => figure(table, y, r.group, r.pick, minGroupSize));
    if (figures.every((f) => f.kind === 'missing') && r.id !== 'total') continue;
    const [a, b] = figures;
    const difference = figures.length === 2 && a.kind === 'value' && b.kind === 'value' ? b.value - a.value : null;
    rows.push({ id: r.id, figures, difference });
  }
  const sizesKnown = [...table.hours.values()].every((m) => [...m.values()].every((h) => h.employees !== null));
  return { sheet: table.sheet, form: table.form, years, rows, minGroupSize, sizesKnown };
}
