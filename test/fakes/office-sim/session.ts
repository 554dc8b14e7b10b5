import type * as ExcelJS from 'exceljs';
import { SimOfficeError } from './errors';
import type { NameRegistry } from './name-registry';

/** One round trip as the simulator measured it. `bytes` is request plus response. */
export type SyncRecord = { readonly bytes: number; readonly requestBytes: number; readonly responseBytes: number; readonly ops: number };

export type SimStats = {
  syncs: number;
  requests: SyncRecord[];
  maxRequestBytes: number;
  /** Cells returned by loads of values, formulas, numberFormat or valueTypes. */
  cellsRead: number;
  /** Times suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync were honoured. */
  suspendedCalculation: number;
  suspendedScreenUpdating: number;
};

/** Which queued operation fails: by kind (e.g. 'range.formulas', 'names.add'), or the op at a sync. */
export type Fault = { readonly kind?: string; readonly atSync?: number; readonly afterOps?: number; readonly lostReply?: true };

export type SimOptions = {
  /** Largest request or response a sync may carry, in bytes (Excel on the web: 5 MB). */
  readonly maxPayloadBytes?: number;
  /** Largest range a single load may read (Excel on the web: 5 000 000 cells). */
  readonly maxCellsPerRead?: number;
  /** Highest ExcelApi 1.x minor version the host supports (default 17). */
  readonly excelApiMinor?: number;
};

export type SimSession = {
  readonly wb: ExcelJS.Workbook;
  readonly stats: SimStats;
  readonly faults: Fault[];
  readonly names: NameRegistry;
  readonly maxPayloadBytes: number;
  readonly maxCellsPerRead: number;
  readonly excelApiMinor: number;
  /** exceljs worksheet id of the active sheet, and the selected address on it. */
  active: { sheetId: number; address: string };
};

export type Op = {
  readonly kind: string;
  readonly requestBytes: number;
  /** Applies the operation to the backing workbook; returns the response bytes it produced. */
  readonly run: () => number;
  /** Makes a load's results readable: only once the whole batch succeeded, as in Office.js. */
  readonly commit?: () => void;
};

export function jsonSize(v: unknown): number {
  if (v === undefined) return 0;
  return JSON.stringify(v).length;
}

/** Per-operation overhead of the batch protocol (object path, method name). */
const OP_OVERHEAD = 40;

/** Executes one batch as context.sync() does: in order, stopping at the first failure. */
export function executeBatch(session: SimSession, ops: readonly Op[]): void {
  const stats = session.stats;
  stats.syncs += 1;
  const syncNo = stats.syncs;
  let requestBytes = 0;
  for (const op of ops) requestBytes += op.requestBytes + OP_OVERHEAD;
  const record = (responseBytes: number): void => {
    const bytes = requestBytes + responseBytes;
    stats.requests.push({ bytes, requestBytes, responseBytes, ops: ops.length });
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
  };
  if (requestBytes > session.maxPayloadBytes) {
    record(0);
    throw new SimOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
  }
  let responseBytes = 0;
  try {
    ops.forEach((op, i) => {
      const fault = takeFault(session, op.kind, syncNo, i);
      if (fault) throw new SimOfficeError('GeneralException', `Injected failure at sync ${syncNo}, operation ${i} (${op.kind}).`);
      responseBytes += op.run();
    });
  } finally {
    record(responseBytes);
  }
  if (responseBytes > session.maxPayloadBytes) {
    throw new SimOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
  }
  // The batch was applied, its reply is lost: the sync rejects and nothing loaded is readable.
  const lost = session.faults.findIndex((f) => f.lostReply === true && f.atSync === syncNo);
  if (lost >= 0) {
    session.faults.splice(lost, 1);
    throw new SimOfficeError('GeneralException', `Injected lost reply at sync ${syncNo}: the batch was applied.`);
  }
  for (const op of ops) op.commit?.();
}

function takeFault(session: SimSession, kind: string, syncNo: number, index: number): boolean {
  const i = session.faults.findIndex(
    (f) => f.lostReply !== true && ((f.kind !== undefined && f.kind === kind) || (f.atSync !== undefined && f.atSync === syncNo && index >= (f.afterOps ?? 0))),
  );
  if (i < 0) return false;
  session.faults.splice(i, 1);
  return true;
}
