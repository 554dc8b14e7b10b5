/** What a bench run measures: the full plan (npm run bench) or a quick smoke run (--quick). */
export type Plan = {
  readonly engineRows: readonly number[];
  readonly engineRuns: number;
  readonly e2eRuns: number;
  readonly sumifsRows: readonly number[];
  readonly sumifsRuns: number;
  readonly xlsxRows: number;
  readonly xlsxRuns: number;
  readonly excelRows: readonly number[];
  readonly taskpaneRuns: number;
  /** The option change in the pane (figures/option-change.ts): sizes and timed runs. */
  readonly optionChangeRows: readonly number[];
  readonly optionChangeRuns: number;
};

export const FULL: Plan = {
  engineRows: [10_000, 100_000, 1_000_000],
  engineRuns: 15,
  e2eRuns: 5,
  sumifsRows: [10_000, 100_000],
  sumifsRuns: 5,
  xlsxRows: 200_000,
  xlsxRuns: 5,
  excelRows: [1_000, 100_000, 1_000_000],
  taskpaneRuns: 5,
  optionChangeRows: [1_000_000],
  optionChangeRuns: 15,
};

export const QUICK: Plan = {
  engineRows: [10_000],
  engineRuns: 5,
  e2eRuns: 5,
  sumifsRows: [2_000],
  sumifsRuns: 5,
  xlsxRows: 5_000,
  xlsxRuns: 5,
  excelRows: [1_000],
  taskpaneRuns: 5,
  optionChangeRows: [10_000],
  optionChangeRuns: 5,
};

export const FIGURES = ['engine', 'sumifs', 'xlsx', 'excel', 'taskpane', 'xlsx-write', 'xlsx-read', 'option-change'] as const;
export type FigureName = (typeof FIGURES)[number];

/** Budgets from the issue: what each figure must meet. */
export const BUDGETS = {
  engineRatioAt1M: 3,
  /** Issue 13: the engine at 1 000 000 rows within 2× the typed-array loop (the tighter budget). */
  engineRatioAt1MTight: 2,
  /** Issue 13: an option change to a new preview at 1 000 000 rows, median ms (with and without a breakdown). */
  optionChangeMs: 60,
  xlsxReadRatio: 1.2,
  taskpaneGzipBytes: 350 * 1024,
  firstRenderMs: 1500,
  excelRequestBytes: 5 * 1024 * 1024,
} as const;
