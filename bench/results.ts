/** The shape of bench/results.json (the shape, plus extra fields) and the budget verdicts. */
import type { Machine } from './machine';
import type { EngineFigure } from './figures/engine';
import type { EngineE2eFigure } from './figures/engine-e2e';
import type { SumifsFigure } from './figures/sumifs';
import type { XlsxReadFigure } from './figures/xlsx-read';
import type { ExcelFigure } from './figures/excel';
import type { TaskpaneFigure } from './figures/taskpane';
import type { OptionChangeFigure } from './figures/option-change';
import { BUDGETS } from './plan';

export type Verdict = 'pass' | 'fail' | 'not measured';

export type Results = {
  readonly machine: Machine;
  readonly date: string;
  readonly engine: readonly EngineFigure[];
  readonly sumifs: readonly SumifsFigure[];
  readonly xlsxRead: XlsxReadFigure | null;
  readonly excel: readonly ExcelFigure[];
  readonly taskpane: TaskpaneFigure | null;
  /** Extra row of figure 1: from a WorkbookSnapshot through readLedger to the same report. */
  readonly engineEndToEnd: readonly EngineE2eFigure[];
  /** An option change in the task pane: the new preview from the prepared ledger (figures/option-change.ts). */
  readonly optionChange: readonly OptionChangeFigure[];
  readonly budgets: Readonly<Record<string, { readonly budget: string; readonly value: string; readonly verdict: Verdict }>>;
  /** Measurements that could not run, with the reason (e.g. an engine piece not landed yet). */
  readonly notMeasured: readonly { readonly figure: string; readonly rows?: number; readonly reason: string }[];
  readonly seed: number;
};

type Parts = Omit<Results, 'budgets'>;

const verdict = (ok: boolean | null): Verdict => (ok === null ? 'not measured' : ok ? 'pass' : 'fail');

export function budgets(r: Parts): Results['budgets'] {
  const at1M = r.engine.find((e) => e.rows === 1_000_000);
  const mismatches = r.engine.reduce((n, e) => n + e.mismatches.length, 0) + r.engineEndToEnd.reduce((n, e) => n + e.mismatches.length, 0);
  const hfMismatches = r.sumifs.reduce((n, s) => n + s.mismatches.length + s.hfErrors, 0);
  const change = r.optionChange.find((o) => o.rows === 1_000_000);
  const biggest = r.excel.reduce((m, e) => Math.max(m, e.maxRequestBytes), 0);
  return {
    engineRatioAt1M: {
      budget: `≤ ${BUDGETS.engineRatioAt1M}× the typed-array loop at 1 000 000 rows`,
      value: at1M ? `${at1M.ratioToLimit}×` : '-',
      verdict: verdict(at1M ? at1M.ratioToLimit <= BUDGETS.engineRatioAt1M : null),
    },
    engineRatioAt1MTight: {
      budget: `≤ ${BUDGETS.engineRatioAt1MTight}× the typed-array loop at 1 000 000 rows (issue 13)`,
      value: at1M ? `${at1M.ratioToLimit}× (CPU ${at1M.cpuRatioToLimit}×)` : '-',
      verdict: verdict(at1M ? at1M.ratioToLimit <= BUDGETS.engineRatioAt1MTight : null),
    },
    optionChangeAt1M: {
      budget: `≤ ${BUDGETS.optionChangeMs} ms median per option change at 1 000 000 rows, without a breakdown and by Ansvar`,
      value: change ? `${change.total.median} ms and ${change.byAnsvar.median} ms (CPU ${change.total.cpuMedian} and ${change.byAnsvar.cpuMedian} ms)` : '-',
      verdict: verdict(change ? Math.max(change.total.median, change.byAnsvar.median) <= BUDGETS.optionChangeMs : null),
    },
    engineMatchesBaseline: {
      budget: 'engine = typed-array loop in every line, column and ansvar',
      value: `${mismatches} mismatches`,
      verdict: verdict(r.engine.length + r.engineEndToEnd.length > 0 ? mismatches === 0 : null),
    },
    hyperformulaMatches: {
      budget: 'HyperFormula SUMIFS = engine',
      value: `${hfMismatches} mismatches`,
      verdict: verdict(r.sumifs.length > 0 ? hfMismatches === 0 : null),
    },
    xlsxReadRatio: {
      budget: `≤ ${BUDGETS.xlsxReadRatio}× exceljs load`,
      value: r.xlsxRead ? `${r.xlsxRead.ratio}×` : '-',
      verdict: verdict(r.xlsxRead ? r.xlsxRead.ratio <= BUDGETS.xlsxReadRatio : null),
    },
    excelRequestSize: {
      budget: 'every request ≤ 5 MB',
      value: r.excel.length > 0 ? `${biggest} bytes` : '-',
      verdict: verdict(r.excel.length > 0 ? biggest <= BUDGETS.excelRequestBytes : null),
    },
    taskpaneGzip: {
      budget: `≤ ${BUDGETS.taskpaneGzipBytes} bytes (350 KB) gzipped`,
      value: r.taskpane ? `${r.taskpane.gzipBytes} bytes` : '-',
      verdict: verdict(r.taskpane ? r.taskpane.gzipBytes <= BUDGETS.taskpaneGzipBytes : null),
    },
    firstRender: {
      budget: `≤ ${BUDGETS.firstRenderMs} ms`,
      value: r.taskpane ? `${r.taskpane.firstRenderMs} ms` : '-',
      verdict: verdict(r.taskpane ? r.taskpane.firstRenderMs <= BUDGETS.firstRenderMs : null),
    },
  };
}
