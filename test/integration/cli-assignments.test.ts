import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';

const FIX = path.join(__dirname, '..', 'fixtures', 'goals');
const UPPDRAG = path.join(FIX, 'uppdrag-2023.xlsx');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kommunrapport assignments', () => {
  it('--json gives the matrix, deviations and flags (hand-counted), exit 0', async () => {
    const r = await run('assignments', UPPDRAG, '--as-of', '2023-08-31', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['matrix', 'deviations', 'flags']));
    expect(json.matrix[0]).toEqual({ type: 'Uppdrag', status: 'Ej påbörjad', onPlan: 0, deviating: 1, unspecified: 0, total: 1 });
    expect(json.matrix.reduce((a: number, m: { total: number }) => a + m.total, 0)).toBe(10);
    expect(json.deviations.map((d: { type: string }) => d.type)).toEqual(['Uppdrag', 'Nämndinitiativ']);
    expect(json.flags).toEqual([
      {
        type: 'Uppdrag',
        title: 'Införa språkkrav och tillhörande obligatorisk språkutbildning för all kommunal välfärdspersonal',
        status: 'Påbörjad',
        end: '2023-06-30',
        sheet: 'Uppdrag',
        address: 'G7',
      },
    ]);
  });

  it('prints the matrix and the flag as text', async () => {
    const r = await run('assignments', UPPDRAG, '--as-of', '2023-08-31');
    expect(r.out).toMatch(/Totalt\s+8\s+2\s+0\s+10/);
    expect(r.out).toContain('Slutdatum passerat men markerade Enligt plan (1)');
    const en = await run('assignments', UPPDRAG, '--as-of', '2023-08-31', '--lang', 'en');
    expect(en.out).toMatch(/Total\s+8\s+2\s+0\s+10/);
  });

  it('exit 2 on a bad --as-of or an unreadable file, 1 when there is no list', async () => {
    expect((await run('assignments', UPPDRAG, '--as-of', '31/08/2023')).code).toBe(2);
    expect((await run('assignments', path.join(FIX, 'finns-inte.xlsx'))).code).toBe(2);
    const none = await run('assignments', path.join(FIX, 'alingsas-ks-2023-mal.xlsx'), '--json');
    expect(none.code).toBe(1);
    expect(JSON.parse(none.out).issues.map((i: { code: string }) => i.code)).toEqual(['assign.no-table']);
  });

  it('--out writes the matrix with live SUM totals and the deviation table into a copy', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-uppdrag-'));
    const out = path.join(dir, 'ut.xlsx');
    expect((await run('assignments', UPPDRAG, '--as-of', '2023-08-31', '--out', out)).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    // The source sheet keeps its name; the summary sheets have their own, so none is renamed "(2)".
    expect(names).toEqual(expect.arrayContaining(['Uppdrag', 'Uppdragssammanställning', 'Uppdrag avvikelser']));
    expect(names.filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
    const matrix = wb.getWorksheet('Uppdragssammanställning')!;
    const formulas: string[] = [];
    matrix.eachRow((row) => row.eachCell((c) => { if (c.formula) formulas.push(c.formula); }));
    expect(formulas).toEqual(expect.arrayContaining(['SUM(E4:E9)']));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
