import type { Issue, Severity } from '../core/issue';
import type { Lang } from '../core/i18n/types';
import { quoteSheet } from '../core/address';
import type { Messages } from '../core/i18n/render';
import { issueText, issueTexts } from '../core/i18n/render';

/**
 * Issues as the CLI prints them: grouped under Fel / Varningar / Information, each line with
 * its place (Huvudbok!C17) and the message in the chosen language. Every command uses it.
 */
const HEADINGS: Readonly<Record<Severity, { readonly sv: string; readonly en: string }>> = {
  error: { sv: 'Fel', en: 'Errors' },
  warning: { sv: 'Varningar', en: 'Warnings' },
  info: { sv: 'Information', en: 'Information' },
};

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** "Huvudbok!C17", "'Budget 2025'!A3:F9", "Huvudbok", or '' when the issue has no place. */
export function issuePlace(issue: Issue): string {
  if (issue.sheet === undefined) return issue.address ?? '';
  return issue.address === undefined ? issue.sheet : `${quoteSheet(issue.sheet)}!${issue.address}`;
}

export function formatIssues(issues: readonly Issue[], lang: Lang): string {
  if (issues.length === 0) return lang === 'sv' ? 'Inga problem hittades.' : 'No problems found.';
  const blocks: string[] = [];
  for (const severity of ORDER) {
    const these = issues.filter((i) => i.severity === severity);
    if (these.length === 0) continue;
    const lines = these.map((i) => {
      const text = issueText(i, lang);
      // Messages name their sheet and cell already; the place is added only when one does not.
      const named = i.address !== undefined ? text.includes(i.address) : i.sheet === undefined || text.includes(i.sheet);
      const where = issuePlace(i);
      return `  - ${named || !where ? '' : `[${where}] `}${text}`;
    });
    blocks.push(`${HEADINGS[severity][lang]} (${these.length}):\n${lines.join('\n')}`);
  }
  return blocks.join('\n\n');
}

/** An issue as the --json output has it: its fields and its message in both languages. */
export type IssueJson = Issue & { readonly message: Messages };

export function issueJson(issue: Issue): IssueJson {
  return { ...issue, message: issueTexts(issue) };
}

export function issuesJson(issues: readonly Issue[]): IssueJson[] {
  return issues.map(issueJson);
}

/** The last line: how many errors and warnings, and what that means. */
export function verdict(issues: readonly Issue[], lang: Lang): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if (lang === 'sv') {
    return errors > 0
      ? `${errors} fel och ${warnings} varningar. Rätta felen i arbetsboken och kör kontrollen igen.`
      : `Inga fel (${warnings} varningar). Arbetsboken kan användas för rapporten.`;
  }
  return errors > 0
    ? `${errors} errors and ${warnings} warnings. Fix the errors in the workbook and run the check again.`
    : `No errors (${warnings} warnings). The workbook can be used for the report.`;
}
