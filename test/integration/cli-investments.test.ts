import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { investmentsCommand } from '../../src/cli/commands/investments';
import type { CliIo } from '../../src/cli/io';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { recalcSheetsToCsv } from '../helpers/libreoffice';
import { alingsasWorkbook, ORDER, PUBLISHED } from '../fixtures/investments/alingsas';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';
import { writeReportFile } from '../../src/io/xlsx/write-file';
import { runInvestments } from '../../src/core/investments/run';
import { buildReport } from '../../src/core/report/build-report';
import { readTemplate } from '../../src/core/report/read-template';
import { detailGrid } from '../../src/core/layout/detail-grid';
import type { Breakdown, Report } from '../../src/core/report/report-types';
import type { Template } from '../../src/core/report/template';
import type { ReportGrid } from '../../src/core/grid';
import { buildLedger } from '../helpers/ledger-builder';
import { alingsasEntries, alingsasStructure } from '../fixtures/report/alingsas';

/**
 * `kommunrapport investments` on a real .xlsx file: the JSON reproduces the Alingsås table, and
 * the written table, recalculated by LibreOffice, shows the published figures from its live SUM
 * and difference formulas. The same conversion recalculates the two detail tables (per ansvar,
 * per account). CI installs soffice; no skipping.
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

  it('writes the table on a sheet of its own', async () => {
    const written = await readWorkbookFile(out);
    expect(written.sheets.map((s) => s.name)).toEqual(['Investeringar', 'Investeringsstruktur', 'Investeringar 2023-08']);
  });

  it('writes tables whose formulas LibreOffice recalculates to the engine values and the published figures', async () => {
    const template = readTemplate({ sheets: [alingsasStructure()] }).template as Template;
    const entries = alingsasEntries().map((e) => ({ ...e, dims: { Ansvar: ['100', '200', '300'][Number(e.account) % 3] } }));
    const detail = (by: string) => detailGrid(buildReport(buildLedger(entries), template, { forecast: 'manual', signs: 'costs-negative', unit: 'tkr', by }) as Report & { breakdown: Breakdown }, { lang: 'sv' });
    const grids: ReportGrid[] = [runInvestments(alingsasWorkbook(), { unit: 'tkr' }).grids[0], detail('Ansvar'), detail('Konto')];
    const combined = join(dir, 'alla.xlsx');
    await writeReportFile(input, grids, combined);
    const sheets = await recalcSheetsToCsv(combined);
    let checked = 0;
    for (const grid of grids) {
      const csv = sheets[grid.sheetName];
      expect(csv).toBeDefined();
      grid.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (typeof cell.value !== 'number' || cell.format === '0%') return;
          expect(Number(csv[i][j])).toBeCloseTo(cell.value, 2);
          checked += 1;
        }),
      );
    }
    expect(checked).toBeGreaterThan(300);
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
