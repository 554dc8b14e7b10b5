import * as React from 'react';
import type { ReportGrid } from '../../core/grid';
import type { WorkbookPort, WriteMode, WriteResult } from '../../core/port';
import { strings } from '../strings';
import { userMessage, type Messages } from '../user-error';

export type FollowUpWriteState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'writing'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly results: readonly WriteResult[] }
  /** `results` holds the tables written before the failure: they stay in the workbook, and a retry refreshes them. */
  | { readonly kind: 'failed'; readonly message: Messages; readonly results: readonly WriteResult[] };

export type PlannedWrite = { readonly grid: ReportGrid; readonly mode: WriteMode };

const writeFailed: Messages = {
  sv: `Tabellen kunde inte skrivas. ${strings.sv.unexpected}`,
  en: `The table could not be written. ${strings.en.unexpected}`,
};

function partial(done: readonly WriteResult[], total: number, sheet: string, cause: Messages): Messages {
  return {
    sv: `${done.length} av ${total} tabeller skrevs innan tabellen för bladet '${sheet}' misslyckades: ${cause.sv} Det som redan skrivits finns kvar; klicka på knappen igen, så uppdateras de och resten infogas.`,
    en: `${done.length} of ${total} tables were written before the table for sheet '${sheet}' failed: ${cause.en} What was written stays; press the button again to refresh those and insert the rest.`,
  };
}

/**
 * Writes the follow-up's tables one after another (each is its own Excel batch, so one failure
 * never undoes the tables before it), with progress as state. Afterwards the report list is read
 * again so a second click refreshes instead of inserting.
 */
export function useFollowUpWrite(port: WorkbookPort, refreshReports: () => Promise<void>) {
  const [state, setState] = React.useState<FollowUpWriteState>({ kind: 'idle' });
  const busy = React.useRef(false);
  const write = React.useCallback(
    async (plan: readonly PlannedWrite[]) => {
      if (busy.current || plan.length === 0) return;
      busy.current = true;
      const results: WriteResult[] = [];
      setState({ kind: 'writing', done: 0, total: plan.length });
      try {
        for (const p of plan) {
          results.push(await port.writeGrid(p.grid, p.mode));
          setState({ kind: 'writing', done: results.length, total: plan.length });
        }
        setState({ kind: 'done', results });
      } catch (e) {
        const cause = userMessage(e, writeFailed);
        const failed = plan[results.length]?.grid.sheetName ?? '';
        setState({ kind: 'failed', message: results.length > 0 ? partial(results, plan.length, failed, cause) : cause, results });
      } finally {
        busy.current = false;
        try {
          await refreshReports();
        } catch {
          // The list is re-read on the next load; the tables themselves are written.
        }
      }
    },
    [port, refreshReports],
  );
  return { state, write };
}
