import type { SieRead } from '../sie';
import { HUVUDBOK_SHEET, withSieLines } from '../sie';
import { makeIssue } from '../issue';
import type { RunInvestmentsOptions, RunInvestmentsResult } from './run';
import { runInvestments } from './run';

/**
 * The investment table from an SIE file read with its fixed-asset accounts (readSie with
 * accounts 'fixed-assets'): the Huvudbok's Projekt column (#DIM 6) is the project, Utfall and
 * Budget the amounts, debit positive as an expenditure is. Rows without a project are named in
 * the investment reader's warning; a file whose fixed-asset rows carry no project at all says
 * so instead of asking for a header row the user never wrote. Issues name the SIE lines.
 */
export function runSieInvestments(fixedAssets: SieRead, options: RunInvestmentsOptions = {}): RunInvestmentsResult {
  if (fixedAssets.snapshot === null) return { ledger: null, report: null, grids: [], issues: fixedAssets.issues };
  const run = runInvestments(fixedAssets.snapshot, options);
  const issues = run.issues.map((i) => (i.code === 'investments.no-ledger' ? makeIssue('sie.fixed-assets-without-projects', 'error', undefined, { sheet: HUVUDBOK_SHEET }) : i));
  return { ...run, issues: withSieLines(issues, fixedAssets.lines) };
}
