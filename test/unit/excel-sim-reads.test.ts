import * as ExcelJS from 'exceljs';
import { createSettings, createSimulator } from '../fakes/office-sim';
import { quoteSheet } from '../fakes/office-sim/a1';

/** What the simulator answers when the adapter reads, the way Excel answers. */
type Ctx = Excel.RequestContext;

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'Rubrik';
  ws.mergeCells('A1:C1');
  ws.getCell('B2').value = 5;
  return wb;
}

describe('Office.js simulator: reads as Excel reports them', () => {
  it('reads fill, font and border formats back: no fill is #FFFFFF, a mixed range is null', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Data');
      const a = ws.getRange('B3:C3');
      a.format.fill.color = '#d9e1f2';
      a.format.font.bold = true;
      const edge = a.format.borders.getItem('EdgeBottom');
      edge.style = 'Double';
      edge.color = '#7F7F7F';
      await context.sync();
      const fill = ws.getRange('B3:C3').format.fill.load('color');
      const none = ws.getRange('D3').format.fill.load('color');
      const mixed = ws.getRange('B3:D3').format.font.load('bold');
      const bottom = ws.getRange('B3:C3').format.borders.getItem('EdgeBottom').load('style,color');
      const top = ws.getRange('B3').format.borders.getItem('EdgeTop').load('style,color');
      await context.sync();
      expect([fill.color, none.color, mixed.bold]).toEqual(['#D9E1F2', '#FFFFFF', null]);
      expect([bottom.style, bottom.color, top.style, top.color]).toEqual(['Double', '#7F7F7F', 'None', '#000000']);
    });
  });

  it('reads the frozen cells: a null object unfrozen, whole rows or columns, or the corner range', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Data');
      const none = ws.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(none.isNullObject).toBe(true);
      ws.freezePanes.freezeRows(2);
      const rows = ws.freezePanes.getLocationOrNullObject().load('rowCount,columnCount');
      await context.sync();
      expect([rows.rowCount, rows.columnCount]).toEqual([2, 16384]);
      ws.freezePanes.freezeAt(ws.getRange('A1:B3'));
      const corner = ws.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(corner.address).toBe('Data!A1:B3');
      ws.freezePanes.unfreeze();
      ws.freezePanes.freezeColumns(1);
      const cols = ws.freezePanes.getLocationOrNullObject().load('rowCount,columnCount');
      await context.sync();
      expect([cols.rowCount, cols.columnCount]).toEqual([1048576, 1]);
    });
  });

  it('tells a row of the standard height from one given a height, and sets it back to standard', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('A3').format.rowHeight = 30;
      const tall = ws.getRange('A3').format.load('rowHeight,useStandardHeight');
      const plain = ws.getRange('A4').format.load('rowHeight,useStandardHeight');
      await context.sync();
      expect([tall.rowHeight, tall.useStandardHeight, plain.rowHeight, plain.useStandardHeight]).toEqual([30, false, 15, true]);
      ws.getRange('A3').format.useStandardHeight = true;
      const back = ws.getRange('A3').format.load('useStandardHeight');
      await context.sync();
      expect(back.useStandardHeight).toBe(true);
    });
    expect((wb.getWorksheet('Data') as ExcelJS.Worksheet).getRow(3).height).toBeUndefined();
  });

  it('keeps column widths in whole pixels, given and read in points, stored as ECMA-376 character widths', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Data');
      // 28 characters of Calibri 11 shown: 28 × 7 px + 5 px padding = 201 px = 150.75 pt.
      ws.getRange('A1').format.columnWidth = 150.75;
      // 100 pt = 133.33 px: Excel rounds to 133 px = 99.75 pt.
      ws.getRange('B1').format.columnWidth = 100;
      await context.sync();
      const a = ws.getRange('A1').format.load('columnWidth');
      const b = ws.getRange('B1').format.load('columnWidth');
      const d = ws.getRange('D1').format.load('columnWidth');
      await context.sync();
      // Never set: Excel's standard 8.43 characters, 64 px = 48 pt.
      expect([a.columnWidth, b.columnWidth, d.columnWidth]).toEqual([150.75, 99.75, 48]);
    });
    // In the file: Truncate(201 / 7 × 256) / 256 = 7350 / 256 = 28.7109375 characters.
    expect(wb.getWorksheet('Data')?.getColumn(1).width).toBe(28.7109375);
  });

  it('returns "" for the cells a merge covers and the value in its top-left cell', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('A1:C1').load('values,formulas');
      await context.sync();
      expect(r.values).toEqual([['Rubrik', '', '']]);
      expect(r.formulas).toEqual([['Rubrik', '', '']]);
    });
  });

  it('gives no load results from a batch whose sync failed, even for loads queued before the failing operation', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Data');
      const r = ws.getRange('B2').load('values');
      ws.getRange('B2:C2').values = [[1]]; // wrong shape: fails at sync
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('raises InvalidObjectPath for a proxy used after its Excel.run returned', async () => {
    const sim = createSimulator(workbook());
    const kept = await sim.run(async (context: Ctx) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('B2').load('values');
      await context.sync();
      return r;
    });
    expect(kept.values).toEqual([[5]]); // what was loaded stays readable
    expect(() => kept.load('values')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    expect(() => {
      kept.values = [[6]];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('lets saveAsync fail, and then the document keeps the settings it had', async () => {
    const settings = createSettings({ kommunrapport: { lang: 'sv' } });
    settings.set('kommunrapport', { lang: 'en' });
    settings.failNextSave();
    const first = await new Promise((resolve) => settings.saveAsync(resolve));
    expect(first).toMatchObject({ status: 'failed' });
    expect(settings.saved()).toEqual({ kommunrapport: { lang: 'sv' } });
    const second = await new Promise((resolve) => settings.saveAsync(resolve));
    expect(second).toMatchObject({ status: 'succeeded' });
    expect(settings.saved()).toEqual({ kommunrapport: { lang: 'en' } });
    expect(() => settings.set('x', () => 1)).toThrow();
  });

  it('quotes sheet names as Excel does in addresses, with its own A1 code', async () => {
    expect(['Blad1', 'Rapport 2025-08', 'A1', 'R1C1', "Kalle's", '2025'].map(quoteSheet)).toEqual(['Blad1', "'Rapport 2025-08'", "'A1'", "'R1C1'", "'Kalle''s'", "'2025'"]);
  });
});
