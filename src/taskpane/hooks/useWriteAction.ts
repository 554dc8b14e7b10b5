import * as React from 'react';
import type { ReportGrid } from '../../core/grid';
import type { WorkbookPort, WriteMode, WriteResult } from '../../core/port';
import { strings } from '../strings';
import { userMessage, type Messages } from '../user-error';

export type WriteState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'writing'; readonly mode: WriteMode }
  | { readonly kind: 'done'; readonly mode: WriteMode; readonly results: readonly WriteResult[] }
  | { readonly kind: 'failed'; readonly message: Messages };

export type WriteAction = {
  readonly state: WriteState;
  /** Writes the grids in order (the first is the main table); resolves when all are written. */
  readonly write: (grids: readonly ReportGrid[], mode: WriteMode) => Promise<void>;
  readonly reset: () => void;
};

const writeFailed: Messages = {
  sv: `Tabellen kunde inte skrivas. ${strings.sv.unexpected}`,
  en: `The table could not be written. ${strings.en.unexpected}`,
};

/** One write at a time, with its outcome as state; failures become a message, not a throw. */
export function useWriteAction(port: WorkbookPort, after?: (results: readonly WriteResult[]) => Promise<void>): WriteAction {
  const [state, setState] = React.useState<WriteState>({ kind: 'idle' });
  const busy = React.useRef(false);

  const write = React.useCallback(
    async (grids: readonly ReportGrid[], mode: WriteMode) => {
      if (busy.current) return;
      busy.current = true;
      setState({ kind: 'writing', mode });
      try {
        const results: WriteResult[] = [];
        for (const grid of grids) {
          // Sequential on purpose: each write is its own Excel batch and names its own sheet.
          results.push(await port.writeGrid(grid, mode));
        }
        if (after) await after(results);
        setState({ kind: 'done', mode, results });
      } catch (e) {
        setState({ kind: 'failed', message: userMessage(e, writeFailed) });
      } finally {
        busy.current = false;
      }
    },
    [port, after],
  );
  const reset = React.useCallback(() => setState({ kind: 'idle' }), []);
  return { state, write, reset };
}
