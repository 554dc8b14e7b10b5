import { GOAL_STATUS_LABEL } from './labels';
import type { Direction, GoalReport, GoalStatus, GoalValue, IndicatorStatus } from './types';
import { numberOf } from './values';

type GoalLabel = (typeof GOAL_STATUS_LABEL)[GoalStatus]['sv'];

export type GoalReportJson = {
  readonly year: number | null;
  readonly threshold: number;
  readonly goals: readonly {
    readonly area: string | null;
    readonly goal: string;
    /** The shown status, as the Swedish scale writes it ("Helt uppfyllt", …). */
    readonly status: GoalLabel;
    readonly ruleStatus: GoalLabel;
    readonly score: 1 | 2 | 3 | null;
    readonly manual?: string;
    readonly differs: boolean;
    readonly indicators: readonly {
      readonly indicator: string;
      readonly unit: string | null;
      readonly direction: Direction;
      readonly target: number | null;
      readonly outcome: number | null;
      readonly preliminary: boolean;
      readonly previous: number | null;
      readonly ratio: number | null;
      readonly status: IndicatorStatus;
    }[];
  }[];
  readonly summary: { readonly counts: Readonly<Record<string, number>>; readonly median: number | null; readonly mean: number | null };
};

const prelim = (v: GoalValue): boolean => v.kind === 'number' && v.preliminary;

/** The report as plain JSON (the CLI's --json output): stable status names, numbers or null. */
export function goalReportJson(report: GoalReport): GoalReportJson {
  const counts: Record<string, number> = {};
  for (const [s, n] of Object.entries(report.summary.counts)) counts[GOAL_STATUS_LABEL[s as GoalStatus].sv] = n;
  return {
    year: report.year,
    threshold: report.threshold,
    goals: report.goals.map((g) => ({
      area: g.area,
      goal: g.goal,
      status: GOAL_STATUS_LABEL[g.status].sv,
      ruleStatus: GOAL_STATUS_LABEL[g.ruleStatus].sv,
      score: g.score,
      ...(g.manual ? { manual: g.manual.text } : {}),
      differs: g.differs,
      indicators: g.indicators.map((i) => ({
        indicator: i.row.indicator,
        unit: i.row.unit,
        direction: i.row.direction,
        target: numberOf(i.row.target),
        outcome: numberOf(i.row.outcome),
        preliminary: prelim(i.row.outcome),
        previous: numberOf(i.row.previous),
        ratio: i.ratio,
        status: i.status,
      })),
    })),
    summary: { counts, median: report.summary.median, mean: report.summary.mean },
  };
}
