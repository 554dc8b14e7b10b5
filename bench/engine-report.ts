/**
 * How the bench calls the engine (src/core/report, helper R): the default template (with
 * Motpart, as the generated ledger has it), broken down by Ansvar, for January–August 2025.
 * Also the cross-check of the engine's numbers against the typed-array baseline.
 */
import type { Ledger } from '../src/core/ledger/types';
import { buildReport } from '../src/core/report/build-report';
import { defaultTemplate } from '../src/core/report/default-template';
import type { ColumnId as ReportColumnId, LineValues, Report } from '../src/core/report/report-types';
import { COLUMNS, LINES, MONTHS, YEAR, type ColumnId } from './spec';
import { type Grouped } from './baseline-typed-loop';

const TEMPLATE = defaultTemplate(true);

export function engineReport(ledger: Ledger, by: string | undefined = 'Ansvar'): Report {
  return buildReport(ledger, TEMPLATE, {
    year: YEAR,
    throughMonth: MONTHS,
    forecast: 'remaining-budget',
    signs: 'income-negative',
    unit: 'tkr',
    ...(by !== undefined ? { by } : {}),
  });
}

/** Our column ids → the engine's. */
const REPORT_COLUMN: Readonly<Record<ColumnId, ReportColumnId>> = {
  budgetYear: 'budgetYear',
  budgetToDate: 'budgetPeriod',
  actualToDate: 'actualPeriod',
  actualPriorToDate: 'actualPriorPeriod',
};

export function reportValue(values: LineValues, column: ColumnId): number {
  return values[REPORT_COLUMN[column]] ?? Number.NaN;
}

export type Mismatch = { readonly block: string; readonly line: string; readonly column: ColumnId; readonly engine: number; readonly expected: number };

/**
 * Every spec line × column of every ansvar block (and the total) in the engine's report,
 * compared with the baseline (both in raw bookkeeping sign: the report asks for
 * 'income-negative'). Returns the mismatches (at most `limit`) and how many cells were compared.
 */
export function crossCheck(report: Report, baseline: Grouped, limit = 10): { compared: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let compared = 0;
  const check = (block: string, lines: Report['lines'], expectedOf: (line: number, column: number) => number): void => {
    LINES.forEach((spec, li) => {
      const line = lines.find((l) => l.id === spec.id);
      COLUMNS.forEach((column, ci) => {
        compared += 1;
        const engine = line ? reportValue(line.values, column) : Number.NaN;
        const expected = expectedOf(li, ci);
        if (!(Math.abs(engine - expected) <= 1e-6 * Math.max(1, Math.abs(expected))) && mismatches.length < limit) {
          mismatches.push({ block, line: spec.id, column, engine, expected });
        }
      });
    });
  };
  const G = baseline.groups.length;
  const C = COLUMNS.length;
  for (const block of report.breakdown?.blocks ?? []) {
    const k = baseline.groups.indexOf(block.key);
    check(block.key, block.lines, (li, ci) => (k < 0 ? Number.NaN : baseline.sums[(li * G + k) * C + ci]));
  }
  check('(total)', report.lines, (li, ci) => {
    let s = 0;
    for (let k = 0; k < G; k += 1) s += baseline.sums[(li * G + k) * C + ci];
    return s;
  });
  return { compared, mismatches };
}
