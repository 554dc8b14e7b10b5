import * as React from 'react';
import type { Settings } from '../../core/port';
import { DEFAULT_REPORT_OPTIONS, FORECAST_METHODS as FORECASTS, SIGN_CONVENTIONS as SIGNS, UNITS } from '../../core/report/report-types';
import type { LedgerView, ReportOptions, RoleChoice } from '../engine-types';
const LAYOUTS: readonly NonNullable<ReportOptions['layout']>[] = ['blocks', 'table'];
/** The breakdown by account is always possible (core/report/account-dimension.ts). */
export const BY_ACCOUNT = 'Konto';

/** The settings key the report options are saved under, per workbook. */
export const SETTINGS_KEY = 'kommunrapport.report';

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Saved options, checked field by field: a damaged setting falls back to the default. */
export function optionsFromSettings(settings: Settings): Partial<ReportOptions> {
  const raw = settings[SETTINGS_KEY];
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const roles = typeof r.roles === 'object' && r.roles !== null ? (r.roles as Record<string, RoleChoice>) : undefined;
  return {
    ...(typeof r.through === 'number' ? { through: r.through } : {}),
    ...(oneOf(r.forecast, FORECASTS) ? { forecast: oneOf(r.forecast, FORECASTS) } : {}),
    ...(oneOf(r.unit, UNITS) ? { unit: oneOf(r.unit, UNITS) } : {}),
    ...(oneOf(r.signs, SIGNS) ? { signs: oneOf(r.signs, SIGNS) } : {}),
    ...(typeof r.by === 'string' ? { by: r.by } : {}),
    ...(oneOf(r.layout, LAYOUTS) ? { layout: oneOf(r.layout, LAYOUTS) } : {}),
    ...(roles ? { roles } : {}),
  };
}

/** Starting options: saved ones where still valid for this ledger, else the defaults. */
export function initialOptions(saved: Partial<ReportOptions>, ledger: LedgerView | null): ReportOptions {
  const months = ledger?.months ?? [];
  const fallbackMonth = ledger?.lastActual ?? months[months.length - 1] ?? 0;
  const through = saved.through !== undefined && months.includes(saved.through) ? saved.through : fallbackMonth;
  const by = saved.by !== undefined && (saved.by === BY_ACCOUNT || ledger?.dimensions.includes(saved.by)) ? saved.by : undefined;
  return { ...DEFAULT_REPORT_OPTIONS, ...saved, through, by };
}

export type OptionsHandle = {
  readonly options: ReportOptions;
  readonly update: (patch: Partial<ReportOptions>) => void;
  readonly setRole: (header: string, role: RoleChoice) => void;
};

type Held = { readonly start: ReportOptions; readonly options: ReportOptions };

/** The user's options, starting from `start` and starting over whenever a new `start` arrives (a new read). */
export function useReportOptions(start: ReportOptions): OptionsHandle {
  const [held, setHeld] = React.useState<Held>({ start, options: start });
  // A new start replaces the options in this very render (React's "adjust state on a prop change").
  if (held.start !== start) setHeld({ start, options: start });
  const options = held.start === start ? held.options : start;
  const change = React.useCallback((f: (o: ReportOptions) => ReportOptions) => setHeld((h) => ({ ...h, options: f(h.options) })), []);
  const update = React.useCallback((patch: Partial<ReportOptions>) => change((o) => ({ ...o, ...patch })), [change]);
  const setRole = React.useCallback(
    (header: string, role: RoleChoice) => change((o) => ({ ...o, roles: { ...(o.roles ?? {}), [header]: role } })),
    [change],
  );
  return { options, update, setRole };
}
