import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { investmentsCommand } from '../../src/cli/commands/investments';
import type { CliIo } from '../../src/cli/io';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { recalcSheetsToCsv } from '../helpers/libreoffice';
import { alingsasWorkbook, ORDER, PUBLISHED } from '../fixtures/investments/alingsas';

/**
 * `kommunrapport investments` on a real .xlsx file: the JSON reproduces the Alingsås table, and
 * the written table, recalculated by LibreOffice (one conversion), shows the published figures
 * from its live SUM and difference formulas. CI installs soffice; no skipping.
 */
jest.setTimeout(240_000);

function capture(): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out: () => out.join('\n'), err: () => err.join('\n') };
}

async function writeXlsx(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  const wb = new Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row) => ws.addRow(row.map((v) => (v === null || typeof v === 'object' ? null : v))));
  }
  await wb.xlsx.writeFile(file);
}

const tkr = (kr: number) => Math.round(kr / 1000) + 0;

describe('kommunrapport investments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-cli-inv-'));
  const input = join(dir, 'alingsas.xlsx');
  const out = join(dir, 'ut.xlsx');
  let json: { year: number; through: string; lines: { id: string; label: string; level: number; type: string; values: Record<string, number> }[]; issues: unknown[] };
  let code = -1;

  beforeAll(async () => {
    await writeXlsx(alingsasWorkbook(), input);
    const c = capture();
    code = await investmentsCommand.run([input, '--json', '--out', out], c.io);
    json = JSON.parse(c.out());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the documented JSON and reproduces every published cell to the tkr', () => {
    expect(code).toBe(0);
    expect([json.year, json.through, json.issues]).toEqual([2023, '2023-08', []]);
    for (const l of json.lines) expect(Object.keys(l)).toEqual(['id', 'label', 'level', 'type', 'values']);
    expect(json.lines.map((l) => l.id)).toEqual(ORDER.map(([id]) => id));
    for (const l of json.lines) {
      const p = PUBLISHED[l.id as keyof typeof PUBLISHED];
      const v = l.values;
      expect([l.id, ...[v.budgetYear, v.forecastYear, v.varianceYear, v.actualPeriod, v.actualPriorPeriod, v.changePeriod].map(tkr)]).toEqual([l.id, p.budget, p.forecast, p.avv, p.actual, p.prior, p.diff]);
    }
  });

  it('writes a table whose formulas LibreOffice recalculates to the published figures', async () => {
    const sheets = await recalcSheetsToCsv(out);
    const rows = sheets['Investeringar 2023-08'];
    expect(rows).toBeDefined();
    for (const [id] of ORDER) {
      const p = PUBLISHED[id];
      const r = rows.find((x) => x[0] === p.label) as string[];
      // Columns: B Budget, C Prognos, D Avv. (=B−C), E Utfall 2023, F Utfall 2022, G Diff. (=E−F); raw kronor.
      expect([id, ...r.slice(1, 7).map((s) => tkr(Number(s)))]).toEqual([id, p.budget, p.forecast, p.avv, p.actual, p.prior, p.diff]);
    }
  });
});
