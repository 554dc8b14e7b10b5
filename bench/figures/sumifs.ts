/**
 * Figure 2, against today's practice: the report for one ansvar as SUMIFS formulas over the
 * ledger sheet, evaluated by HyperFormula, beside our engine on the same sheet values
 * (readLedger + buildReport by Ansvar: all 50 ansvar and the total, a superset of what the
 * SUMIFS sheet computes). HyperFormula's numbers are cross-checked against the engine's block
 * for the same ansvar.
 */
import { generateLedger } from '../generate';
import { ledgerValues } from '../to-snapshot';
import { SHEET } from '../to-ledger';
import { formulaCount, sumifsFormulas } from '../sumifs-sheet';
import { evaluateWithHyperFormula } from './sumifs-hf';
import { engineReport, reportValue } from '../engine-report';
import { mustRead } from './engine-e2e';
import { COLUMNS, LINES } from '../spec';
import { peakRssMB, round, timeSync, type Timing } from '../measure';
import { strip } from './engine';

export const SUMIFS_ANSVAR = '1100';
/** Warm-up for the big size: one evaluation of this many rows (a 100 000-row run takes ~40 s). */
const WARMUP_ROWS = 10_000;

export type SumifsFigure = {
  readonly rows: number;
  readonly ms: number;
  readonly oursMs: number;
  readonly speedup: number;
  readonly ansvar: string;
  readonly formulas: number;
  readonly sumifsCalls: number;
  readonly hyperformula: Timing;
  readonly ours: Timing;
  readonly warmup: string;
  readonly hfErrors: number;
  readonly compared: number;
  readonly mismatches: readonly { line: string; column: string; hyperformula: number; ours: number }[];
  readonly peakMB: number;
};

export function sumifsFigure(rows: number, runs: number): SumifsFigure {
  const values = ledgerValues(generateLedger(rows));
  const snapshot = { sheets: [{ name: SHEET, originRow: 0, originCol: 0, values }] };
  const formulas = sumifsFormulas(rows, SUMIFS_ANSVAR);
  let warmup = '1 run on the same data';
  if (rows > WARMUP_ROWS) {
    const small = ledgerValues(generateLedger(WARMUP_ROWS, 1));
    evaluateWithHyperFormula(small, sumifsFormulas(WARMUP_ROWS, SUMIFS_ANSVAR));
    warmup = `1 run on a ${WARMUP_ROWS}-row ledger`;
  }
  const hf = timeSync(() => evaluateWithHyperFormula(values, formulas), runs, rows > WARMUP_ROWS ? 0 : 1);
  const ours = timeSync(() => engineReport(mustRead(snapshot).ledger), Math.max(runs, 7), 1);
  const block = ours.last.breakdown?.blocks.find((b) => b.key === SUMIFS_ANSVAR);
  const mismatches: SumifsFigure['mismatches'][number][] = [];
  let compared = 0;
  LINES.forEach((spec, li) => {
    const line = block?.lines.find((l) => l.id === spec.id);
    COLUMNS.forEach((column, ci) => {
      compared += 1;
      const h = hf.last.values[li]?.[ci] ?? Number.NaN;
      const o = line ? reportValue(line.values, column) : Number.NaN;
      if (!(Math.abs(h - o) <= 1e-6 * Math.max(1, Math.abs(o)))) mismatches.push({ line: spec.id, column, hyperformula: h, ours: o });
    });
  });
  return {
    rows,
    ms: hf.median,
    oursMs: ours.median,
    speedup: round(hf.median / ours.median, 0),
    ansvar: SUMIFS_ANSVAR,
    formulas: LINES.length * COLUMNS.length,
    sumifsCalls: formulaCount(formulas),
    hyperformula: strip(hf),
    ours: strip(ours),
    warmup,
    hfErrors: hf.last.errors,
    compared,
    mismatches,
    peakMB: peakRssMB(),
  };
}
