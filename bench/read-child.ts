/**
 * One measurement of figure 7 (reading a ledger file in one pass) in a fresh process:
 * `node --expose-gc read-child.js <job> <rows> [runs]`, printing `RESULT <json>`.
 *  - ensure: writes the seeded ledger file (bench/data, cached) and says its sizes;
 *  - compare: our reader, exceljs's `load` and the baseline scan on the same bytes, turn about,
 *    a warm-up each, then `runs` timed runs of each (medians, wall and CPU);
 *  - peak-ours / peak-exceljs / peak-baseline: one read alone, so the process's peak resident
 *    set is that reader's own; the resident set just before the read (Node, the modules and the
 *    file's bytes) is reported beside it, and the growth is the difference.
 * Our reader is imported from src/io/xlsx/read/read-workbook.ts, not through read-buffer.ts, so
 * its process does not load exceljs.
 */
import * as fs from 'node:fs';
import { readWorkbook } from '../src/io/xlsx/read/read-workbook';
import { scanBaseline } from './baseline-xlsx-scan';
import { ensureLedgerXlsx } from './write-xlsx';
import { collect, round, startSample, summarize, type Sample, type Timing } from './measure';
import { inspectXlsxBytes } from '../src/io/xlsx/zip-guard';
import { childMain } from './spawn-child';

type Reader = (bytes: Uint8Array) => Promise<unknown>;

const ours: Reader = async (bytes) => (await readWorkbook(bytes)).sheets[0]?.values.length;
const baseline: Reader = async (bytes) => scanBaseline(bytes).cells;
/** exceljs, loaded only by the jobs that use it, so the other processes stay free of it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsModule = (): typeof import('exceljs') => require('exceljs') as typeof import('exceljs');

async function exceljs(bytes: Uint8Array): Promise<unknown> {
  const wb = new (exceljsModule().Workbook)();
  // exceljs's typings ask for a Node Buffer of an older shape; the bytes are one.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0]?.rowCount;
}

const rssMB = (): number => round(process.memoryUsage().rss / 1024 / 1024, 1);
const peakMB = (): number => round(process.resourceUsage().maxRSS / 1024, 1);

async function timed(fn: Reader, bytes: Uint8Array): Promise<Sample> {
  collect();
  const stop = startSample();
  await fn(bytes);
  return stop();
}

/** Declared uncompressed size of the sheet parts. */
function sheetXmlBytes(bytes: Uint8Array): number {
  return inspectXlsxBytes(bytes)
    .entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))
    .reduce((n, e) => n + e.uncompressed, 0);
}

export type EnsureJob = { readonly file: string; readonly fileBytes: number; readonly sheetXmlBytes: number };
export type CompareJob = { readonly rows: number; readonly ours: Timing; readonly exceljs: Timing; readonly baseline: Timing };
export type PeakJob = { readonly reader: string; readonly rows: number; readonly beforeMB: number; readonly peakMB: number; readonly growthMB: number; readonly ms: number };

async function ensure(rows: number): Promise<EnsureJob> {
  const file = await ensureLedgerXlsx(rows);
  const bytes = fs.readFileSync(file);
  return { file, fileBytes: bytes.length, sheetXmlBytes: sheetXmlBytes(bytes) };
}

async function compare(rows: number, runs: number): Promise<CompareJob> {
  const bytes = fs.readFileSync(await ensureLedgerXlsx(rows));
  const readers: [Reader, Sample[]][] = [
    [ours, []],
    [exceljs, []],
    [baseline, []],
  ];
  for (const [fn] of readers) await timed(fn, bytes);
  for (let r = 0; r < runs; r += 1) {
    // Turn about: each reader goes first, second and third in turn.
    for (let k = 0; k < readers.length; k += 1) {
      const [fn, samples] = readers[(r + k) % readers.length];
      samples.push(await timed(fn, bytes));
    }
  }
  return { rows, ours: summarize(readers[0][1]), exceljs: summarize(readers[1][1]), baseline: summarize(readers[2][1]) };
}

async function peak(reader: string, rows: number): Promise<PeakJob> {
  const fn = reader === 'ours' ? ours : reader === 'exceljs' ? exceljs : baseline;
  const bytes = fs.readFileSync(await ensureLedgerXlsx(rows));
  if (reader === 'exceljs') exceljsModule(); // loaded before the resident set is taken
  collect();
  const beforeMB = rssMB();
  const stop = startSample();
  await fn(bytes);
  const ms = round(stop().wall);
  const p = peakMB();
  return { reader, rows, beforeMB, peakMB: p, growthMB: round(p - beforeMB, 1), ms };
}

async function main(): Promise<EnsureJob | CompareJob | PeakJob> {
  const [job, rowsText, runsText] = process.argv.slice(2);
  const rows = Number(rowsText);
  const result = job === 'ensure' ? await ensure(rows) : job === 'compare' ? await compare(rows, Number(runsText ?? '5')) : job.startsWith('peak-') ? await peak(job.slice(5), rows) : null;
  if (result === null) throw new Error(`Unknown job ${job}`);
  return result;
}

childMain(main);
