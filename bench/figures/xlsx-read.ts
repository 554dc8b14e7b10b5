/**
 * Figure 3, reading files: the same .xlsx bytes (a 200 000-row ledger written once by
 * write-xlsx.ts) read into a WorkbookSnapshot by our reader (readWorkbookBuffer, src/io/xlsx)
 * and loaded by exceljs's own `workbook.xlsx.load`, alternating run by run so machine noise
 * falls on both alike.
 */
import * as fs from 'node:fs';
import { Workbook } from 'exceljs';
import { readWorkbookBuffer } from '../../src/io/xlsx';
import { ensureLedgerXlsx } from '../write-xlsx';
import { collect, peakRssMB, round, startSample, summarize, type Sample, type Timing } from '../measure';

export type XlsxReadFigure = {
  readonly rows: number;
  readonly ms: number;
  readonly exceljsMs: number;
  readonly ratio: number;
  readonly fileBytes: number;
  readonly runs: number;
  readonly ours: Timing;
  readonly exceljs: Timing;
  /** Ratio of the CPU-time medians: the same comparison with other load on the machine factored out. */
  readonly cpuRatio: number;
  readonly snapshotRows: number;
  readonly peakMB: number;
};

async function timed(fn: () => Promise<unknown>): Promise<Sample> {
  collect();
  const stop = startSample();
  await fn();
  return stop();
}

export async function xlsxReadFigure(rows: number, runs: number): Promise<XlsxReadFigure> {
  const bytes = fs.readFileSync(await ensureLedgerXlsx(rows));
  const ours = (): Promise<unknown> => readWorkbookBuffer(bytes);
  // exceljs types ask for a Node Buffer of an older shape; the bytes are one.
  const theirs = (): Promise<unknown> => new Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  await timed(ours);
  await timed(theirs);
  const oursRuns: Sample[] = [];
  const exceljsRuns: Sample[] = [];
  for (let r = 0; r < runs; r += 1) {
    if (r % 2 === 0) {
      oursRuns.push(await timed(ours));
      exceljsRuns.push(await timed(theirs));
    } else {
      exceljsRuns.push(await timed(theirs));
      oursRuns.push(await timed(ours));
    }
  }
  const snapshot = await readWorkbookBuffer(bytes);
  const o = summarize(oursRuns);
  const e = summarize(exceljsRuns);
  const ms = o.median;
  const exceljsMs = e.median;
  return {
    rows,
    ms,
    exceljsMs,
    ratio: round(ms / exceljsMs, 2),
    fileBytes: bytes.length,
    runs,
    ours: o,
    exceljs: e,
    cpuRatio: round(o.cpuMedian / e.cpuMedian, 2),
    snapshotRows: snapshot.sheets[0]?.values.length ?? 0,
    peakMB: peakRssMB(),
  };
}

export async function writeXlsxJob(rows: number): Promise<{ file: string; bytes: number }> {
  const file = await ensureLedgerXlsx(rows);
  return { file, bytes: fs.statSync(file).size };
}
