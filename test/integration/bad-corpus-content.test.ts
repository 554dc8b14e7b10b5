/**
 * Readable workbooks with broken or odd content (no table, header in row 48, merged headers,
 * hidden rows and sheets, text numbers, error values, impossible periods, hostile labels...):
 * each command answers with the exit code and message its case in test/fixtures/bad/cases.json
 * names, never a stack trace, within 30 s and bounded memory, and leaves the file alone.
 */
import { COMMANDS, checkCase, corpus, englishCommands } from '../fixtures/bad/check-case';

jest.setTimeout(90_000);

const unreadable = new Set(['text-renamed', 'csv-renamed', 'zero-bytes', 'encrypted', 'legacy-xls', 'legacy-renamed', 'truncated', 'zip-not-workbook', 'docx-renamed', 'corrupt-xml', 'missing', 'directory', 'billion-laughs', 'xxe', 'zero-sheets']);
/** The openpyxl-made files have their own suite (bad-corpus-producers.test.ts). */
const producers = new Set(['openpyxl-note', 'openpyxl-chart']);
const cases = corpus.cases.filter((c) => !unreadable.has(c.id) && !producers.has(c.id) && c.where === 'committed');

test('the corpus holds at least 40 cases', () => {
  expect(corpus.cases.length).toBeGreaterThanOrEqual(40);
});

describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it.each(COMMANDS.map((cmd) => [cmd] as const))(`${c.what}: %s answers as expected`, async (cmd) => {
    const r = await checkCase(c, cmd, 'sv');
    expect({ problems: r.problems, run: r.transcript }).toEqual({ problems: [], run: r.transcript });
  });
  it.each(englishCommands(c).map((cmd) => [cmd] as const))('%s --lang en answers in English', async (cmd) => {
    const r = await checkCase(c, cmd, 'en');
    expect({ problems: r.problems, run: r.transcript }).toEqual({ problems: [], run: r.transcript });
  });
});
