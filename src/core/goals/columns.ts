import type { GoalColumn } from './headers';

/** The columns the reader uses, chosen for one target year. */
export type GoalColumnPlan = {
  readonly year: number | null;
  readonly area: number | null;
  readonly goal: number | null;
  readonly indicator: number;
  readonly unit: number | null;
  readonly direction: number | null;
  readonly manual: number | null;
  readonly target: number | null;
  readonly outcome: number | null;
  readonly prelOutcome: number | null;
  readonly previous: number | null;
};

type Yeared = GoalColumn & { readonly role: 'target' | 'outcome' | 'prelOutcome'; readonly year: number | null };

function yeared(columns: readonly GoalColumn[], role: Yeared['role']): Yeared[] {
  return columns.filter((c): c is Yeared => c.role === role);
}

function simple(columns: readonly GoalColumn[], role: GoalColumn['role']): number | null {
  return columns.find((c) => c.role === role)?.col ?? null;
}

/** The column of the year, or (when the headers carry no years at all) the only one there is. */
function forYear(cols: readonly Yeared[], year: number | null): number | null {
  if (year !== null) {
    const exact = cols.find((c) => c.year === year);
    if (exact) return exact.col;
  }
  const plain = cols.filter((c) => c.year === null);
  return plain.length >= 1 ? plain[0].col : null;
}

/**
 * The target year is the one asked for, else the year of the target header ("Mål 2023"), else
 * the latest year among the outcome headers.
 */
export function planColumns(columns: readonly GoalColumn[], askedYear?: number): GoalColumnPlan {
  const targets = yeared(columns, 'target');
  const outcomes = yeared(columns, 'outcome');
  const prels = yeared(columns, 'prelOutcome');
  const outcomeYears = [...outcomes, ...prels].map((c) => c.year).filter((y): y is number => y !== null);
  const year = askedYear ?? targets.find((c) => c.year !== null)?.year ?? (outcomeYears.length ? Math.max(...outcomeYears) : null);
  const previous = year !== null ? (outcomes.find((c) => c.year === year - 1)?.col ?? null) : null;
  return {
    year,
    area: simple(columns, 'area'),
    goal: simple(columns, 'goal'),
    indicator: simple(columns, 'indicator') ?? -1,
    unit: simple(columns, 'unit'),
    direction: simple(columns, 'direction'),
    manual: simple(columns, 'manual'),
    target: forYear(targets, year),
    outcome: forYear(outcomes, year),
    prelOutcome: forYear(prels, year),
    previous,
  };
}
