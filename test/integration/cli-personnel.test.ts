import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';
import { recalcSheetsToCsv } from '../helpers/libreoffice';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-personnel-'));
const input = path.join(dir, 'personal.xlsx');

beforeAll(async () => {
  const wb = new Workbook();
  // Per-group sick leave, two years (hours by hand: 3 660 of 100 000 = 3,66 % and 3 610 = 3,61 %).
  const sick = wb.addWorksheet('Sjukfrånvaro');
  sick.addRow(['Grupp', 'År', 'Sjukfrånvaro timmar', 'Dag 1–14', 'Dag 15–59', 'Dag 60–', 'Tillgänglig ordinarie arbetstid', 'Antal anställda']);
  sick.addRow(['Totalt', 2022, 3660, 1620, 330, 1710, 100000, 120]);
  sick.addRow(['Kvinnor', 2022, 3780, null, null, null, 100000, 70]);
  sick.addRow(['Män', 2022, 3520, null, null, null, 100000, 6]);
  sick.addRow(['Totalt', 2023, 3610, 1380, 630, 1600, 100000, 125]);
  sick.addRow(['Kvinnor', 2023, 3510, null, null, null, 100000, 72]);
  sick.addRow(['Män', 2023, 3800, null, null, null, 100000, 53]);
  const m = wb.addWorksheet('Mått');
  m.addRow(['Mått', 2022, 2023]);
  m.addRow(['Besök i kontaktcenter', 16500, 18150]);
  m.addRow(['varav digitala', 8000, null]);
  await wb.xlsx.writeFile(input);
});

/** LibreOffice's CSV shows a percent-formatted cell as "3.66%": back to the share. */
function share(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kommunrapport personnel and measures', () => {
  it('personnel --json gives the shares from hours, last year and the difference, and marks a suppressed group', async () => {
    const r = await run('personnel', input, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.years).toEqual([2022, 2023]);
    const total = json.rows.find((x: { id: string }) => x.id === 'total');
    expect(total.values['2022']).toBeCloseTo(0.0366, 12);
    expect(total.values['2023']).toBeCloseTo(0.0361, 12);
    expect(total.difference).toBeCloseTo(-0.0005, 12);
    // Six men in 2022: fewer than ten, so not reported, and no difference either.
    const men = json.rows.find((x: { id: string }) => x.id === 'men');
    expect(men.values['2022']).toBe('suppressed');
    expect(men.difference).toBeNull();
  });

  it('prints the table in Swedish with the difference in percentage points', async () => {
    const r = await run('personnel', input);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Total sjukfrånvaro\s+3,7 %\s+3,6 %\s+-0,05 %/);
    expect(r.out).toContain('* Redovisas inte: färre än 10 anställda i gruppen.');
  });

  it('writes both tables into a copy that LibreOffice recalculates to the hand-computed figures', async () => {
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    expect((await run('personnel', input, '--out', a)).code).toBe(0);
    expect((await run('measures', a, '--out', b)).code).toBe(0);
    const sheets = await recalcSheetsToCsv(b);
    const sick = sheets['Sjukfrånvaro 2023'];
    const totalRow = sick.find((r) => r[0] === 'Total sjukfrånvaro')!;
    // Differens = 0,0361 − 0,0366 = −0,0005, recalculated from the formula.
    expect(share(totalRow[3])).toBeCloseTo(-0.0005, 10);
    expect(share(totalRow[1])).toBeCloseTo(0.0366, 10);
    const measures = sheets['Verksamhetsmått 2023'];
    const visits = measures.find((r) => r[0] === 'Besök i kontaktcenter')!;
    // 18 150 − 16 500 = 1 650; 1 650 / 16 500 = 10 %.
    expect(visits.slice(1, 5).map(share)).toEqual([16500, 18150, 1650, 0.1]);
    const digital = measures.find((r) => r[0] === 'varav digitala')!;
    expect(digital.slice(1, 5)).toEqual(['8000', '', '', '']);
  }, 120_000);

  it('says which table is missing, with exit 1', async () => {
    const r = await run('measures', input, '--sheet', 'Sjukfrånvaro');
    expect(r.code).toBe(1);
    expect(r.out).toContain("Ingen tabell med verksamhetsmått hittades på bladet 'Sjukfrånvaro'");
  });
});
