import type * as ExcelJS from 'exceljs';
import { SimNamedItemCollection, SimWorksheetCollection } from './collections';
import { NameRegistry } from './name-registry';
import { SimQueue } from './proxy';
import type { Fault, SimOptions, SimSession, SimStats } from './session';
import { workbookState } from './state';
import { SimRange } from './range';
import { parseAddress } from './a1';
import { chartsOf, describeChart } from './charts';

export type { Fault, SimOptions, SimStats, SyncRecord } from './session';
export { SimOfficeError } from './errors';
export { createSettings } from './settings';
export type { SimSettings } from './settings';

/**
 * An Office.js (Excel) simulator over an exceljs workbook: proxies whose properties are readable
 * only after load + sync, writes queued until sync and then applied to the workbook, A1 address
 * arithmetic, null objects, the 5 MB payload and 5 000 000-cell read limits of Excel on the web,
 * counters, and fault injection. Imports nothing but exceljs types, so it bundles for a browser.
 */
export type Simulator = {
  readonly run: typeof Excel.run;
  readonly stats: SimStats;
  /** Makes the next queued operation of this kind fail at sync (operations before it are applied, as in Excel). */
  failNext(kind: string): void;
  /** Makes sync number `sync` (1-based, counted over the simulator's life) fail at its `afterOps`-th operation. */
  failAt(sync: number, afterOps?: number): void;
  /** Makes sync number `sync` apply its whole batch and then reject (the reply is lost), as a dropped connection can. */
  loseReplyAt(sync: number): void;
  /** The active sheet's name and the selected address. */
  selection(): { readonly sheet: string; readonly address: string };
  resetStats(): void;
  /** Everything visible in the workbook as one stable text (state.ts), for before/after comparisons. */
  state(): string;
  /** Faults queued and not yet triggered. */
  pendingFaults(): number;
  /** The charts on a sheet, as plain data (charts.ts), in creation order. */
  charts(sheet: string): Record<string, unknown>[];
};

class SimApplication {
  constructor(private readonly q: SimQueue) {}
  suspendApiCalculationUntilNextSync(): void {
    this.q.requireApi('Application.suspendApiCalculationUntilNextSync');
    this.q.push({ kind: 'application.suspend', requestBytes: 0, run: () => ((this.q.session.stats.suspendedCalculation += 1), 0) });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.q.requireApi('Application.suspendScreenUpdatingUntilNextSync');
    this.q.push({ kind: 'application.suspend', requestBytes: 0, run: () => ((this.q.session.stats.suspendedScreenUpdating += 1), 0) });
  }
}

class SimContext {
  readonly workbook: { worksheets: SimWorksheetCollection; names: SimNamedItemCollection; application: SimApplication; getActiveCell(): SimRange };
  readonly application: SimApplication;
  constructor(private readonly q: SimQueue) {
    this.application = new SimApplication(q);
    this.workbook = {
      worksheets: new SimWorksheetCollection(q),
      names: new SimNamedItemCollection(q),
      application: this.application,
      // The top-left cell of the selection on the active sheet (ExcelApi 1.7).
      getActiveCell: () => {
        q.requireApi('Workbook.getActiveCell');
        return new SimRange(q, 'workbook.getActiveCell', () => {
          const s = q.session;
          const ws = s.wb.getWorksheet(s.active.sheetId) ?? s.wb.worksheets[0];
          const r = parseAddress(s.active.address.split(':')[0]);
          return ws ? { ws, rect: { row: r.row, col: r.col, rows: 1, cols: 1 } } : null;
        });
      },
    };
  }
  sync(): Promise<void> {
    return this.q.sync();
  }
}

function emptyStats(): SimStats {
  return { syncs: 0, requests: [], maxRequestBytes: 0, cellsRead: 0, suspendedCalculation: 0, suspendedScreenUpdating: 0 };
}

export function createSimulator(wb: ExcelJS.Workbook, opts: SimOptions = {}): Simulator {
  const first = wb.worksheets.find((w) => w.state === 'visible') ?? wb.worksheets[0];
  const session: SimSession = {
    wb,
    stats: emptyStats(),
    faults: [] as Fault[],
    names: new NameRegistry(wb),
    maxPayloadBytes: opts.maxPayloadBytes ?? 5_000_000,
    maxCellsPerRead: opts.maxCellsPerRead ?? 5_000_000,
    excelApiMinor: opts.excelApiMinor ?? 17,
    active: { sheetId: first ? first.id : 0, address: first ? `${first.name}!A1` : '' },
  };
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (ctx: SimContext) => Promise<T>;
    const q = new SimQueue(session);
    try {
      const result = await batch(new SimContext(q));
      await q.sync(); // Excel.run flushes what the batch left queued
      return result;
    } finally {
      q.close();
    }
  }
  return {
    run: run as unknown as typeof Excel.run,
    get stats() {
      return session.stats;
    },
    failNext: (kind) => void session.faults.push({ kind }),
    failAt: (sync, afterOps = 0) => void session.faults.push({ atSync: sync, afterOps }),
    loseReplyAt: (sync) => void session.faults.push({ atSync: sync, lostReply: true }),
    selection: () => {
      const ws = wb.getWorksheet(session.active.sheetId);
      return { sheet: ws ? ws.name : '', address: session.active.address };
    },
    resetStats: () => void Object.assign(session.stats, emptyStats()),
    state: () => workbookState(wb, session.names),
    pendingFaults: () => session.faults.length,
    charts: (sheet) => {
      const ws = wb.getWorksheet(sheet);
      return ws ? chartsOf(ws).map(describeChart) : [];
    },
  };
}
