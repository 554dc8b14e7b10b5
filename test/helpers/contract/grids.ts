import { assignmentGrids, readAssignments, summarizeAssignments } from '../../../src/core/assignments';
import { goalGrid, judgeGoals, readGoalTable } from '../../../src/core/goals';
import type { ReportGrid } from '../../../src/core/grid';
import { reportGrid } from '../../../src/core/layout/report-grid';
import { buildReport } from '../../../src/core/report/build-report';
import { readTemplate } from '../../../src/core/report/read-template';
import type { Template } from '../../../src/core/report/template';
import { sampleGrid } from '../../fakes/office-sim/fixtures';
import { withManual } from '../../fixtures/goals/alingsas-data';
import { assignmentRows, header } from '../../fixtures/goals/assignments-data';
import { sheetOf, workbookOf } from '../../fixtures/goals/snapshot';
import { alingsasEntries, alingsasStructure } from '../../fixtures/report/alingsas';
import { buildLedger } from '../ledger-builder';

/**
 * The grids the contract suite renders through both adapters, each with the grid a refresh
 * writes over it: the Alingsås report with a breakdown per ansvar (report --by Ansvar; the
 * refresh drops ansvar 300, so rows move and one block's comments have no row any more), the
 * goal table with icon sets (the refresh has one row fewer, and a narrower second column whose
 * heading now wraps to two lines), the assignment table (one row more, and a frozen first
 * column), and a keyless report whose first column holds a label twice (comments matched by
 * label, the n-th duplicate to the n-th).
 */
export type Case = { readonly label: string; readonly grid: ReportGrid; readonly refreshed: ReportGrid };

const template = readTemplate({ sheets: [alingsasStructure()] }).template as Template;
const options = { forecast: 'manual', signs: 'costs-negative', unit: 'tkr', by: 'Ansvar' } as const;
/** Each account wholly in one of three ansvar (as test/unit/report-detail-table does). */
const entries = alingsasEntries().map((e) => ({ ...e, dims: { Ansvar: ['100', '200', '300'][Number(e.account) % 3] } }));

export function breakdownReport(): Case {
  const grid = reportGrid(buildReport(buildLedger(entries), template, options), { lang: 'sv' });
  const without300 = entries.filter((e) => e.dims.Ansvar !== '300');
  const refreshed = reportGrid(buildReport(buildLedger(without300), template, options), { lang: 'sv' });
  return { label: 'report with a breakdown per Ansvar', grid, refreshed };
}

export function goalTable(): Case {
  const grid = goalGrid(judgeGoals(readGoalTable(workbookOf(sheetOf('Mål', withManual()))).table!, {}), { lang: 'sv' });
  const widths = grid.columnWidths.map((w, j) => (j === 1 ? 8 : w));
  return { label: 'goal table with icon sets', grid, refreshed: { ...grid, rows: grid.rows.slice(0, grid.rows.length - 1), rowKeys: grid.rowKeys?.slice(0, grid.rows.length - 1), columnWidths: widths } };
}

export function assignmentTable(): Case {
  const grid = assignmentGrids(summarizeAssignments(readAssignments(workbookOf(sheetOf('Uppdrag', [header, ...assignmentRows()]))).items, { asOf: '2025-08-31' }), { lang: 'sv' })[0];
  // The refresh also freezes the first column (a later version's layout): both must show the new panes.
  const refreshed: ReportGrid = { ...grid, rows: [...grid.rows, [{ value: 'Ny rad' }]], rowKeys: grid.rowKeys ? [...grid.rowKeys, 'ny-rad'] : undefined, freeze: { rows: grid.freeze?.rows ?? 0, columns: 1 } };
  return { label: 'assignment table', grid, refreshed };
}

/** sampleGrid with "Personal" on rows 4 and 5 (sheet rows), no row keys: a block an earlier version wrote. */
export function keylessDuplicate(): Case {
  const g = sampleGrid();
  const rows = g.rows.map((r, i) => (i === 4 ? r.map((c, j) => (j === 0 ? { ...c, value: 'Personal' } : c)) : r));
  const grid: ReportGrid = { ...g, rows, rowKeys: undefined };
  return { label: 'keyless report with a label twice', grid, refreshed: grid };
}
