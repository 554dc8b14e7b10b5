/**
 * The three cases too big to commit, generated into a temp folder here: a million rows,
 * 16 384 columns and a zip bomb (3 GiB of zeros in 3 MiB). Each command either handles the
 * file or refuses it as too large, within 30 s and with a bounded heap; never a crash.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMMANDS, checkCase, corpus } from '../fixtures/bad/check-case';

jest.setTimeout(120_000);

const cases = corpus.cases.filter((c) => c.where === 'test-time');
let dir = '';
let paths: Record<string, string> = {};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-bad-large-'));
  paths = await corpus.writeLargeCases(dir);
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the large cases are the three the README names', () => {
  expect(cases.map((c) => c.id).sort()).toEqual(['columns-16384', 'million-rows', 'zip-bomb']);
});

describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it.each(COMMANDS.map((cmd) => [cmd] as const))(`${c.what}: %s answers as expected`, async (cmd) => {
    const r = await checkCase(c, cmd, 'sv', paths);
    expect({ problems: r.problems, run: r.transcript }).toEqual({ problems: [], run: r.transcript });
  });
  it('validate --lang en answers in English', async () => {
    const r = await checkCase(c, 'validate', 'en', paths);
    expect({ problems: r.problems, run: r.transcript }).toEqual({ problems: [], run: r.transcript });
  });
});
