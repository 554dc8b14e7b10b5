import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { main } from '../../src/cli/main';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const ROOT = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-package-'));
const input = path.join(dir, 'uppfoljning.xlsx');

function copySheet(from: Worksheet, to: Worksheet): void {
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const t = to.getCell(r, c);
      t.value = cell.value;
      t.numFmt = cell.numFmt;
    });
  });
}

beforeAll(async () => {
  // One controller's workbook with every section: the example ledger, the Alingsås goal table,
  // an assignment list, sick leave per group and activity measures.
  const wb = new Workbook();
  const sources: [string, string][] = [
    [path.join(ROOT, 'examples', 'kommunstyrelsen-2025.xlsx'), 'Huvudbok'],
    [path.join(ROOT, 'test', 'fixtures', 'goals', 'alingsas-ks-2023-mal.xlsx'), 'Mål 2023'],
    [path.join(ROOT, 'test', 'fixtures', 'goals', 'uppdrag-2023.xlsx'), 'Uppdrag'],
  ];
  for (const [file, name] of sources) {
    const src = new Workbook();
    await src.xlsx.readFile(file);
    copySheet(src.getWorksheet(name)!, wb.addWorksheet(name));
  }
  const sick = wb.addWorksheet('Sjukfrånvaro');
  sick.addRow(['Grupp', 'År', 'Sjukfrånvaro timmar', 'Tillgänglig ordinarie arbetstid', 'Antal anställda']);
  sick.addRow(['Totalt', 2025, 3610, 100000, 125]);
  const m = wb.addWorksheet('Mått');
  m.addRow(['Mått', 2024, 2025]);
  m.addRow(['Besök i kontaktcenter', 16500, 18150]);
  await wb.xlsx.writeFile(input);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kommunrapport package', () => {
  const out = path.join(dir, 'ut.xlsx');

  it('inserts every section with data in report order after a contents sheet, and lists the skipped ones with the reason', async () => {
    const r = await run('package', input, '--out', out, '--as-of', '2025-08-31', '--through', '2025-08');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    // The five source sheets, then the contents sheet and the sections in report order.
    expect(names.slice(5)).toEqual(
      // The goal table's own sheet name, 'Mål 2023', is taken by the source sheet: the writer adds ' (2)'.
      expect.arrayContaining(['Innehåll', 'Rapport 2025-08', 'Rapport 2025-08 Ansvar', 'Prognoshistorik', 'Mål 2023 (2)', 'Uppdragssammanställning', 'Uppdrag avvikelser', 'Sjukfrånvaro 2025', 'Verksamhetsmått 2025']),
    );
    const order = ['Innehåll', 'Rapport 2025-08', 'Rapport 2025-08 Ansvar', 'Mål 2023 (2)', 'Uppdragssammanställning', 'Sjukfrånvaro 2025', 'Verksamhetsmått 2025'].map((n) => names.indexOf(n));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const contents = wb.getWorksheet('Innehåll')!;
    const rows = contents.getSheetValues().slice(4).map((row) => (Array.isArray(row) ? row.slice(1, 4) : []));
    expect(rows.map((x) => x[0])).toEqual([
      'Driftredovisning',
      'Driftredovisning per verksamhet',
      'Investeringar',
      'Mål och indikatorer',
      'Uppdrag och initiativ',
      'Personal: sjukfrånvaro',
      'Verksamhetsmått',
    ]);
    expect(rows[0][1]).toBe('Rapport 2025-08');
    // The contents names the sheet the goal table really went to.
    expect(rows[3][1]).toBe('Mål 2023 (2)');
    expect(String(rows[2][2])).toMatch(/^Överhoppat: /);
    expect(r.out).toContain("+ Driftredovisning: 'Rapport 2025-08'");
  }, 60_000);

  it('refreshes every sheet when run again on its output, keeping a Kommentar the controller wrote', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Rapport 2025-08')!;
    let personnelRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'Personalkostnader (inkl. PO)') personnelRow = r;
    });
    expect(personnelRow).toBeGreaterThan(0);
    const commentCol = ws.getRow(4).values as unknown[];
    const col = commentCol.indexOf('Kommentar');
    ws.getCell(personnelRow, col).value = 'Vakanser under våren.';
    await wb.xlsx.writeFile(out);
    const before = wb.worksheets.length;
    const r = await run('package', out, '--in-place', '--as-of', '2025-08-31', '--through', '2025-08');
    expect(r.code).toBe(0);
    const again = new Workbook();
    await again.xlsx.readFile(out);
    expect(again.worksheets.length).toBe(before);
    expect(again.getWorksheet('Rapport 2025-08')!.getCell(personnelRow, col).value).toBe('Vakanser under våren.');
  }, 60_000);
});
