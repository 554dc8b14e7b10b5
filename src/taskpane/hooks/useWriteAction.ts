import * as React from 'react';
import type { ReportGrid } from '../../core/grid';
import type { WorkbookPort, WriteMode, WriteResult } from '../../core/port';
import { strings } from '../strings';
import { userMessage, type Messages } from '../user-error';

export type WriteState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'writing'; readonly mode: WriteMode }
  /** Every table is in the workbook; `warning` says what went wrong after the write (saving the options). */
  | { readonly kind: 'done'; readonly mode: WriteMode; readonly results: readonly WriteResult[]; readonly warning: Messages | null }
  /** `results` holds the tables written before the failure: they stay in the workbook. */
  | { readonly kind: 'failed'; readonly mode: WriteMode; readonly message: Messages; readonly results: readonly WriteResult[] };

export type WriteAction = {
  readonly state: WriteState;
  /**
   * Writes the grids in order (the first is the main table, written with `mode`); resolves when
   * all are written. With `existing` (the blocks already in the workbook) each later grid is
   * refreshed when its block exists and inserted otherwise — the forecast history sheet is kept
   * up to date by every insert and refresh of a report.
   */
  readonly write: (grids: readonly ReportGrid[], mode: WriteMode, existing?: ReadonlySet<string>) => Promise<void>;
  readonly reset: () => void;
};

const writeFailed: Messages = {
  sv: `Tabellen kunde inte skrivas. ${strings.sv.unexpected}`,
  en: `The table could not be written. ${strings.en.unexpected}`,
};

const afterFailed: Messages = {
  sv: 'Tabellen finns i arbetsboken, men dina val kunde inte sparas i den. Nästa gång börjar fönstret från standardvalen.',
  en: 'The table is in the workbook, but your choices could not be saved in it. Next time the pane starts from the default choices.',
};

/** Some tables of a multi-table write are in, a later one failed: say which, and why. */
function partialMessage(mode: WriteMode, done: readonly WriteResult[], total: number, failedSheet: string, cause: Messages): Messages {
  const sheets = done.map((r) => r.sheet).join(', ');
  return {
    sv: `${done.length} av ${total} tabeller ${mode === 'refresh' ? 'uppdaterades' : 'infogades'}: ${sheets}. Tabellen för bladet '${failedSheet}' kunde inte skrivas: ${cause.sv} De tabeller som redan skrivits finns kvar; ta bort dem innan du försöker igen, annars blir de dubbla.`,
    en: `${done.length} of ${total} tables were ${mode === 'refresh' ? 'updated' : 'inserted'}: ${sheets}. The table for sheet '${failedSheet}' could not be written: ${cause.en} The tables already written stay; delete them before you retry, or they will be duplicated.`,
  };
}

/**
 * One write at a time, with its outcome as state; failures become a message, not a throw.
 * `after` (saving the options, re-listing the reports) runs only once the tables are in, in its
 * own try: its failure is a warning beside the success, never a failed write the user retries.
 */
export function useWriteAction(port: WorkbookPort, after?: (results: readonly WriteResult[]) => Promise<void>): WriteAction {
  const [state, setState] = React.useState<WriteState>({ kind: 'idle' });
  const busy = React.useRef(false);

  const write = React.useCallback(
    async (grids: readonly ReportGrid[], mode: WriteMode, existing?: ReadonlySet<string>) => {
      if (busy.current) return;
      busy.current = true;
      setState({ kind: 'writing', mode });
      const results: WriteResult[] = [];
      try {
        for (const [i, grid] of grids.entries()) {
          // Sequential on purpose: each write is its own Excel batch and names its own sheet.
          const own = i === 0 || !existing ? mode : existing.has(grid.name) ? 'refresh' : 'insert';
          results.push(await port.writeGrid(grid, own));
        }
      } catch (e) {
        const cause = userMessage(e, writeFailed);
        const failed = grids[results.length];
        const message = results.length > 0 && failed ? partialMessage(mode, results, grids.length, failed.sheetName, cause) : cause;
        setState({ kind: 'failed', mode, message, results });
        busy.current = false;
        return;
      }
      setState({ kind: 'done', mode, results, warning: null });
      try {
        if (after) await after(results);
      } catch (e) {
        const warning = userMessage(e, afterFailed);
        setState((s) => (s.kind === 'done' ? { ...s, warning } : s));
      } finally {
        busy.current = false;
      }
    },
    [port, after],
  );
  const reset = React.useCallback(() => setState({ kind: 'idle' }), []);
  return { state, write, reset };
}
