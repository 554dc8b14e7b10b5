import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { buildFollowUp } from '../../src/core/followup';
import { reasonText } from '../../src/core/i18n/render';
import type { FollowUp } from '../../src/core/followup';
import type { WorkbookPort } from '../../src/core/port';
import { createSettings, createSimulator } from '../fakes/office-sim';

// The whole follow-up inside Excel: the example workbook with every section, through the
// Office.js adapter (the simulator), inserted, then run again as Uppdatera.
const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'uppfoljning-2025.xlsx');

async function writeAll(port: WorkbookPort, f: FollowUp): Promise<void> {
  const existing = new Set((await port.listReports()).map((r) => r.name));
  // As the pane's Hela uppföljningen tab does: blocks already there are refreshed, the rest inserted.
  for (const grid of f.grids) await port.writeGrid(grid, existing.has(grid.name) ? 'refresh' : 'insert');
}

describe('the whole follow-up in Excel', () => {
  it('inserts every section with data, then refreshes them all keeping a Kommentar cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const sim = createSimulator(wb, {});
    let n = 0;
    const port = createExcelPort(sim.run, { supports: () => true, settings: createSettings(), tempSheetName: () => `KR tmp ${(n += 1)}` });
    const options = { lang: 'sv' as const, asOf: '2025-08-31', year: 2025, throughMonth: 8, renderReason: reasonText };
    const first = buildFollowUp(await port.snapshot({ withFormats: true }), options);
    expect(first.sections.map((s) => [s.id, s.kind])).toEqual([
      ['drift', 'written'],
      ['per-unit', 'written'],
      ['investments', 'written'],
      ['goals', 'written'],
      ['assignments', 'written'],
      ['personnel', 'written'],
      ['measures', 'written'],
    ]);
    await writeAll(port, first);
    const names = wb.worksheets.map((w) => w.name);
    for (const sheet of ['Innehåll', 'Rapport 2025-08', 'Investeringar 2025-08', 'Sjukfrånvaro 2025', 'Verksamhetsmått 2025']) expect(names).toContain(sheet);
    expect(wb.getWorksheet('Prognoshistorik')?.state).toBe('hidden');
    // The controller comments the personnel line of the drift report.
    const report = wb.getWorksheet('Rapport 2025-08')!;
    let row = 0;
    report.eachRow((r, i) => {
      if (r.getCell(1).value === 'Personalkostnader (inkl. PO)') row = i;
    });
    const header = (report.getRow(4).values as unknown[]).indexOf('Kommentar');
    report.getCell(row, header).value = 'Vakanser under våren.';
    const sheetsBefore = wb.worksheets.length;
    const again = buildFollowUp(await port.snapshot({ withFormats: true }), options);
    await writeAll(port, again);
    expect(wb.worksheets.length).toBe(sheetsBefore);
    expect(report.getCell(row, header).value).toBe('Vakanser under våren.');
  }, 120_000);
});
