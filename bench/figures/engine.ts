/**
 * Figure 1, engine: the full report by Ansvar from a Ledger built directly by the generator,
 * beside the hand-written typed-array loop on the same Ledger. Runs in its own child process
 * (--expose-gc) per size, so the peak memory is this size's alone.
 */
import { generateLedger } from '../generate';
import { toLedger } from '../to-ledger';
import { groupTypedLoop } from '../baseline-typed-loop';
import { crossCheck, engineReport, type Mismatch } from '../engine-report';
import { MONTHS, YEAR } from '../spec';
import { heapUsedMB, peakRssMB, round, timePair, type Timing } from '../measure';

export type EngineFigure = {
  readonly rows: number;
  readonly ms: number;
  readonly rowsPerSec: number;
  readonly ratioToLimit: number;
  readonly peakMB: number;
  /** The same ratio on CPU-time medians (less sensitive to other load on a shared machine). */
  readonly cpuRatioToLimit: number;
  readonly baselineMs: number;
  readonly engine: Timing;
  readonly baseline: Timing;
  readonly rssBeforeReportMB: number;
  readonly ledgerHeapMB: number;
  readonly blocks: number;
  readonly compared: number;
  readonly mismatches: readonly Mismatch[];
};

export function engineFigure(rows: number, runs: number): EngineFigure {
  const heap0 = heapUsedMB();
  const ledger = toLedger(generateLedger(rows));
  const ledgerHeapMB = round(heapUsedMB() - heap0);
  groupTypedLoop(ledger, 'Ansvar', YEAR, MONTHS);
  const rssBeforeReportMB = peakRssMB();
  const [engine, baseline] = timePair(() => engineReport(ledger), () => groupTypedLoop(ledger, 'Ansvar', YEAR, MONTHS), runs, 2);
  const peakMB = peakRssMB();
  const check = crossCheck(engine.last, baseline.last);
  return {
    rows,
    ms: engine.median,
    rowsPerSec: Math.round(rows / (engine.median / 1000)),
    ratioToLimit: round(engine.median / baseline.median, 2),
    peakMB,
    cpuRatioToLimit: round(engine.cpuMedian / baseline.cpuMedian, 2),
    baselineMs: baseline.median,
    engine: strip(engine),
    baseline: strip(baseline),
    rssBeforeReportMB,
    ledgerHeapMB,
    blocks: engine.last.breakdown?.blocks.length ?? 0,
    compared: check.compared,
    mismatches: check.mismatches,
  };
}

export function strip(t: Timing): Timing {
  return { median: t.median, min: t.min, max: t.max, runs: t.runs, cpuMedian: t.cpuMedian };
}
