/** Goals and indicators: read the goal table, judge it by the rule of DOMAIN.md §6, lay it out. */
export type * from './types';
export { readGoalTable } from './read';
export type { ReadGoalOptions, GoalTableRead } from './read';
export { judgeGoals } from './judge';
export type { JudgeOptions } from './judge';
export { goalGrid } from './grid';
export type { GoalGridOptions } from './grid';
export { goalReportJson } from './json';
export type { GoalReportJson } from './json';
export { DEFAULT_THRESHOLD, indicatorStatus, goalStatus } from './rule';
export { GOAL_STATUS_LABEL, INDICATOR_STATUS_LABEL, DIRECTION_LABEL, GOAL_STATUS_COLOUR, INDICATOR_STATUS_COLOUR } from './labels';
