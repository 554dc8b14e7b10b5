/**
 * Figure 6, writing the report into the user's file (issue 11), the jobs that run inside a
 * bench child process (child.ts):
 *  - `exceljs-roundtrip`: the baseline, exceljs load + save of the ledger file (one run per process);
 *  - `write-only`: the package writer alone, `addGridsToWorkbook(bytes, grids, 'insert')`, with
 *    the grids computed beforehand the way the CLI does (read + runReport, not timed), beside a
 *    plain copy of the same bytes; the bytes in and out say what was copied.
 */
import * as fs from 'node:fs';
import { addGridsToWorkbook, readWorkbookBuffer } from '../../src/io/xlsx';
import { runReport } from '../../src/core/report/run-report';
import { exceljsRoundTrip } from '../baseline-exceljs-roundtrip';
import { ensureLedgerXlsx } from '../write-xlsx';
import { collect, peakRssMB, round, startSample, summarize, type Sample, type Timing } from '../measure';

export type RoundTripJob = { readonly rows: number; readonly ms: number; readonly cpuMs: number; readonly fileBytes: number; readonly outBytes: number; readonly peakMB: number };

export async function exceljsRoundTripJob(rows: number): Promise<RoundTripJob> {
  const bytes = fs.readFileSync(await ensureLedgerXlsx(rows));
  collect();
  const stop = startSample();
  const out = await exceljsRoundTrip(bytes);
  const s = stop();
  return { rows, ms: round(s.wall), cpuMs: round(s.cpu), fileBytes: bytes.length, outBytes: out.length, peakMB: peakRssMB() };
}

export type WriteOnlyJob = {
  readonly rows: number;
  readonly write: Timing;
  /** The same bytes copied once (Uint8Array.slice): what "copying bytes" costs at this size. */
  readonly copyMs: number;
  readonly inBytes: number;
  readonly outBytes: number;
  readonly reportCells: number;
  readonly peakMB: number;
};

export async function writeOnlyJob(rows: number, runs: number): Promise<WriteOnlyJob> {
  const bytes = new Uint8Array(fs.readFileSync(await ensureLedgerXlsx(rows)));
  const result = runReport(await readWorkbookBuffer(bytes), { lang: 'sv' });
  if (result.grids.length === 0) throw new Error(`no report grid at ${rows} rows: ${result.issues.map((i) => i.code).join(', ')}`);
  const samples: Sample[] = [];
  let out: Uint8Array = new Uint8Array(0);
  for (let r = 0; r <= runs; r += 1) {
    collect();
    const stop = startSample();
    out = await addGridsToWorkbook(bytes, result.grids, 'insert');
    const s = stop();
    if (r > 0) samples.push(s); // run 0 warms up
  }
  const copies: number[] = [];
  for (let r = 0; r < 5; r += 1) {
    const stop = startSample();
    bytes.slice();
    copies.push(stop().wall);
  }
  copies.sort((a, b) => a - b);
  return {
    rows,
    write: summarize(samples),
    copyMs: round(copies[2], 2),
    inBytes: bytes.length,
    outBytes: out.length,
    reportCells: result.grids.reduce((n, g) => n + g.rows.length * (g.rows[0]?.length ?? 0), 0),
    peakMB: peakRssMB(),
  };
}
