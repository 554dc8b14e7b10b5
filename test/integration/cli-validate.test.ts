import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

/** `kommunrapport validate` on the golden fixtures: exit codes, messages, --json. */
const root = path.join(__dirname, '..', '..');
const fixture = (name: string): string => path.join(root, 'test', 'fixtures', 'ledger', name);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const code = await main(['validate', ...args], io);
  return { code, out, err };
}

describe('kommunrapport validate (in process)', () => {
  it('exits 1 and names the sheet when the ledger has no account column', async () => {
    const r = await run(fixture('error.missing-account.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Fel (1):');
    expect(r.out).toContain("Bladet 'Data'");
    expect(r.out).toContain('saknar en kolumn för konto');
  });

  it('exits 0 on a clean ledger and --json names the columns it found', async () => {
    const r = await run(fixture('clean-long.xlsx'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { ledger: { sheet: string; columns: Record<string, string>; rows: number }; issues: { code: string; severity: string }[] };
    expect(json.ledger.sheet).toBe('Huvudbok');
    expect(json.ledger.columns).toEqual({
      account: 'Konto',
      accountText: 'Kontotext',
      period: 'Period',
      'dimension:Ansvar': 'Ansvar',
      'dimension:Motpart': 'Motpart',
      actual: 'Utfall',
      budget: 'Budget',
    });
    expect(json.ledger.rows).toBe(12);
    expect(json.issues.every((i) => i.severity !== 'error')).toBe(true);
  });

  it('prints errors with their cells, grouped by severity, in English on request', async () => {
    const r = await run(fixture('error.excel-errors.xlsx'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Errors (3):');
    expect(r.out).toContain("Sheet 'Huvudbok', cell C3: the cell shows the error #REF!.");
    expect(r.out.indexOf('Errors')).toBeLessThan(r.out.indexOf('Information'));
  });

  it('reports accounts the report structure does not cover, with their actuals (hand sum 1 250 + 250 = 1 500)', async () => {
    const { Workbook } = await import('exceljs');
    const wb = new Workbook();
    const ws = wb.addWorksheet('Huvudbok');
    ws.addRows([
      ['Konto', 'Period', 'Utfall', 'Budget'],
      [3110, 202501, -500, -450],
      [5110, 202501, 1000, 1100],
      [9999, 202501, 1250, 0],
      [9998, 202502, 250, 0],
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-validate-'));
    const file = path.join(dir, 'okand.xlsx');
    try {
      await wb.xlsx.writeFile(file);
      const r = await run(file, '--json');
      const json = JSON.parse(r.out) as { issues: { code: string; address: string; count: number; params: Record<string, unknown> }[] };
      const uncovered = json.issues.filter((i) => i.code === 'uncovered-accounts');
      expect(uncovered).toHaveLength(1);
      expect(uncovered[0]).toMatchObject({ address: 'A4', count: 2, params: { accounts: '9999, 9998', amount: '1\u00a0500' } });
      const text = await run(file);
      expect(text.out).toContain('2 konton hör inte till någon rad i rapportstrukturen (9999, 9998) och bär tillsammans 1\u00a0500 kr i utfall');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts --period for an aggregated listing (the same year as its title)', async () => {
    const r = await run(fixture('aggregated.xlsx'), '--period', '2025-08', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { ledger: { years: number[] } }).ledger.years).toEqual([2024, 2025]);
  });

  it('picks the sheet given with --sheet and reports a sheet that does not exist', async () => {
    const ok = await run(fixture('dates-and-year-column.xlsx'), '--sheet', 'Datum', '--json');
    expect((JSON.parse(ok.out) as { ledger: { sheet: string } }).ledger.sheet).toBe('Datum');
    const missing = await run(fixture('clean-long.xlsx'), '--sheet', 'Finns inte');
    expect(missing.code).toBe(1);
    expect(missing.out).toContain("Bladet 'Finns inte' finns inte");
  });

  it('exits 2 without a stack trace for a missing file, an unknown flag or no file', async () => {
    const gone = await run(fixture('finns-inte.xlsx'));
    expect(gone.code).toBe(2);
    expect(gone.err).toContain('finns inte');
    expect(gone.err).not.toMatch(/\bat .*\.ts:\d+/);
    const flag = await run(fixture('clean-long.xlsx'), '--bogus');
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('Okänd flagga "--bogus"');
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.err).toContain('Ange arbetsboken');
    const period = await run(fixture('clean-long.xlsx'), '--period', 'sommaren');
    expect(period.code).toBe(2);
  });
});

describe('kommunrapport validate (compiled launcher)', () => {
  // Build lib/ when it is missing or older than the sources (CI builds it just before jest).
  beforeAll(() => {
    const built = path.join(root, 'lib', 'cli', 'main.js');
    const newest = (dir: string): number =>
      fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
        const p = path.join(dir, e.name);
        return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
      }, 0);
    const sources = Math.max(...['src/cli', 'src/core', 'src/io/xlsx'].map((d) => newest(path.join(root, d))));
    if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
    const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, encoding: 'utf8' });
    // Type errors elsewhere still emit; only a failure to run is fatal.
    if (tsc.error) throw tsc.error;
  }, 240_000);

  const launch = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'kommunrapport.js'), 'validate', ...args], { cwd: root, encoding: 'utf8' });

  it('exits 1 naming the sheet for a ledger without an account column', () => {
    const r = launch(fixture('error.missing-account.xlsx'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Bladet 'Data'");
  });

  it('exits 0 on a clean ledger with --json', () => {
    const r = launch(fixture('clean-long.xlsx'), '--json', '--lang', 'en');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { ledger: { columns: Record<string, string> } }).ledger.columns.account).toBe('Konto');
  });
});
