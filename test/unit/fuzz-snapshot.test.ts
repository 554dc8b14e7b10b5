/**
 * Whole random workbooks (one to three small sheets, ragged rows, hostile cells, random hidden
 * rows, merges and visibility) through every reader and the report: nothing throws, every
 * issue is well-formed with a catalogued message, and no grid cell ever carries user text as
 * a formula.
 */
import { isIssueCode } from '../../src/core/i18n/catalog';
import fc from 'fast-check';
import { validateWorkbook } from '../../src/core/validate';
import { runReport } from '../../src/core/report/run-report';
import { readGoalTable, judgeGoals, goalGrid } from '../../src/core/goals';
import { readAssignments } from '../../src/core/assignments/read';
import { summarizeAssignments } from '../../src/core/assignments/summarize';
import { parseRangeA1 } from '../../src/core/address';
import type { Issue } from '../../src/core/issue';
import type { ReportGrid } from '../../src/core/grid';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { snapshotArb } from '../fixtures/bad/arbitraries';
import { said } from '../helpers/issue-text';

const RUNS = { numRuns: 10_000 };
jest.setTimeout(60_000);
const SEVERITIES = ['error', 'warning', 'info'];

/** What is wrong with an issue ('' when nothing). */
function issueProblem(i: Issue, snapshot: WorkbookSnapshot): string {
  if (!isIssueCode(i.code)) return `code ${String(i.code)} is not in the catalog`;
  if (!SEVERITIES.includes(i.severity)) return `severity ${String(i.severity)}`;
  const userText = [...snapshot.sheets.map((s) => s.name), ...snapshot.sheets.flatMap((s) => s.values.flat().filter((v): v is string => typeof v === 'string'))]
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
  for (const lang of ['sv', 'en'] as const) {
    const m = said(i)[lang];
    // Leave out what the user wrote, then look for what a program printed by mistake.
    const own = userText.reduce((text, t) => text.split(t).join(' '), m);
    if (typeof m !== 'string' || m.trim() === '') return `empty ${lang} message for ${i.code}`;
    if (/^(Okänt problem|Unknown problem) \(/.test(m)) return `code ${i.code} has no catalogue entry`;
    const slip = /\bundefined\b|\bNaN\b|\[object Object\]/.exec(own);
    if (slip) return `${lang} message of ${i.code} shows "${slip[0]}": ${m}`;
  }
  if (i.sheet !== undefined && !snapshot.sheets.some((s) => s.name === i.sheet)) return `${i.code} names sheet "${i.sheet}" that is not in the workbook`;
  if (i.address !== undefined && parseRangeA1(i.address) === null) return `${i.code} has address "${i.address}"`;
  return '';
}

/** Grid cells whose formula carries user-data text (a hostile formula from the arbitraries). */
function injected(grid: ReportGrid): string[] {
  const out: string[] = [];
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.formula !== undefined && /HYPERLINK|cmd\||@SUM|\+1\+1|-2\+3/i.test(cell.formula)) out.push(`R${r}C${c}: ${cell.formula}`);
    }),
  );
  return out;
}

function check(issues: readonly Issue[], snapshot: WorkbookSnapshot): void {
  const bad = issues.map((i) => issueProblem(i, snapshot)).filter((p) => p !== '');
  expect(bad).toEqual([]);
}

describe('random workbooks', () => {
  it('validateWorkbook never throws and gives well-formed issues', () => {
    fc.assert(
      fc.property(snapshotArb, fc.option(fc.integer({ min: 1890, max: 3100 }), { nil: undefined }), (snapshot, reportYear) => {
        const v = validateWorkbook(snapshot, reportYear === undefined ? {} : { reportYear });
        check(v.issues, snapshot);
      }),
      RUNS,
    );
  });

  it('runReport never throws, gives well-formed issues, and writes no user text as a formula', () => {
    const options = fc.record(
      {
        lang: fc.constantFrom<'sv' | 'en'>('sv', 'en'),
        forecast: fc.constantFrom<'linear' | 'remaining-budget' | 'budget-ratio' | 'prior-year-profile' | 'manual'>('linear', 'remaining-budget', 'budget-ratio', 'prior-year-profile', 'manual'),
        signs: fc.constantFrom<'costs-negative' | 'income-negative'>('costs-negative', 'income-negative'),
        unit: fc.constantFrom<'kr' | 'tkr' | 'mnkr'>('kr', 'tkr', 'mnkr'),
        throughMonth: fc.integer({ min: 0, max: 13 }),
        by: fc.constantFrom('Ansvar', 'Verksamhet', 'Okänd'),
        title: fc.constantFrom('=HYPERLINK("http://evil.example","x")', 'Rapport'),
      },
      { requiredKeys: ['lang'] },
    );
    fc.assert(
      fc.property(snapshotArb, options, (snapshot, opts) => {
        const r = runReport(snapshot, opts);
        check(r.issues, snapshot);
        expect(r.grids.flatMap(injected)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the goal and assignment paths never throw and give well-formed issues', () => {
    fc.assert(
      fc.property(snapshotArb, fc.constantFrom<'sv' | 'en'>('sv', 'en'), (snapshot, lang) => {
        const goals = readGoalTable(snapshot);
        check(goals.issues, snapshot);
        if (goals.table) {
          const report = judgeGoals(goals.table);
          expect(injected(goalGrid(report, { lang }))).toEqual([]);
        }
        const assignments = readAssignments(snapshot);
        check(assignments.issues, snapshot);
        const summary = summarizeAssignments(assignments.items, { asOf: '2025-08-31' });
        check(summary.issues, snapshot);
      }),
      RUNS,
    );
  });
});
