/**
 * Workbooks as other programs save them (issue 11): a ledger saved by openpyxl with one cell
 * note, and one with a chart. exceljs refused both as damaged and showed its own exception
 * ("Cannot read properties of undefined (reading 'comments')" / "(reading 'anchors')"); they
 * must be read, validated and reported like any valid ledger. Every corpus case, in all four
 * suites, is also checked for internal exception text in what the user sees (check-case.ts).
 */
import { COMMANDS, checkCase, corpus, internalTextSigns } from '../fixtures/bad/check-case';

jest.setTimeout(90_000);

const IDS = ['openpyxl-note', 'openpyxl-chart'];
const cases = corpus.cases.filter((c) => IDS.includes(c.id));

test('both openpyxl files are committed corpus cases with a definite answer', () => {
  expect(cases.map((c) => [c.id, c.where])).toEqual([
    ['openpyxl-note', 'committed'],
    ['openpyxl-chart', 'committed'],
  ]);
  for (const c of cases) expect([c.expect.validate, c.expect.report].map((o) => o.map((x) => x.exit))).toEqual([[[0]], [[0]]]);
});

test('the internal-text check catches what the user saw in issue 11, and passes a plain message', () => {
  expect(internalTextSigns('Filen "a.xlsx" är skadad eller ofullständig och kan inte läsas (Cannot read properties of undefined (reading \'comments\')).')).not.toEqual([]);
  expect(internalTextSigns('… kan inte läsas (Cannot set properties of undefined (setting \'sheetNo\')).')).not.toEqual([]);
  expect(internalTextSigns('x is not a function')).not.toEqual([]);
  expect(internalTextSigns('Inga fel (0 varningar). Arbetsboken kan användas för rapporten.')).toEqual([]);
});

describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it.each(COMMANDS.map((cmd) => [cmd] as const))(`${c.what}: %s answers as expected`, async (cmd) => {
    const r = await checkCase(c, cmd, 'sv');
    expect({ problems: r.problems, run: r.transcript }).toEqual({ problems: [], run: r.transcript });
  });
  it.each([['validate'], ['report']] as const)('%s --lang en answers in English', async (cmd) => {
    const r = await checkCase(c, cmd, 'en');
    expect({ problems: r.problems, run: r.transcript }).toEqual({ problems: [], run: r.transcript });
  });
});
