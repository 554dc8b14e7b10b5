/**
 * The CLI is one of the two edges where issues become words: its text output and its --json
 * output (the same fields as an Issue, in the same order, plus `message` in both languages).
 */
import { makeIssue } from '../../src/core/issue';
import { withSieLines } from '../../src/core/sie';
import { formatIssues, issueJson } from '../../src/cli/format-issues';

const bad = makeIssue('bad-account', 'error', { value: '5x10' }, { sheet: 'Huvudbok', address: 'A2' });
const SV = `Bladet 'Huvudbok', cell A2: kontot '5x10' är inte ett kontonummer. Skriv kontot med siffror, t.ex. 5110 eller "5110 Löner".`;
const EN = `Sheet 'Huvudbok', cell A2: the account '5x10' is not an account number. Write the account in digits, e.g. 5110 or "5110 Salaries".`;

describe('issues at the CLI edge', () => {
  it('--json keeps the fields of an Issue in order and adds the message in both languages', () => {
    expect(JSON.stringify(issueJson(bad))).toBe(
      JSON.stringify({ code: 'bad-account', severity: 'error', sheet: 'Huvudbok', address: 'A2', params: { value: '5x10', sheet: 'Huvudbok', address: 'A2' }, message: { sv: SV, en: EN } }),
    );
  });

  it('prints the message in the chosen language under its heading', () => {
    expect(formatIssues([bad], 'sv')).toBe(`Fel (1):\n  - ${SV}`);
    expect(formatIssues([bad], 'en')).toBe(`Errors (1):\n  - ${EN}`);
  });

  it('says the SIE line first for an issue traced back to an SIE file', () => {
    // lines[1] = 14: row 2 of the Huvudbok sheet came from line 14 of the SIE file.
    const traced = withSieLines([bad], [0, 14]);
    expect(issueJson(traced[0]).message.sv).toBe(`SIE-filen rad 14: ${SV}`);
    expect(issueJson(traced[0]).message.en).toBe(`SIE file line 14: ${EN}`);
  });
});
