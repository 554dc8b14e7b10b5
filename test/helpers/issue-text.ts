import type { Issue } from '../../src/core/issue';
import type { Messages } from '../../src/core/i18n/render';
import { issueTexts } from '../../src/core/i18n/render';

/**
 * An issue's message in both languages, rendered as the pane and the CLI render it. A test that
 * looked for an issue and did not find one fails here, rather than reading text off undefined.
 */
export function said(issue: Issue | undefined): Messages {
  if (issue === undefined) throw new Error('no such issue');
  return issueTexts(issue);
}
