/**
 * The CLI never overwrites its input unless --in-place is given, writes through a temporary
 * file it renames (no half-written or stray files left), and keeps every source cell.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeRun, runCli, stackTraceSigns } from '../helpers/run-cli';
import { hostileWorkbook, sheetCells } from '../fixtures/bad/hostile-workbook';

jest.setTimeout(90_000);

const sha = (f: string): string => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
let dir = '';
let input = '';

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-lost-'));
  input = path.join(dir, 'huvudbok.xlsx');
  fs.writeFileSync(input, await hostileWorkbook());
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function sourceKeys(file: string): string[] {
  const cells = sheetCells(fs.readFileSync(file));
  return ['Huvudbok', 'Rapportstruktur', 'Mål', 'Uppdrag'].flatMap((s) => (cells.get(s) ?? []).map((c) => JSON.stringify([s, c.ref, c.formula, c.text ?? c.raw])));
}

it.each(['report', 'goals', 'assignments'])('%s --out leaves the input byte for byte and no stray files', async (cmd) => {
  const before = sha(input);
  const out = path.join(dir, 'ut.xlsx');
  const run = await runCli([cmd, input, '--out', out]);
  expect({ code: run.code, signs: stackTraceSigns(run) }).toEqual({ code: 0, signs: [] });
  expect(sha(input)).toBe(before);
  expect(fs.readdirSync(dir).sort()).toEqual(['huvudbok.xlsx', 'ut.xlsx']);
  expect(sourceKeys(out)).toEqual(sourceKeys(input));
});

it('report without --out writes a new file beside the input and leaves the input alone', async () => {
  const before = sha(input);
  const run = await runCli(['report', input]);
  expect(run.code).toBe(0);
  expect(sha(input)).toBe(before);
  expect(fs.readdirSync(dir).length).toBe(2);
});

it('report --out <the input itself> without --in-place is refused and the input is untouched', async () => {
  const before = sha(input);
  const run = await runCli(['report', input, '--out', input]);
  expect({ code: run.code, signs: stackTraceSigns(run) }).toEqual({ code: 2, signs: [] });
  expect(run.output).toMatch(/--in-place|skriva över|samma som indatafilen/i);
  expect(sha(input)).toBe(before);
});

it('report --in-place adds the report to the input and keeps every source cell', async () => {
  const keys = sourceKeys(input);
  const run = await runCli(['report', input, '--in-place']);
  expect({ code: run.code, run: describeRun(['report', input, '--in-place'], run) }).toEqual({ code: 0, run: expect.any(String) });
  const after = sheetCells(fs.readFileSync(input));
  expect(after.size).toBeGreaterThan(4);
  expect(sourceKeys(input)).toEqual(keys);
  expect(fs.readdirSync(dir)).toEqual(['huvudbok.xlsx']);
});
