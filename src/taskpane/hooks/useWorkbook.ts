import * as React from 'react';
import type { ReportRef, Settings, WorkbookPort } from '../../core/port';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { readPaneSnapshot } from '../engine-snapshot';
import { strings } from '../strings';
import { userMessage, type Messages } from '../user-error';

export type WorkbookState =
  /** `progress`: the share of a large file read so far, when the adapter reports it. */
  | { readonly kind: 'loading'; readonly progress?: number }
  | { readonly kind: 'failed'; readonly message: Messages }
  | {
      readonly kind: 'ready';
      readonly snapshot: WorkbookSnapshot;
      readonly reports: readonly ReportRef[];
      readonly settings: Settings;
      /** Reading again: the panels stay mounted (and keep the user's choices) until the new read is in. */
      readonly reloading: boolean;
    };

export type WorkbookHandle = {
  readonly state: WorkbookState;
  /** Reads the workbook again (after the user fixed something). */
  readonly reload: () => void;
  /** Re-reads only the list of reports (after a write). */
  readonly refreshReports: () => Promise<void>;
};

const readFailed: Messages = {
  sv: `Arbetsboken gick inte att läsa. ${strings.sv.unexpected}`,
  en: `The workbook could not be read. ${strings.en.unexpected}`,
};

/** Reads the snapshot (number formats for the goal sheets only, see readPaneSnapshot), the report list and the saved settings once per load. */
export function useWorkbook(port: WorkbookPort): WorkbookHandle {
  const [state, setState] = React.useState<WorkbookState>({ kind: 'loading' });
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setState((s) => (s.kind === 'ready' ? { ...s, reloading: true } : { kind: 'loading' }));
    const read = async (): Promise<WorkbookState> => {
      try {
        const progress = (fraction: number): void => {
          if (live) setState((st) => (st.kind === 'loading' ? { kind: 'loading', progress: fraction } : st));
        };
        const [snapshot, reports, settings] = await Promise.all([readPaneSnapshot(port, progress), port.listReports(), port.loadSettings()]);
        return { kind: 'ready', snapshot, reports, settings, reloading: false };
      } catch (e) {
        return { kind: 'failed', message: userMessage(e, readFailed) };
      }
    };
    void read().then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, [port, generation]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  const refreshReports = React.useCallback(async () => {
    const reports = await port.listReports();
    setState((s) => (s.kind === 'ready' ? { ...s, reports } : s));
  }, [port]);
  return { state, reload, refreshReports };
}
