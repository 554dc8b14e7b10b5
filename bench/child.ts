/**
 * One measurement in a child process: `node --expose-gc child.js <figure> <rows> <runs>`.
 * Prints one line `RESULT <json>` on stdout for the orchestrator (run.ts).
 */
import { engineFigure } from './figures/engine';
import { engineE2eFigure } from './figures/engine-e2e';
import { sumifsFigure } from './figures/sumifs';
import { writeXlsxJob, xlsxReadFigure } from './figures/xlsx-read';
import { taskpaneFigure } from './figures/taskpane';
import { excelFigure } from './figures/excel';
import { exceljsRoundTripJob, writeOnlyJob } from './figures/xlsx-write';
import { analysisFigure } from './figures/analysis';

type Job = (rows: number, runs: number) => unknown | Promise<unknown>;

const jobs: Readonly<Record<string, Job>> = {
  engine: engineFigure,
  'engine-e2e': engineE2eFigure,
  sumifs: sumifsFigure,
  'write-xlsx': writeXlsxJob,
  'xlsx-read': xlsxReadFigure,
  taskpane: taskpaneFigure,
  excel: excelFigure,
  'exceljs-roundtrip': exceljsRoundTripJob,
  'write-only': writeOnlyJob,
  analysis: analysisFigure,
};

async function main(): Promise<void> {
  const [figure, rowsText, runsText] = process.argv.slice(2);
  const job = jobs[figure];
  if (!job) throw new Error(`Unknown figure ${figure}; known: ${Object.keys(jobs).join(', ')}`);
  const result = await job(Number(rowsText), Number(runsText ?? '7'));
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
