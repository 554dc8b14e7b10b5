/**
 * Figure 1, extra row: end to end from a WorkbookSnapshot (the sheet as 2-D cell values, as
 * both adapters deliver it) through readLedger (src/core/ledger, helper L) to the report by
 * Ansvar. Shows what reading the sheet costs beside the report itself.
 */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { generateLedger } from '../generate';
import { toSnapshot } from '../to-snapshot';
import { toLedger } from '../to-ledger';
import { groupTypedLoop } from '../baseline-typed-loop';
import { crossCheck, engineReport, type Mismatch } from '../engine-report';
import { MONTHS, YEAR } from '../spec';
import { peakRssMB, timeSync, type Timing } from '../measure';
import { strip } from './engine';

export type EngineE2eFigure = {
  readonly rows: number;
  readonly ms: number;
  readonly readLedgerMs: number;
  readonly reportMs: number;
  readonly rowsPerSec: number;
  readonly peakMB: number;
  readonly endToEnd: Timing;
  readonly readLedger: Timing;
  readonly issues: readonly string[];
  readonly compared: number;
  readonly mismatches: readonly Mismatch[];
};

export function mustRead(snapshot: WorkbookSnapshot): { ledger: Ledger; issues: string[] } {
  const read = readLedger(snapshot);
  if (!read.ledger) throw new Error(`readLedger found no ledger: ${read.issues.map((i) => i.code).join(', ')}`);
  return { ledger: read.ledger, issues: read.issues.map((i) => `${i.severity} ${i.code}`) };
}

export function engineE2eFigure(rows: number, runs: number): EngineE2eFigure {
  const generated = generateLedger(rows);
  const snapshot = toSnapshot(generated);
  const baseline = groupTypedLoop(toLedger(generated), 'Ansvar', YEAR, MONTHS);
  const read = timeSync(() => mustRead(snapshot), runs, 1);
  const endToEnd = timeSync(() => engineReport(mustRead(snapshot).ledger), runs, 1);
  const check = crossCheck(endToEnd.last, baseline);
  return {
    rows,
    ms: endToEnd.median,
    readLedgerMs: read.median,
    reportMs: Math.max(0, Math.round((endToEnd.median - read.median) * 10) / 10),
    rowsPerSec: Math.round(rows / (endToEnd.median / 1000)),
    peakMB: peakRssMB(),
    endToEnd: strip(endToEnd),
    readLedger: strip(read),
    issues: read.last.issues,
    compared: check.compared,
    mismatches: check.mismatches,
  };
}
