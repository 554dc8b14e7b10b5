import * as React from 'react';
import type { ReportRef, WorkbookPort } from '../../core/port';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Lang } from '../../core/i18n/types';
import { parseCellA1, parseRangeA1 } from '../../core/address';
import type { Engine, ReportOptions, UnderlagView } from '../engine-types';
import { userMessage, type Messages } from '../user-error';
import { strings } from '../strings';

export type UnderlagState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'shown'; readonly view: UnderlagView }
  /** The selected cell is not an amount cell of a report this pane wrote. */
  | { readonly kind: 'no-cell' }
  | { readonly kind: 'failed' };

/** Where a selected cell sits in one of the workbook's reports, as a 0-based offset in its block. */
export function offsetIn(reports: readonly ReportRef[], sheet: string, address: string): { report: ReportRef; row: number; col: number } | null {
  const cell = parseCellA1(address.replace(/\$/g, '').split(':')[0]);
  if (!cell) return null;
  for (const report of reports) {
    const r = parseRangeA1(report.address.replace(/\$/g, ''));
    if (report.sheet !== sheet || !r) continue;
    if (cell.row >= r.row && cell.row < r.row + r.rows && cell.col >= r.col && cell.col < r.col + r.cols) return { report, row: cell.row - r.row, col: cell.col - r.col };
  }
  return null;
}

/** *Visa underlag*: read the active cell, find the report cell under it, list its ledger rows. */
export function useUnderlag(input: {
  readonly port: WorkbookPort;
  readonly engine: Engine;
  readonly snapshot: WorkbookSnapshot;
  readonly options: ReportOptions;
  readonly lang: Lang;
  readonly reports: readonly ReportRef[];
}): { readonly state: UnderlagState; readonly show: () => void; readonly insert: () => void; readonly inserted: InsertState } {
  const [state, setState] = React.useState<UnderlagState>({ kind: 'idle' });
  const [inserted, setInserted] = React.useState<InsertState>({ kind: 'idle' });
  const { port, engine, snapshot, options, lang, reports } = input;
  const show = React.useCallback(() => {
    const run = async (): Promise<void> => {
      try {
        const sel = port.selectedCell ? await port.selectedCell() : null;
        const at = sel ? offsetIn(reports, sel.sheet, sel.address) : null;
        const view = at && engine.underlag ? engine.underlag(snapshot, options, lang, at) : null;
        setState(view ? { kind: 'shown', view } : { kind: 'no-cell' });
        setInserted({ kind: 'idle' });
      } catch {
        setState({ kind: 'failed' });
      }
    };
    void run();
  }, [port, engine, snapshot, options, lang, reports]);
  const insert = React.useCallback(() => {
    if (state.kind !== 'shown') return;
    const run = async (): Promise<void> => {
      try {
        const result = await port.writeGrid(state.view.grid, 'insert');
        setInserted({ kind: 'done', sheet: result.sheet });
      } catch (e) {
        setInserted({ kind: 'failed', message: userMessage(e, insertFailed) });
      }
    };
    void run();
  }, [port, state]);
  return { state, show, insert, inserted };
}

/** *Infoga underlag*: the list written to a sheet of its own. */
export type InsertState = { readonly kind: 'idle' } | { readonly kind: 'done'; readonly sheet: string } | { readonly kind: 'failed'; readonly message: Messages };

const insertFailed: Messages = { sv: strings.sv.underlagInsertFailed, en: strings.en.underlagInsertFailed };
