import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';

/**
 * `investments` and `package` take an SIE file as `validate` and `report` do (by content): the
 * investment table from the fixed-asset accounts per project, the follow-up's drift from the
 * result accounts, and the sections an SIE file cannot hold skipped with the reason.
 *
 * investeringar-projekt.se (test/fixtures/sie-own, written by hand for this test), 2025:
 *   project 4101 on 1110: #TRANS 250 000,00 (jan) + 150 000,50 (feb) = 400 000,50; the −5 000
 *     on 1119 (ackumulerade avskrivningar) is no expenditure and is left out;
 *     #PBUDGET 300 000 (mar) + 300 000 (sep) = 600 000 for the year, 300 000 through april;
 *   project 4102 on 1220: #TRANS 80 000 (mar); #PBUDGET 100 000 (mar);
 *   5010 Lokalhyra 12 000 (apr) and 7830 Avskrivningar 5 000 (mar): result accounts, the drift table's.
 */
const OWN = join(__dirname, '..', 'fixtures', 'sie-own');
const SAMPLES = join(__dirname, '..', 'fixtures', 'sie');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

type Line = { id: string; label: string; values: Record<string, number> };
type Section = { id: string; status: string; sheets?: string[]; reason?: string };

jest.setTimeout(120_000);

describe('SIE files in investments and package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-sie-inv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copy = (from: string, name: string): string => {
    copyFileSync(join(from, name), join(dir, name));
    return join(dir, name);
  };

  it('investments reads the fixed-asset accounts per project, budget per month, and saves a new workbook', async () => {
    const input = copy(OWN, 'investeringar-projekt.se');
    const out = join(dir, 'inv.xlsx');
    const r = await run('investments', input, '--through', '2025-04', '--json', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { lines: Line[]; issues: { code: string }[] };
    const byId = new Map(json.lines.map((l) => [l.id, l.values]));
    // 4101: actual 400 000,50; budget 600 000; remaining-budget forecast 400 000,50 + (600 000 − 300 000) = 700 000,50.
    expect(byId.get('4101')).toMatchObject({ actualPeriod: 400000.5, budgetYear: 600000, forecastYear: 700000.5, varianceYear: -100000.5 });
    // 4102: actual 80 000; budget 100 000, all of it through March: forecast 80 000 + 0; variance 100 000 − 80 000.
    expect(byId.get('4102')).toMatchObject({ actualPeriod: 80000, budgetYear: 100000, forecastYear: 80000, varianceYear: 20000 });
    expect(json.issues.map((i) => i.code)).not.toContain('investments.no-ledger');
    // The projects' names come from the file's #OBJEKT 6 rows.
    expect(json.lines.map((l) => l.label)).toEqual(expect.arrayContaining(['4101 Ombyggnad skola Norra', '4102 Inventarier bibliotek']));
    const written = await readWorkbookFile(out);
    expect(written.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Huvudbok', 'Investeringar 2025-04']));
    // The Huvudbok of the new workbook holds the fixed-asset rows only: 1110 actuals jan and feb and
    // budgets mar and sep, 1220 actual and budget in mar; no 1119, 5010 or 7830.
    const book = written.sheets.find((s) => s.name === 'Huvudbok')!;
    expect(book.values.slice(1).map((row) => `${row[0]} ${row[2]}`)).toEqual(['1110 202501', '1110 202502', '1110 202503', '1110 202509', '1220 202503']);
  });

  it('investments on a real SIE sample whose fixed-asset rows have no project says so, and writes nothing', async () => {
    // typ4.se books inventory on 1220 without objects (lines 764–777, 1189, 1310 …).
    const input = copy(SAMPLES, 'typ4.se');
    const out = join(dir, 'typ4-inv.xlsx');
    const r = await run('investments', input, '--out', out, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { issues: { code: string }[] };
    expect(json.issues.map((i) => i.code)).toContain('sie.fixed-assets-without-projects');
    expect(existsSync(out)).toBe(false);
  });

  it('investments on an SIE file with year balances only says there are no fixed-asset amounts', async () => {
    // MAMUT_SIE1_EXPORT.SE is type 1: #IB/#UB/#RES, no movements on balance accounts.
    const input = copy(SAMPLES, 'MAMUT_SIE1_EXPORT.SE');
    const r = await run('investments', input, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(`${r.out}\n${r.err}`).toMatch(/no amounts on fixed-asset accounts/);
  });

  it('package makes drift and investments from an SIE file and skips what SIE cannot hold, with the reason', async () => {
    const input = copy(OWN, 'investeringar-projekt.se');
    const out = join(dir, 'pkg.xlsx');
    const r = await run('package', input, '--through', '2025-04', '--as-of', '2025-04-30', '--json', '--out', out);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as { sections: Section[] };
    const status = Object.fromEntries(json.sections.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ drift: 'written', investments: 'written', goals: 'skipped', assignments: 'skipped', personnel: 'skipped', measures: 'skipped' });
    for (const id of ['goals', 'assignments', 'personnel', 'measures']) expect(json.sections.find((s) => s.id === id)?.reason).toMatch(/SIE-fil/);
    const names = (await readWorkbookFile(out)).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Innehåll', 'Huvudbok', 'Rapport 2025-04', 'Investeringar 2025-04']));
  });

  it('package on a sample without projects on fixed assets still writes the drift and says why investments were skipped', async () => {
    const input = copy(SAMPLES, 'typ4.se');
    const out = join(dir, 'typ4-pkg.xlsx');
    const r = await run('package', input, '--as-of', '2012-12-31', '--json', '--out', out);
    const json = JSON.parse(r.out) as { sections: Section[] };
    expect(json.sections.find((s) => s.id === 'drift')?.status).toBe('written');
    expect(json.sections.find((s) => s.id === 'investments')?.reason).toMatch(/projekt/);
    expect(existsSync(out)).toBe(true);
  });

  it('package refuses --in-place for an SIE file (it has no sheets to add to)', async () => {
    const input = copy(OWN, 'investeringar-projekt.se');
    const r = await run('package', input, '--in-place', '--as-of', '2025-04-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/SIE-fil/);
  });
});
