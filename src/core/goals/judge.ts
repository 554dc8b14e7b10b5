import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import { GOAL_SCORE } from './labels';
import { DEFAULT_THRESHOLD, goalStatus, indicatorRatio, indicatorStatus, mean, median } from './rule';
import type { GoalReport, GoalResult, GoalRow, GoalStatus, GoalTable, IndicatorResult } from './types';

export type JudgeOptions = {
  /** θ of the rule, in (0, 1]; 0.85 by default. */
  readonly threshold?: number;
  /** The target year, for the report heading (the table was read for it). */
  readonly year?: number | null;
};

const STATUSES: readonly GoalStatus[] = ['HELT', 'I_HOG_GRAD', 'DELVIS', 'EJ', 'EJ_UTVARDERAD'];

/** Judges every indicator and goal by the rule; a manual assessment wins for display and is flagged where it differs. */
export function judgeGoals(table: GoalTable, options: JudgeOptions = {}): GoalReport {
  const issues: Issue[] = [];
  let threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) {
    issues.push(makeIssue('goal.threshold-range', 'error', { threshold: String(threshold), fallback: DEFAULT_THRESHOLD }));
    threshold = DEFAULT_THRESHOLD;
  }
  const goals = table.goals.map((g) => judgeGoal(g, threshold, issues));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, goals.filter((g) => g.status === s).length])) as Record<GoalStatus, number>;
  const scores = goals.map((g) => g.score).filter((s): s is 1 | 2 | 3 => s !== null);
  return {
    year: options.year ?? table.year,
    threshold,
    issues,
    goals,
    summary: { counts, median: median(scores), mean: mean(scores) },
  };
}

function judgeGoal(g: GoalRow, threshold: number, issues: Issue[]): GoalResult {
  const indicators: IndicatorResult[] = g.indicators.map((row) => ({
    row,
    ratio: row.target.kind === 'number' && row.outcome.kind === 'number' ? indicatorRatio(row.direction, row.target.value, row.outcome.value) : null,
    status: indicatorStatus(row.direction, row.target, row.outcome, row.previous, threshold),
  }));
  const ruleStatus = goalStatus(indicators.map((i) => i.status));
  const m = g.manual;
  let status = ruleStatus;
  let differs = false;
  let score = GOAL_SCORE[ruleStatus];
  if (m?.status) {
    status = m.status;
    score = GOAL_SCORE[m.status];
    differs = m.status !== ruleStatus;
  } else if (m?.score) {
    score = m.score;
    differs = m.score !== GOAL_SCORE[ruleStatus];
    // A numeric 1 or 3 names a status; 2 covers both I hög grad and Delvis, so the rule's stays.
    if (differs || m.score !== 2) status = m.score === 1 ? 'HELT' : m.score === 3 ? 'EJ' : ruleStatus === 'I_HOG_GRAD' ? 'I_HOG_GRAD' : 'DELVIS';
  }
  if (m && differs) {
    issues.push(
      makeIssue(
        'goal.manual-differs',
        'warning',
        { goal: g.goal, manual: m.text, rule: ruleStatus },
        m.place,
      ),
    );
  }
  return { area: g.area, goal: g.goal, ruleStatus, status, score, manual: m, differs, indicators, place: g.place };
}
