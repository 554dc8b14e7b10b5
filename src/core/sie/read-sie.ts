import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { ParamsOf } from '../i18n/catalog';
import type { WorkbookSnapshot } from '../snapshot';
import type { RoleOverrides } from '../ledger/find-table';
import type { SieCode, SieFile, SieProblem } from './model';
import { sieProblem } from './model';
import { parseSie } from './parse';
import { crossChecks } from './checks';
import type { RowOptions, Source } from './ledger-rows';
import { sieLedgerRows } from './ledger-rows';
import { huvudbok } from './huvudbok';
import { fixedAssetSheet } from './fixed-asset-sheet';

/**
 * An SIE file (bytes) → a workbook snapshot with one long-form `Huvudbok` sheet that the
 * ledger reader turns into the same Ledger a workbook gives, plus the issues, each with the
 * SIE line it is about. Pure: no Node, no clock; never throws on any input.
 */
export type SieRead = {
  readonly file: SieFile;
  /** Null when the file is not SIE or holds no amounts for the ledger. */
  readonly snapshot: WorkbookSnapshot | null;
  /** Pass to the ledger reader (`roles`): the dimension columns by their #DIM names. */
  readonly roles: RoleOverrides;
  /** Per 0-based Huvudbok row: the SIE line it came from (0 for the header). */
  readonly lines: readonly number[];
  readonly source: Source;
  readonly issues: Issue[];
};

function toIssue(p: SieProblem): Issue {
  // Each problem's params are its code's (SieProblem); the union of codes needs the one cast.
  return makeIssue(p.code, p.severity, p.params as ParamsOf<SieCode>);
}

function yearNotes(file: SieFile): SieProblem[] {
  const out: SieProblem[] = [];
  for (const y of file.years.values()) {
    const startsJan1 = y.start % 10000 === 101;
    const endsDec31 = y.end % 10000 === 1231;
    if (startsJan1 && endsDec31 && Math.floor(y.start / 10000) === Math.floor(y.end / 10000)) continue;
    out.push({ code: 'sie.broken-year', severity: 'info', line: y.line, params: { line: y.line, index: y.index, start: y.start, end: y.end } });
  }
  return out;
}

export function readSie(bytes: Uint8Array, options: RowOptions = {}): SieRead {
  return sieFileLedger(parseSie(bytes), options);
}

/** The ledger of a parsed file: another choice of accounts (the investments' fixed assets) without parsing the bytes again. */
export function sieFileLedger(file: SieFile, options: RowOptions = {}): SieRead {
  const empty = { file, snapshot: null, roles: {}, lines: [], source: 'none' as Source };
  if (file.problems.some((p) => p.code === 'sie.not-sie')) return { ...empty, issues: file.problems.map(toIssue) };
  const built = sieLedgerRows(file, options);
  const problems: SieProblem[] = [...file.problems, ...crossChecks(file), ...built.problems, ...yearNotes(file)];
  if (built.rows.length === 0) {
    if (options.accounts === 'fixed-assets') problems.push(sieProblem('sie.no-fixed-assets', 1, {}, 'error'));
    else problems.push(sieProblem('sie.no-amounts', 1, { accounts: options.accounts === 'all' ? 'all' : 'result' }, 'error'));
  } else {
    const first = built.rows[0].line;
    problems.push({ code: 'sie.source', severity: 'info', line: first, params: { line: first, source: built.source, rows: built.rows.length } });
  }
  problems.sort((a, b) => a.line - b.line);
  const issues = problems.map(toIssue);
  if (built.rows.length === 0) return { ...empty, source: built.source, issues };
  const book = huvudbok(file, built.rows);
  const sheet = options.accounts === 'fixed-assets' ? fixedAssetSheet(file, book) : book.sheet;
  return { file, snapshot: { sheets: [sheet] }, roles: book.roles, lines: book.lines, source: built.source, issues };
}
