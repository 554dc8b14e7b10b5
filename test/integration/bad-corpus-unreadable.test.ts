/**
 * Files the add-in cannot read (not a workbook, encrypted, old .xls, damaged, a bomb, missing):
 * every command exits 2 with a plain Swedish (and, with --lang en, English) message that says
 * what to do, never a stack trace, within 30 s and bounded memory, and leaves the file alone.
 */
import { COMMANDS, checkCase, corpus, englishCommands } from '../fixtures/bad/check-case';

jest.setTimeout(90_000);

const unreadable = new Set(['text-renamed', 'csv-renamed', 'zero-bytes', 'encrypted', 'legacy-xls', 'legacy-renamed', 'truncated', 'zip-not-workbook', 'docx-renamed', 'corrupt-xml', 'missing', 'directory', 'billion-laughs', 'xxe', 'zero-sheets']);
const cases = corpus.cases.filter((c) => unreadable.has(c.id));

test('the unreadable part of the corpus is all there', () => {
  expect(cases.map((c) => c.id).sort()).toEqual([...unreadable].sort());
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
