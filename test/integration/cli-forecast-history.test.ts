import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// The ledger of test/unit/forecast-history.test.ts: income 3010 on budget (−100 000 a month);
// personnel 5010 budget 400 000 a month, actual 380 000 in Jan–Feb, 420 000 in Mar–Apr, 400 000
// after. Remaining-budget forecast of personnel: Feb 4 760 000, Apr 4 800 000, Aug 4 800 000.
const PERSONNEL = [380000, 380000, 420000, 420000, 400000, 400000, 400000, 400000, 400000, 400000, 400000, 400000];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-history-'));
const book = path.join(dir, 'huvudbok.xlsx');

beforeAll(async () => {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Huvudbok');
  ws.addRow(['Konto', 'Period', 'Utfall', 'Budget']);
  for (let m = 1; m <= 12; m++) {
    ws.addRow([3010, 202500 + m, -100000, -100000]);
    ws.addRow([5010, 202500 + m, PERSONNEL[m - 1], 400000]);
  }
  await wb.xlsx.writeFile(book);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(book);
  return wb;
}

/** The row of a label on a sheet, and the header row's texts. */
function find(wb: Workbook, sheet: string, label: string): { row: number; header: unknown[]; values: unknown[] } {
  const ws = wb.getWorksheet(sheet)!;
  let row = 0;
  ws.eachRow((r, i) => {
    if (r.getCell(1).value === label) row = i;
  });
  const plain = (v: unknown) => (v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v);
  return { row, header: (ws.getRow(4).values as unknown[]).slice(1), values: (ws.getRow(row).values as unknown[]).slice(1).map(plain) };
}

describe('forecast history through the CLI', () => {
  it('three monthly runs store three months; the third shows the previous forecast and says how it moved', async () => {
    for (const through of ['2025-02', '2025-04']) expect((await run('report', book, '--through', through, '--in-place')).code).toBe(0);
    const aug = await run('report', book, '--through', '2025-08', '--in-place', '--json');
    expect(aug.code).toBe(0);
    const json = JSON.parse(aug.out);
    expect(json.commentary.map((p: { text: string }) => p.text)).toContain(
      'Helårsprognosen för Verksamhetens nettokostnad är oförändrad jämfört med prognosen per april.',
    );
    const wb = await load();
    const history = wb.getWorksheet('Prognoshistorik')!;
    const months = new Set<number>();
    history.eachRow((r, i) => {
      if (i > 2 && r.getCell(5).value === 'personnel') months.add(Number(r.getCell(2).value));
    });
    expect([...months].sort((a, b) => a - b)).toEqual([2, 4, 8]);
    const apr = find(wb, 'Rapport 2025-04', 'Personalkostnader (inkl. PO)');
    // April against February: previous −4 760 000, change −40 000 (worse).
    expect(apr.header).toContain('Föregående prognos (februari)');
    const at = apr.header.indexOf('Föregående prognos (februari)');
    expect(apr.values[at]).toBe(-4760000);
    const aug8 = find(wb, 'Rapport 2025-08', 'Personalkostnader (inkl. PO)');
    expect(aug8.header).toContain('Föregående prognos (april)');
  }, 120_000);

  it('keeps the stored months when the report sheet is renamed and refreshed, and when a report is deleted', async () => {
    const wb = await load();
    // Renaming a sheet in Excel updates the names that point at it; deleting one drops its names.
    wb.getWorksheet('Rapport 2025-04')!.name = 'April (min)';
    wb.removeWorksheet(wb.getWorksheet('Rapport 2025-02')!.id);
    wb.definedNames.model = wb.definedNames.model
      .filter((n) => n.name !== 'KR_Rapport_2025_02')
      .map((n) => (n.name === 'KR_Rapport_2025_04' ? { ...n, ranges: n.ranges.map((r) => r.replace("'Rapport 2025-04'", "'April (min)'")) } : n));
    await wb.xlsx.writeFile(book);
    // The renamed April report is found by its name and refreshed where it is.
    const apr = await run('report', book, '--through', '2025-04', '--in-place', '--json');
    expect(apr.code).toBe(0);
    expect(JSON.parse(apr.out).commentary.map((p: { text: string }) => p.text)).toContain(
      'Helårsprognosen för Verksamhetens nettokostnad har försämrats med 40 tkr jämfört med prognosen per februari.',
    );
    const after = await load();
    expect(after.getWorksheet('Rapport 2025-04')).toBeUndefined();
    expect(find(after, 'April (min)', 'Personalkostnader (inkl. PO)').header).toContain('Föregående prognos (februari)');
  }, 120_000);

  it('says plainly when the history sheet was deleted, and starts it again', async () => {
    const wb = await load();
    wb.removeWorksheet(wb.getWorksheet('Prognoshistorik')!.id);
    await wb.xlsx.writeFile(book);
    const r = await run('report', book, '--through', '2025-08', '--in-place');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Prognoshistoriken (det dolda bladet Prognoshistorik) finns inte längre i arbetsboken');
    const after = await load();
    expect(after.getWorksheet('Prognoshistorik')).toBeDefined();
  }, 120_000);
});
