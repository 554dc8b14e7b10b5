import * as React from 'react';
import type { ReportRef, Settings, WorkbookPort } from '../../core/port';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Lang } from '../../core/i18n/types';
import { hasErrors } from '../../core/issue';
import type { Engine, Inspection, ReportOptions, ReportRun, RoleChoice } from '../engine-types';
import { initialOptions, optionsFromSettings, SETTINGS_KEY, useReportOptions } from './useReportOptions';
import { useWriteAction, type WriteAction } from './useWriteAction';

export type ReportFlowInput = {
  readonly port: WorkbookPort;
  readonly engine: Engine;
  readonly snapshot: WorkbookSnapshot;
  readonly reports: readonly ReportRef[];
  readonly settings: Settings;
  readonly refreshReports: () => Promise<void>;
  readonly lang: Lang;
};

export type ReportFlow = {
  readonly inspection: Inspection;
  readonly options: ReportOptions;
  readonly run: ReportRun | null;
  /** The existing report this run would update (same block name), if the workbook has it. */
  readonly existing: ReportRef | null;
  readonly canWrite: boolean;
  readonly write: WriteAction;
  readonly update: (patch: Partial<ReportOptions>) => void;
  readonly setRole: (header: string, role: RoleChoice) => void;
  readonly insert: () => void;
  readonly refresh: () => void;
};

/** The Rapport tab's logic: inspect, choose options, preview, write, remember the options. */
export function useReportFlow(input: ReportFlowInput): ReportFlow {
  const { port, engine, snapshot, lang } = input;
  // The options in use: a re-read starts from them (not from the saved settings), so unsaved choices survive it.
  const current = React.useRef<ReportOptions | null>(null);
  const first = React.useMemo(() => {
    const wanted = current.current ?? optionsFromSettings(input.settings);
    const inspection = engine.inspect(snapshot, wanted.roles);
    return { options: initialOptions(wanted, inspection.ledger), inspection };
    // Only on a fresh snapshot: later changes are the user’s.
  }, [snapshot]);
  const { options, update, setRole } = useReportOptions(first.options);
  current.current = options;

  // One inspection per read: the first is reused until the user changes a column role.
  const inspection = React.useMemo(
    () => (options.roles === first.options.roles ? first.inspection : engine.inspect(snapshot, options.roles)),
    [engine, snapshot, options.roles, first],
  );
  const run = React.useMemo(() => {
    if (!inspection.ledger || hasErrors(inspection.issues)) return null;
    return engine.report(snapshot, options, lang);
  }, [engine, snapshot, options, inspection, lang]);

  const existing = React.useMemo(() => input.reports.find((r) => r.name === run?.grid?.name) ?? null, [input.reports, run]);

  // Runs after the tables are in (useWriteAction): a failure here is a warning, not a failed write.
  const remember = React.useCallback(async () => {
    await port.saveSettings({ ...input.settings, [SETTINGS_KEY]: options });
    await input.refreshReports();
  }, [port, input, options]);
  const write = useWriteAction(port, remember);

  const grids = run?.grids ?? [];
  const canWrite = run?.grid != null && !hasErrors(run.issues) && write.state.kind !== 'writing';
  const blocks = React.useMemo(() => new Set(input.reports.map((r) => r.name)), [input.reports]);
  const insert = React.useCallback(() => void write.write(grids, 'insert', blocks), [write, grids, blocks]);
  const refresh = React.useCallback(() => void write.write(grids, 'refresh', blocks), [write, grids, blocks]);
  return { inspection, options, run, existing, canWrite, write, update, setRole, insert, refresh };
}
