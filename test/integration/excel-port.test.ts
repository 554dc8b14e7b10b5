import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import { createExcelPort, ExcelWriteError } from '../../src/io/excel';
import type { ReportGrid } from '../../src/core/grid';
import { createSimulator } from '../fakes/office-sim';
import { allSupported, ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';
import { errorTexts } from '../../src/core/i18n/render';

const MB4 = 4_000_000;

function portOn(wb: ExcelJS.Workbook, opts: { excelApiMinor?: number } = {}) {
  const sim = createSimulator(wb, opts);
  let n = 0;
  const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= (opts.excelApiMinor ?? 17), tempSheetName: () => `KR tmp ${(n += 1)}` });
  return { sim, port };
}

function total(sim: ReturnType<typeof createSimulator>): number {
  return sim.stats.requests.reduce((s, r) => s + r.bytes, 0);
}

describe('Excel adapter over the simulator', () => {
  it.each([1_000, 100_000])('reads a %i-row ledger and inserts a report within the sync and payload budget', async (rows) => {
    const { sim, port } = portOn(ledgerWorkbook(rows));
    const snap = await port.snapshot({ sheets: ['Huvudbok'] });
    const ledger = snap.sheets[0];
    expect(ledger.values.length).toBe(rows + 1);
    expect(ledger.values[0]).toEqual(['Ansvar', 'Konto', 'Kontotext', 'Period', 'Utfall', 'Budget']);
    // Row i+1 holds ledger row i: 1000 + i mod 50, and so on (see ledgerWorkbook).
    const i = rows - 1;
    expect(ledger.values[rows]).toEqual([1000 + (i % 50), 40000 + (i % 40) * 100, ['Löner', 'Material', 'Hyror', 'Avgifter'][i % 4], 202501 + (i % 8), ((i * 7919) % 100000) / 100, ((i * 104729) % 90000) / 100]);
    await port.writeGrid(sampleGrid(), 'insert');
    expect(sim.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(total(sim) / MB4));
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
  }, 120_000);

  it('reads every sheet with one extra sync to list them, and delivers errors and blanks as values', async () => {
    const wb = ledgerWorkbook(10);
    (wb.getWorksheet('Info') as ExcelJS.Worksheet).getCell('C2').value = { error: '#REF!' } as ExcelJS.CellValue;
    const { sim, port } = portOn(wb);
    const snap = await port.snapshot();
    // List, then geometry with values; one more for the formula of Info!B3 (the external-links check reads formulas).
    expect(sim.stats.syncs).toBe(3);
    expect(snap.sheets.find((s) => s.name === 'Info')?.formulas?.[2]).toEqual(['', '=B2*2', '']);
    const info = snap.sheets.find((s) => s.name === 'Info');
    expect(info?.originRow).toBe(0);
    expect(info?.values[1]).toEqual([null, 10, { error: '#REF!' }]);
    expect(info?.values[2]).toEqual([null, 20, null]);
  });

  it('writes values, shifted-free formulas, number formats, the name, frozen panes and print setup', async () => {
    const wb = ledgerWorkbook(5);
    const { sim, port } = portOn(wb);
    await port.snapshot();
    const r = await port.writeGrid(sampleGrid(), 'insert');
    // Six columns: the row keys go in KR_Metadata, as the file adapter writes them, not in a hidden column G.
    expect(r).toEqual({ sheet: 'Rapport 2025-08', address: 'A1:F6', name: 'KR_Rapport_2025_08' });
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    expect(ws.getCell('B6').formula).toBe('SUM(B3:B5)');
    expect(ws.getCell('D4').formula).toBe('C4-B4');
    expect(ws.getCell('B3').value).toBe(1000);
    expect(ws.getCell('B3').numFmt).toBe('#,##0;-#,##0');
    expect(ws.getCell('A3').value).toBe('Intäkter');
    expect(ws.getCell('A3').alignment?.indent).toBe(1);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B6').border?.bottom?.style).toBe('double');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.getColumn(7).hidden).not.toBe(true);
    expect(ws.getCell('G4').value).toBeNull();
    const meta = wb.getWorksheet('KR_Metadata') as ExcelJS.Worksheet;
    expect(meta.state).toBe('veryHidden');
    expect([meta.getCell('A1').value, meta.getCell('A2').value, meta.getCell('B2').value, meta.getCell('C2').value]).toEqual([
      'kommunrapport-metadata v1',
      'rowKeys:KR_Rapport_2025_08',
      '[null,null,"a","b","c","total"]', // sampleGrid's rowKeys as JSON
      null,
    ]);
    expect(await port.listReports()).toEqual([{ name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08', address: 'A1:F6' }]);
    expect(sim.stats.suspendedCalculation).toBeGreaterThan(0);
    expect(sim.selection().sheet).toBe('Rapport 2025-08');
  });

  it('picks a new sheet name and defined name when the report exists already', async () => {
    const { port } = portOn(ledgerWorkbook(5));
    await port.writeGrid(sampleGrid(), 'insert');
    const second = await port.writeGrid(sampleGrid(), 'insert');
    expect(second).toMatchObject({ sheet: 'Rapport 2025-08 (2)', name: 'KR_Rapport_2025_08_2' });
  });

  it('degrades on an ExcelApi 1.7 host (no 1.9): no indent, no screen suspension, no page layout, same cells', async () => {
    const wb = ledgerWorkbook(5);
    const { sim, port } = portOn(wb, { excelApiMinor: 7 });
    await port.writeGrid(sampleGrid(), 'insert');
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    expect(sim.stats.suspendedScreenUpdating).toBe(0);
    expect(ws.getCell('B6').formula).toBe('SUM(B3:B5)');
    // The line labels carry indent 1 in the grid; a 1.7 host gets the text without it.
    expect(ws.getCell('A3').value).toBe('Intäkter');
    expect(ws.getCell('A3').alignment?.indent).toBeUndefined();
    expect(ws.pageSetup.orientation).not.toBe('landscape');
    await port.writeGrid(sampleGrid(), 'refresh');
    expect(ws.getCell('C4').value).toBe(-5600);
  });

  it('indents the line labels on an ExcelApi 1.9 host', async () => {
    const wb = ledgerWorkbook(5);
    const { port } = portOn(wb, { excelApiMinor: 9 });
    await port.writeGrid(sampleGrid(), 'insert');
    expect((wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet).getCell('A3').alignment?.indent).toBe(1);
  });

  it('keeps hostile strings as text', async () => {
    const hostile = ['=1+1', '+A1', '-A1', '@SUM(A1)', '=HYPERLINK("http://x")', '2025-08-01', '00123', 'TRUE', '#REF!', "'quoted"];
    const grid: ReportGrid = { name: 'KR_H', sheetName: 'H', rows: hostile.map((v) => [{ value: v }]), columnWidths: [20] };
    const wb = ledgerWorkbook(1);
    const { port } = portOn(wb);
    await port.writeGrid(grid, 'insert');
    const ws = wb.getWorksheet('H') as ExcelJS.Worksheet;
    hostile.forEach((v, i) => {
      expect(ws.getCell(i + 1, 1).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(i + 1, 1).value).toBe(v);
    });
  });

  it.each(['range.formulas', 'format.font', 'names.add', 'worksheet.name'])('leaves no partial sheet and no name when %s fails mid-write', async (kind) => {
    const wb = ledgerWorkbook(5);
    const { sim, port } = portOn(wb);
    await port.snapshot();
    const before = wb.worksheets.map((w) => w.name);
    sim.failNext(kind);
    const err = await port.writeGrid(sampleGrid(), 'insert').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelWriteError);
    expect(errorTexts(err as ExcelWriteError).sv).toMatch(/Inget i arbetsboken har ändrats/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(before);
    expect(await port.listReports()).toEqual([]);
  });

  it('retries once with fresh names when a same-named sheet appeared after the snapshot', async () => {
    const wb = ledgerWorkbook(5);
    const { port } = portOn(wb);
    await port.snapshot();
    wb.addWorksheet('Rapport 2025-08').getCell('A1').value = 'mine';
    const r = await port.writeGrid(sampleGrid(), 'insert');
    expect(r.sheet).toBe('Rapport 2025-08 (2)');
    expect((wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet).getCell('A1').value).toBe('mine');
  });

  it('refresh rewrites only the block and puts back the comments of lines that still exist', async () => {
    const wb = ledgerWorkbook(5);
    const { port } = portOn(wb);
    await port.writeGrid(sampleGrid(), 'insert');
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    ws.getCell('F4').value = 'Vakanser under våren';
    ws.getCell('F5').value = '=inte en formel';
    ws.getCell('H2').value = 'bredvid';
    const g = sampleGrid();
    const rows = [g.rows[0], g.rows[1], g.rows[3], g.rows[4], g.rows[5]].map((r) => [...r]);
    rows[4] = rows[4].map((c) => (c.formula ? { ...c, formula: c.formula.replace('B3:B5', 'B3:B4').replace('C3:C5', 'C3:C4').replace('C6-B6', 'C5-B5') } : c));
    rows[2] = rows[2].map((c, j) => (j === 3 ? { ...c, formula: 'C3-B3' } : c));
    rows[3] = rows[3].map((c, j) => (j === 3 ? { ...c, formula: 'C4-B4' } : c));
    const smaller: ReportGrid = { ...g, rows, rowKeys: [null, null, 'b', 'c', 'total'], conditionalFormats: [] };
    const r = await port.writeGrid(smaller, 'refresh');
    expect(r).toEqual({ sheet: 'Rapport 2025-08', address: 'A1:F5', name: 'KR_Rapport_2025_08' });
    expect(ws.getCell('A3').value).toBe('Personal');
    expect(ws.getCell('F3').value).toBe('Vakanser under våren');
    expect(ws.getCell('F4').value).toBe('=inte en formel');
    expect(ws.getCell('B5').formula).toBe('SUM(B3:B4)');
    expect(ws.getCell('A6').value).toBeNull();
    expect(ws.getCell('H2').value).toBe('bredvid');
  });

  it('refuses a refresh that would overwrite user content below the block', async () => {
    const wb = ledgerWorkbook(5);
    const { port } = portOn(wb);
    const g = sampleGrid();
    await port.writeGrid({ ...g, rows: g.rows.slice(0, 5), rowKeys: g.rowKeys?.slice(0, 5) }, 'insert');
    (wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet).getCell('B6').value = 'användarens';
    const err = await port.writeGrid(g, 'refresh').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'B6' } });
    expect((wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet).getCell('B6').value).toBe('användarens');
  });

  it('refuses a refresh whose cleared rectangle holds the user’s cell right of the old block and below the new one', async () => {
    // Old block A1:E6 (six rows, five columns); the new one A1:F4 (four rows, six columns). The
    // refresh clears A1:F6, old and new together, so F6 is in neither block but would be erased.
    const wb = ledgerWorkbook(5);
    const { port } = portOn(wb);
    const g = sampleGrid();
    await port.writeGrid({ ...g, rows: g.rows.map((r) => r.slice(0, 5)), columnWidths: g.columnWidths.slice(0, 5), commentColumn: undefined, conditionalFormats: [] }, 'insert');
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    ws.getCell('F6').value = 'användarens';
    const err = await port.writeGrid({ ...g, rows: g.rows.slice(0, 4), rowKeys: g.rowKeys?.slice(0, 4), conditionalFormats: [] }, 'refresh').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'F6' } });
    expect(ws.getCell('F6').value).toBe('användarens');
  });

  it('says which report is missing when refresh cannot find its name', async () => {
    const { port } = portOn(ledgerWorkbook(5));
    await expect(port.writeGrid(sampleGrid(), 'refresh')).rejects.toMatchObject({ code: 'report-not-found' });
  });

  it('never changes a source cell on insert and refresh', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant('=B2*2')), { minLength: 1, maxLength: 12 }), async (cells) => {
        const wb = ledgerWorkbook(3);
        const info = wb.getWorksheet('Info') as ExcelJS.Worksheet;
        cells.forEach((v, i) => (info.getCell(5 + i, 1).value = typeof v === 'string' && v.startsWith('=') ? ({ formula: v.slice(1) } as ExcelJS.CellValue) : v));
        const before = wb.worksheets.map((w) => JSON.stringify(w.getSheetValues()));
        const { port } = portOn(wb);
        await port.snapshot();
        await port.writeGrid(sampleGrid(), 'insert');
        await port.writeGrid(sampleGrid(), 'refresh');
        expect(wb.worksheets.slice(0, 2).map((w) => JSON.stringify(w.getSheetValues()))).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });

  it('selects a cell and keeps settings in the document', async () => {
    const store = new Map<string, unknown>();
    const sim = createSimulator(ledgerWorkbook(2));
    const port = createExcelPort(sim.run, {
      supports: allSupported,
      settings: { get: (k) => store.get(k), set: (k, v) => void store.set(k, v), saveAsync: (cb) => cb({ status: 'succeeded' }) },
    });
    await port.selectCell('Huvudbok', 'C3');
    expect(sim.selection()).toEqual({ sheet: 'Huvudbok', address: 'Huvudbok!C3' });
    await port.saveSettings({ period: '2025-08' });
    expect(await port.loadSettings()).toEqual({ period: '2025-08' });
    await expect(port.selectCell('Saknas', 'A1')).rejects.toMatchObject({ code: 'sheet-not-found' });
  });
});
