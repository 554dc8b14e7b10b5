/**
 * An option change in the task pane, from the user's click to the new preview table: the pane's
 * engine (src/taskpane/engine.ts) renders the report and its grid from the ledger it prepared
 * when the workbook was read, without reading or validating the sheet again. The workbook is
 * read once (inspect, not timed, as when the pane opens), then each timed run changes one
 * option in turn (unit, sign convention, forecast method) and renders the report, January–August
 * 2025, without a breakdown (the pane's default) and by Ansvar. Budget: ≤ 60 ms median at
 * 1 000 000 rows (before: about 570 ms, as every change read the ledger again).
 */
import * as os from 'node:os';
import type { ReportOptions } from '../../src/taskpane/engine-types';
import { engine } from '../../src/taskpane/engine';
import { generateLedger } from '../generate';
import { toSnapshot } from '../to-snapshot';
import { peakRssMB, startSample, summarize, collect, type Timing } from '../measure';

export type OptionChangeFigure = {
  readonly rows: number;
  readonly total: Timing;
  readonly byAnsvar: Timing;
  /** The first read (inspect: readLedger + validateWorkbook), once. */
  readonly readMs: number;
  readonly peakMB: number;
  /** Blocks of the by-Ansvar preview (the ansvar with entries). */
  readonly blocks: number;
  /** The machine's 1-minute load average when the timed runs began and ended (the machine may be shared). */
  readonly loadAverage: { readonly before: number; readonly after: number };
};

const CHANGES: readonly Partial<ReportOptions>[] = [{ unit: 'kr' }, { signs: 'income-negative' }, { forecast: 'linear' }, { unit: 'mnkr' }, { signs: 'costs-negative' }, { forecast: 'remaining-budget' }];

function timeChanges(run: (options: ReportOptions) => unknown, start: ReportOptions, runs: number): Timing {
  let options = start;
  run(options); // warm-up
  const samples = [];
  for (let r = 0; r < runs; r += 1) {
    options = { ...options, ...CHANGES[r % CHANGES.length] };
    collect();
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
  const total = timeChanges((o) => engine.report(snapshot, o, 'sv'), start, runs);
  const byAnsvar = timeChanges((o) => engine.report(snapshot, o, 'sv'), { ...start, by: 'Ansvar' }, runs);
  const load1 = os.loadavg()[0];
  const blocks = engine.report(snapshot, { ...start, by: 'Ansvar' }, 'sv').grid?.rowKeys?.filter((k) => k?.startsWith('summary:')).length ?? 0;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return { rows, total, byAnsvar, readMs, peakMB: peakRssMB(), blocks, loadAverage: { before: round2(load0), after: round2(load1) } };
}
