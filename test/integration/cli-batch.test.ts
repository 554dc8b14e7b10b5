import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../../src/cli/commands/report';
import type { CliIo } from '../../src/cli/io';

/** `report a.xlsx b.se c.xlsx …` and `report <folder>`: one report per input, past bad files, worst exit code. */
const FIX = join(__dirname, '..', 'fixtures');

function capture(): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out: () => out.join('\n'), err: () => err.join('\n') };
}

jest.setTimeout(120_000);

describe('kommunrapport report on many files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-batch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (from: string, name: string, sub = ''): string => {
    mkdirSync(join(dir, sub), { recursive: true });
    copyFileSync(join(FIX, from), join(dir, sub, name));
    return join(dir, sub, name);
  };

  it('a workbook, an SIE file, a broken workbook and an HTML page: reports for the good ones, exit 2', async () => {
    const a = put('ledger/clean-long.xlsx', 'a.xlsx');
    const b = put('sie/typ4.se', 'b.se');
    const bad = put('ledger/error.missing-account.xlsx', 'c.xlsx');
    const html = put('sie/BokSald.SE', 'd.se');
    const c = capture();
    const code = await reportCommand.run([a, b, bad, html, '--jobs', '2'], c.io);
    expect(code).toBe(2); // the worst: d.se is unreadable (2), c.xlsx has errors (1)
    expect(existsSync(join(dir, 'a-rapport.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'b-rapport.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'c-rapport.xlsx'))).toBe(false);
    const lines = c.out().split('\n').filter((l) => /^(KLAR|FEL)/.test(l)).sort();
    expect(lines.length).toBe(4);
    expect(lines[0]).toMatch(/^FEL {3}c\.xlsx \(slutkod 1\): .*konto/);
    expect(lines[1]).toMatch(/^FEL {3}d\.se \(slutkod 2\): .*ingen SIE-fil/);
    expect(lines[2]).toContain('KLAR  a.xlsx');
    expect(lines[3]).toContain('KLAR  b.se');
    expect(c.out()).toContain('4 filer: 2 klara, 2 med fel.');
  });

  it('a folder gives its workbooks and SIE files but not the reports written beside them; exit 0 when all are fine', async () => {
    put('ledger/clean-long.xlsx', 'x.xlsx', 'folder');
    put('sie/periodsaldo_ovnbolag.se', 'y.se', 'folder');
    const first = capture();
    expect(await reportCommand.run([join(dir, 'folder')], first.io)).toBe(0);
    const again = capture();
    expect(await reportCommand.run([join(dir, 'folder'), '--lang', 'en'], again.io)).toBe(0);
    expect(again.out()).toContain('2 files: 2 done, 0 with errors.');
  });

  it('--out with several files is a usage error; so is a bad --jobs', async () => {
    const a = put('ledger/clean-long.xlsx', 'e.xlsx');
    expect(await reportCommand.run([a, a, '--out', join(dir, 'x.xlsx')], capture().io)).toBe(2);
    expect(await reportCommand.run([a, a, '--jobs', '0'], capture().io)).toBe(2);
  });
});
