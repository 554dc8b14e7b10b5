import type { Issue } from '../issue';
import { HUVUDBOK_SHEET } from './huvudbok';

/**
 * Issues the ledger reader or the report found on the Huvudbok sheet made from an SIE file
 * point at a cell of a sheet the user never saw: this adds the SIE line the row came from
 * (params.sieLine), which the rendered message says first ("SIE-filen rad 123: …", see
 * core/i18n/render.ts).
 */
function rowOf(address: string): number | null {
  const m = /^\$?[A-Z]{1,3}\$?(\d+)(?::|$)/.exec(address);
  return m ? Number(m[1]) - 1 : null;
}

export function sieLineOf(issue: Issue, lines: readonly number[]): number | null {
  if (issue.sheet !== HUVUDBOK_SHEET || issue.address === undefined) return null;
  const row = rowOf(issue.address);
  if (row === null || row < 1 || row >= lines.length) return null;
  return lines[row] || null;
}

export function withSieLines(issues: readonly Issue[], lines: readonly number[]): Issue[] {
  return issues.map((issue) => {
    // Already traced (the follow-up's investment section reads the file's fixed-asset rows, whose Huvudbok rows are others).
    if (issue.params.sieLine !== undefined) return issue;
    const line = sieLineOf(issue, lines);
    if (line === null) return issue;
    return { ...issue, params: { ...issue.params, sieLine: line } };
  });
}
