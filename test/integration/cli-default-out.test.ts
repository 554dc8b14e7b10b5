import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

// A macro workbook's copy is a macro package: Excel opens it only under .xlsm, so every command's
// default output name keeps the extension (report, package and investments alike).
describe('default output names of a macro workbook', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-out-'));
  const input = path.join(dir, 'bok.xlsm');
  fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'bad', 'macro-enabled.xlsm'), input);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (...argv: string[]) => main(argv, { out: () => undefined, err: () => undefined });

  it.each([
    ['report', 'bok-rapport.xlsm', []],
    ['package', 'bok-uppfoljning.xlsm', ['--as-of', '2025-08-31']],
  ])('%s writes %s', async (cmd, name, extra) => {
    expect(await run(cmd, input, ...extra)).toBe(0);
    expect(fs.existsSync(path.join(dir, name))).toBe(true);
  });

  it('copyPath, which investments uses too, keeps .xlsm for a macro workbook and gives .xlsx for an SIE file', async () => {
    const { copyPath } = await import('../../src/cli/command-kit');
    expect(copyPath(input, 'investeringar')).toBe(path.join(dir, 'bok-investeringar.xlsm'));
    expect(copyPath(path.join(dir, 'bok.se'), 'rapport')).toBe(path.join(dir, 'bok-rapport.xlsx'));
  });
});
