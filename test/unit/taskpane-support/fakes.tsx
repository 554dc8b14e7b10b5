import * as React from 'react';
import { configure, render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReportGrid } from '../../../src/core/grid';
import type { ReportRef, Settings, WorkbookPort, WriteMode } from '../../../src/core/port';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { makeIssue, type Issue } from '../../../src/core/issue';
import type { Lang } from '../../../src/core/i18n/types';
import type { Engine, LedgerView, ReportOptions } from '../../../src/taskpane/engine-types';
import { LangProvider } from '../../../src/taskpane/lang';

// Role queries skip the per-element computed-style visibility check: with Fluent's many CSS rules
// jsdom makes it take seconds per query. Hidden tab panels are asserted explicitly instead.
configure({ defaultHidden: true });

/** An in-memory WorkbookPort that records what the pane asked of it. */
export type FakePort = WorkbookPort & {
  readonly writes: { grid: ReportGrid; mode: WriteMode }[];
  readonly selected: string[];
  settings: Settings;
  reports: ReportRef[];
  failWrite?: unknown;
};

export function fakePort(init: { reports?: ReportRef[]; settings?: Settings } = {}): FakePort {
  const port: FakePort = {
    kind: 'file',
    writes: [],
    selected: [],
    settings: init.settings ?? {},
    reports: init.reports ?? [],
    snapshot: async () => ({ sheets: [] }),
    writeGrid: async (grid, mode) => {
      if (port.failWrite !== undefined) throw port.failWrite;
      port.writes.push({ grid, mode });
      const ref = { name: grid.name, sheet: grid.sheetName, address: 'A1:C9' };
      if (!port.reports.some((r) => r.name === grid.name)) port.reports.push(ref);
      return ref;
    },
    listReports: async () => [...port.reports],
    selectCell: async (sheet, address) => {
      port.selected.push(`${sheet}!${address}`);
    },
    loadSettings: async () => port.settings,
    saveSettings: async (s) => {
      port.settings = s;
    },
  };
  return port;
}

export const ledger: LedgerView = {
  sheet: 'Huvudbok',
  range: 'A3:F40',
  columns: [
    { header: 'Konto', col: 0, role: 'account' },
    { header: 'Period', col: 1, role: 'period' },
    { header: 'Utfall', col: 2, role: 'actual' },
    { header: 'Budget', col: 3, role: 'budget' },
    { header: 'Ansvar', col: 4, role: 'dimension' },
    { header: 'Anteckning', col: 5, role: 'ignore' },
  ],
  years: [2024, 2025],
  rawSign: 'income-negative',
  lastActual: 202508,
  months: [202501, 202502, 202503, 202504, 202505, 202506, 202507, 202508],
  dimensions: ['Ansvar'],
};

/** A report grid of the engine's shape: amounts in kronor, tkr by a trailing-comma format. */
export function grid(options: ReportOptions): ReportGrid {
  const tkr = '#,##0,;-#,##0,';
  const m = String(options.through % 100).padStart(2, '0');
  return {
    name: `KR_Rapport_${Math.floor(options.through / 100)}_${m}`,
    sheetName: `Rapport ${Math.floor(options.through / 100)}-${m}`,
    columnWidths: [30, 12, 12],
    rows: [
      [{ value: 'Ekonomisk uppföljning', style: 'title' }],
      [{ value: 'Rad', style: 'header' }, { value: 'Budget helår', style: 'header' }, { value: 'Utfall perioden', style: 'header' }],
      [{ value: 'Verksamhetens intäkter', style: 'line' }, { value: 91867000, format: tkr }, { value: 56418000, format: tkr }],
      [{ value: 'Personalkostnader', style: 'line' }, { value: -109182000, format: tkr }, { value: -64523000, format: tkr }],
      [{ value: 'Verksamhetens nettokostnad', style: 'total' }, { formula: '=B3+B4', value: -17315000, format: tkr }, { formula: '=C3+C4', value: -8105000, format: tkr }],
    ],
  };
}

export type FakeEngineCalls = { report: ReportOptions[]; inspectRoles: unknown[] };

export function fakeEngine(over: { issues?: Issue[]; noLedger?: boolean } = {}): Engine & { calls: FakeEngineCalls } {
  const calls: FakeEngineCalls = { report: [], inspectRoles: [] };
  return {
    calls,
    inspect: (_s, roles) => {
      calls.inspectRoles.push(roles);
      const columns = ledger.columns.map((c) => ({ ...c, role: roles?.[c.header] ?? c.role }));
      return { ledger: over.noLedger ? null : { ...ledger, columns }, issues: over.issues ?? [] };
    },
    report: (_s, options) => {
      calls.report.push(options);
      return { grid: grid(options), grids: [grid(options)], issues: [] };
    },
    goals: () => ({
      found: true,
      goals: [
        { goal: 'Trygg kommun', status: 'HELT' },
        { goal: 'Hållbar ekonomi', status: 'EJ' },
      ],
      grids: [{ name: 'KR_Mal_2023', sheetName: 'Mål 2023', rows: [[{ value: 'Mål' }]], columnWidths: [20] }],
      issues: [],
    }),
    assignments: () => ({
      found: true,
      counts: [{ label: { sv: 'Slutförda', en: 'Finished' }, count: 4, tone: 'green' }],
      grids: [{ name: 'KR_Uppdrag', sheetName: 'Uppdrag', rows: [[{ value: 'Uppdrag' }]], columnWidths: [20] }],
      issues: [],
    }),
    followUp: () => ({
      sections: [
        { id: 'drift', title: { sv: 'Driftredovisning', en: 'Operating statement' }, kind: 'written', sheets: ['Rapport 2025-08'] },
        { id: 'investments', title: { sv: 'Investeringar', en: 'Investments' }, kind: 'skipped', reason: { sv: 'Ingen investeringsredovisning (Projekt med Utfall och Budget) hittades.', en: 'No investment ledger (Projekt with Utfall and Budget) was found.' } },
        { id: 'goals', title: { sv: 'Mål och indikatorer', en: 'Goals and indicators' }, kind: 'written', sheets: ['Mål 2023'] },
      ],
      grids: [
        { name: 'KR_Innehall', sheetName: 'Innehåll', rows: [[{ value: 'Innehåll' }]], columnWidths: [20] },
        grid({ through: 202508, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative' }),
        { name: 'KR_Mal_2023', sheetName: 'Mål 2023', rows: [[{ value: 'Mål' }]], columnWidths: [20] },
      ],
      issues: [],
    }),
    investments: () => ({
      found: true,
      unit: 'tkr',
      lines: [
        { id: 'expansion', label: 'Expansionsinvestering', type: 'group', budget: 27_050_000, forecast: 22_876_000, variance: 4_174_000 },
        { id: 'markinkop', label: 'Markinköp', type: 'line', budget: 2_000_000, forecast: 10_111_000, variance: -8_111_000 },
        { id: 'total', label: 'Totala utgifter', type: 'total', budget: 60_305_000, forecast: 53_376_000, variance: 6_929_000 },
      ],
      grids: [{ name: 'KR_Investeringar_2023_08', sheetName: 'Investeringar 2023-08', rows: [[{ value: 'Investeringar' }]], columnWidths: [20] }],
      issues: [],
    }),
  };
}

export const duplicateIssue = (): Issue => makeIssue('duplicate-rows', 'error', { count: 2, rows: '7, 9' }, { sheet: 'Huvudbok', address: 'B7' });

export function renderPane(ui: React.ReactElement, lang: Lang = 'sv'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial={lang}>{ui}</LangProvider>
    </FluentProvider>,
  );
}

export const emptySnapshot: WorkbookSnapshot = { sheets: [] };
