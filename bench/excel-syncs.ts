/**
 * Sync and payload figures of the Office.js adapter over the simulator: a snapshot of the ledger
 * sheet plus the insert of a report, at 1 000 / 100 000 / 1 000 000 ledger rows (or the sizes
 * given as arguments). Prints one JSON line per size:
 *   { rows, syncs, budget, totalBytes, maxRequestBytes, cellsRead }
 * where budget = 2 + ceil(totalBytes / 4 MB). Run: node --max-old-space-size=12000 on the
 * compiled file (the 1M-row exceljs workbook alone takes a few GB).
 */
import { createExcelPort } from '../src/io/excel';
import { createSimulator } from '../test/fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../test/fakes/office-sim/fixtures';

export type SyncFigures = { rows: number; syncs: number; budget: number; totalBytes: number; maxRequestBytes: number; cellsRead: number; listedSyncs: number };

export async function measure(rows: number): Promise<SyncFigures> {
  const sim = createSimulator(ledgerWorkbook(rows));
  const port = createExcelPort(sim.run, { supports: () => true });
  await port.snapshot({ sheets: ['Huvudbok'] });
  await port.writeGrid(sampleGrid(), 'insert');
  const totalBytes = sim.stats.requests.reduce((s, r) => s + r.bytes, 0);
  const figures = {
    rows,
    syncs: sim.stats.syncs,
    budget: 2 + Math.ceil(totalBytes / 4_000_000),
    totalBytes,
    maxRequestBytes: sim.stats.maxRequestBytes,
    cellsRead: sim.stats.cellsRead,
    listedSyncs: 0,
  };
  // The same read without naming the sheet: one more sync lists the sheets first.
  sim.resetStats();
  await createExcelPort(sim.run, { supports: () => true }).snapshot();
  figures.listedSyncs = sim.stats.syncs;
  return figures;
}

async function main(args: readonly string[]): Promise<void> {
  const sizes = args.length > 0 ? args.map(Number) : [1_000, 100_000, 1_000_000];
  for (const rows of sizes) process.stdout.write(`${JSON.stringify(await measure(rows))}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
