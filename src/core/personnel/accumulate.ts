import type { SickGroupId, SickHours, SickSourceForm } from './types';

/** One source row: the groups it counts in, who it is, and its hours. */
export type SickEntry = {
  readonly year: number;
  readonly groups: readonly SickGroupId[];
  /** An employee key (distinct employees are counted per group), or the row for per-group tables. */
  readonly employee: string;
  readonly hours: SickHours;
};

function add(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/**
 * Hours summed per year and group. Per-employee rows count distinct employees per group; rows of a
 * per-group table are added as they are (a group given twice is added), with their own count when
 * the table has one.
 */
export function accumulateSick(
  entries: readonly SickEntry[],
  form: SickSourceForm,
  groupCounts: boolean,
): { years: number[]; hours: Map<number, Map<SickGroupId, SickHours>> } {
  const hours = new Map<number, Map<SickGroupId, SickHours>>();
  const people = new Map<string, Set<string>>();
  for (const e of entries) {
    let byGroup = hours.get(e.year);
    if (!byGroup) hours.set(e.year, (byGroup = new Map()));
    for (const g of e.groups) {
      const was = byGroup.get(g);
      byGroup.set(
        g,
        was
          ? {
              sick: was.sick + e.hours.sick,
              available: was.available + e.hours.available,
              days1to14: add(was.days1to14, e.hours.days1to14),
              days15to59: add(was.days15to59, e.hours.days15to59),
              days60: add(was.days60, e.hours.days60),
              employees: add(was.employees, e.hours.employees),
            }
          : e.hours,
      );
      const key = `${e.year}|${g}`;
      let set = people.get(key);
      if (!set) people.set(key, (set = new Set()));
      set.add(e.employee);
    }
  }
  for (const [year, byGroup] of hours) {
    for (const [g, h] of byGroup) {
      const employees = form === 'per-employee' ? (people.get(`${year}|${g}`)?.size ?? 0) : groupCounts ? h.employees : null;
      byGroup.set(g, { ...h, employees });
    }
  }
  return { years: [...hours.keys()].sort((a, b) => a - b), hours };
}
