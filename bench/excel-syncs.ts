/**
 * Sync and payload figures of the Office.js adapter over the simulator: a snapshot of the ledger
 * sheet plus the insert of a report, at 1 000 / 100 000 / 1 000 000 ledger rows (or the sizes
 * given as arguments), and then a refresh of that report. Prints one JSON line per size:
 *   { rows, syncs, budget, totalBytes, maxRequestBytes, cellsRead, insertSyncs, refreshSyncs, ... }
 * where budget = 2 + ceil(totalBytes / 4 MB). Run: node --max-old-space-size=12000 on the
 * compiled file (the 1M-row exceljs workbook alone takes a few GB).
 */
import { createExcelPort } from '../src/io/excel';
import { createSimulator } from '../test/fakes/office-sim';
import type { ReportGrid } from '../src/core/grid';
import { ledgerWorkbook, sampleGrid } from '../test/fakes/office-sim/fixtures';

export type SyncFigures = {
  rows: number; syncs: number; budget: number; totalBytes: number; maxRequestBytes: number; cellsRead: number; listedSyncs: number;
  /** The insert alone, and a refresh of the same report right after it (atomic: staged, kept, committed). */
  insertSyncs: number; insertMaxRequestBytes: number; refreshSyncs: number; refreshMaxRequestBytes: number; refreshTotalBytes: number;
};

export async function measure(rows: number): Promise<SyncFigures> {
  const sim = createSimulator(ledgerWorkbook(rows));
  const port = createExcelPort(sim.run, { supports: () => true });
  await port.snapshot({ sheets: ['Huvudbok'] });
  const beforeInsert = { syncs: sim.stats.syncs, requests: sim.stats.requests.length };
  await port.writeGrid(sampleGrid(), 'insert');
  const insertRequests = sim.stats.requests.slice(beforeInsert.requests);
  const totalBytes = sim.stats.requests.reduce((s, r) => s + r.bytes, 0);
  const figures = {
    rows,
    syncs: sim.stats.syncs,
    budget: 2 + Math.ceil(totalBytes / 4_000_000),
    totalBytes,
    maxRequestBytes: sim.stats.maxRequestBytes,
    cellsRead: sim.stats.cellsRead,
    listedSyncs: 0,
    insertSyncs: sim.stats.syncs - beforeInsert.syncs,
    insertMaxRequestBytes: Math.max(0, ...insertRequests.map((r) => r.bytes)),
    refreshSyncs: 0,
    refreshMaxRequestBytes: 0,
    refreshTotalBytes: 0,
  };
  sim.resetStats();
  await createExcelPort(sim.run, { supports: () => true }).writeGrid(sampleGrid(), 'refresh');
  figures.refreshSyncs = sim.stats.syncs;
  figures.refreshMaxRequestBytes = sim.stats.maxRequestBytes;
  figures.refreshTotalBytes = sim.stats.requests.reduce((s, r) => s + r.bytes, 0);
  // The same read without naming the sheet: one more sync lists the sheets first.
  sim.resetStats();
  await createExcelPort(sim.run, { supports: () => true }).snapshot();
  figures.listedSyncs = sim.stats.syncs;
  return figures;
}

export type GridFigures = { gridRows: number; insertSyncs: number; insertMaxRequestBytes: number; refreshSyncs: number; refreshMaxRequestBytes: number; refreshTotalBytes: number };

/** A report of `rows` lines (label, two amounts, a formula, a status, a Kommentar, a row key). */
function bigGrid(rows: number): ReportGrid {
  return {
    name: 'KR_Stor',
    sheetName: 'Stor',
    rows: Array.from({ length: rows }, (_, i) => [
      { value: `Rad ${i + 1}`, style: 'line' as const },
      { value: i * 3, format: '#,##0' },
      { value: i * 5, format: '#,##0' },
      { formula: `C${i + 1}-B${i + 1}`, format: '#,##0' },
      { value: i % 3 === 0 ? 'Röd' : 'Grön', style: i % 3 === 0 ? ('status-red' as const) : ('status-green' as const) },
      { value: null, style: 'comment' as const },
    ]),
    columnWidths: [20, 12, 12, 12, 10, 40],
    commentColumn: 5,
    rowKeys: Array.from({ length: rows }, (_, i) => `line:${i}`),
  };
}

/** Insert and then refresh a report of `rows` lines: the refresh beside the insert. */
export async function measureGrid(rows: number): Promise<GridFigures> {
  const sim = createSimulator(ledgerWorkbook(1));
  const port = createExcelPort(sim.run, { supports: () => true });
  const grid = bigGrid(rows);
  await port.writeGrid(grid, 'insert');
  const insert = { syncs: sim.stats.syncs, max: sim.stats.maxRequestBytes };
  sim.resetStats();
  await port.writeGrid(grid, 'refresh');
  return {
    gridRows: rows,
    insertSyncs: insert.syncs,
    insertMaxRequestBytes: insert.max,
    refreshSyncs: sim.stats.syncs,
    refreshMaxRequestBytes: sim.stats.maxRequestBytes,
    refreshTotalBytes: sim.stats.requests.reduce((s, r) => s + r.bytes, 0),
  };
}

async function main(args: readonly string[]): Promise<void> {
  const grid = args[0] === '--grid';
  const rest = grid ? args.slice(1) : args;
  const sizes = rest.length > 0 ? rest.map(Number) : [1_000, 100_000, 1_000_000];
  for (const rows of sizes) process.stdout.write(`${JSON.stringify(grid ? await measureGrid(rows) : await measure(rows))}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
