/**
 * An option change in the task pane, from the user's click to the new preview table: the pane's
 * engine (src/taskpane/engine.ts) renders the report and its grid from the ledger it prepared
 * when the workbook was read, without reading or validating the sheet again. The workbook is
 * read once (inspect, not timed, as when the pane opens), then each timed run changes one
 * option in turn (unit, sign convention, forecast method) and renders the report, January–August
 * 2025, without a breakdown (the pane's default) and by Ansvar. Budget: ≤ 60 ms median at
 * 1 000 000 rows (before: about 570 ms, as every change read the ledger again).
 *
 * Each run starts from a collected heap, as every figure here does, and then, unlike the others,
 * waits SETTLE_MS before the click: the heap holds the 1 000 000-row sheet (hundreds of MB of JS
 * values), and a forced full collection leaves its concurrent sweeping to the next allocations,
 * which would fall into the timed click (in the pane a click comes long after any such
 * collection). The same runs right after the collection, without the pause, are kept beside
 * them (`rightAfterGc`), so the difference shows.
 */
import * as os from 'node:os';
import type { ReportOptions } from '../../src/taskpane/engine-types';
import { engine } from '../../src/taskpane/engine';
import { generateLedger } from '../generate';
import { toSnapshot } from '../to-snapshot';
import { peakRssMB, startSample, summarize, collect, type Timing } from '../measure';

export type OptionChangeFigure = {
  readonly rows: number;
  /** After a collection and a pause of SETTLE_MS (the budget's figures). */
  readonly total: Timing;
  readonly byAnsvar: Timing;
  /** The same runs right after a forced full collection, without the pause. */
  readonly rightAfterGc: { readonly total: Timing; readonly byAnsvar: Timing };
  readonly settleMs: number;
  /** The first read (inspect: readLedger + validateWorkbook), once. */
  readonly readMs: number;
  readonly peakMB: number;
  /** Blocks of the by-Ansvar preview (the ansvar with entries). */
  readonly blocks: number;
  /** The machine's 1-minute load average when the timed runs began and ended (the machine may be shared). */
  readonly loadAverage: { readonly before: number; readonly after: number };
};

const CHANGES: readonly Partial<ReportOptions>[] = [{ unit: 'kr' }, { signs: 'income-negative' }, { forecast: 'linear' }, { unit: 'mnkr' }, { signs: 'costs-negative' }, { forecast: 'remaining-budget' }];

export const SETTLE_MS = 200;

/** Blocks this thread for `ms` (the collector's helper threads go on). */
function pause(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function timeChanges(run: (options: ReportOptions) => unknown, start: ReportOptions, runs: number, settleMs: number): Timing {
  let options = start;
  run(options); // warm-up
  const samples = [];
  for (let r = 0; r < runs; r += 1) {
    options = { ...options, ...CHANGES[r % CHANGES.length] };
    collect();
    pause(settleMs);
    const stop = startSample();
    const out = run(options) as { grid: unknown };
    samples.push(stop());
    if (!out.grid) throw new Error('no preview grid');
  }
  return summarize(samples);
}

export function optionChangeFigure(rows: number, runs: number): OptionChangeFigure {
  const snapshot = toSnapshot(generateLedger(rows));
  const read = startSample();
  const inspection = engine.inspect(snapshot);
  const readMs = Math.round(read().wall * 10) / 10;
  if (!inspection.ledger) throw new Error('no ledger');
  const load0 = os.loadavg()[0];
  const start: ReportOptions = { through: 202508, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative' };
  const click = (o: ReportOptions) => engine.report(snapshot, o, 'sv');
  const total = timeChanges(click, start, runs, SETTLE_MS);
  const byAnsvar = timeChanges(click, { ...start, by: 'Ansvar' }, runs, SETTLE_MS);
  const rightAfterGc = { total: timeChanges(click, start, runs, 0), byAnsvar: timeChanges(click, { ...start, by: 'Ansvar' }, runs, 0) };
  const load1 = os.loadavg()[0];
  const blocks = engine.report(snapshot, { ...start, by: 'Ansvar' }, 'sv').grid?.rowKeys?.filter((k) => k?.startsWith('summary:')).length ?? 0;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return { rows, total, byAnsvar, rightAfterGc, settleMs: SETTLE_MS, readMs, peakMB: peakRssMB(), blocks, loadAverage: { before: round2(load0), after: round2(load1) } };
}
