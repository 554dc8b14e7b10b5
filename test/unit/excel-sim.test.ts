import * as ExcelJS from 'exceljs';
import { createSimulator } from '../fakes/office-sim';

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('B2').value = 5;
  ws.getCell('C3').value = 'x';
  return wb;
}

type Ctx = Excel.RequestContext;

describe('Office.js simulator', () => {
  it('hides a sheet very hidden (Excel.SheetVisibility), reads it back, and refuses to hide the last visible sheet', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      const meta = context.workbook.worksheets.add('Meta');
      meta.visibility = 'VeryHidden';
      meta.load('visibility');
      await context.sync();
      expect(meta.visibility).toBe('VeryHidden');
    });
    expect(wb.getWorksheet('Meta')?.state).toBe('veryHidden');
    await expect(
      sim.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem('Data').visibility = 'Hidden';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await sim.run(async (context: Ctx) => {
      expect(() => (context.workbook.worksheets.getItem('Data').visibility = 'Invisible' as Excel.SheetVisibility)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
      await context.sync();
    });
    expect(wb.getWorksheet('Data')?.state).toBe('visible');
  });

  it('refuses to delete a very hidden sheet (InvalidOperation, as Office.js documents) and deletes it once it is only hidden', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      context.workbook.worksheets.add('Meta').visibility = 'VeryHidden';
      await context.sync();
    });
    await expect(
      sim.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem('Meta').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(wb.getWorksheet('Meta')?.state).toBe('veryHidden');
    await sim.run(async (context: Ctx) => {
      const meta = context.workbook.worksheets.getItem('Meta');
      meta.visibility = 'Hidden';
      meta.delete();
      await context.sync();
    });
    expect(wb.getWorksheet('Meta')).toBeUndefined();
  });

  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(r.values).toEqual([[5]]);
    });
  });

  it('keeps queued writes out of the workbook until sync', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [[1, 2]];
      expect(wb.getWorksheet('Data')?.getCell('A1').value).toBeNull();
      await context.sync();
      expect(wb.getWorksheet('Data')?.getCell('A1').value).toBe(1);
    });
    expect(sim.stats.syncs).toBe(1);
  });

  it('bounds the used range by the cells with values and reports its geometry', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const used = context.workbook.worksheets.getItem('Data').getUsedRange(true);
      used.load('address,rowIndex,columnIndex,rowCount,columnCount,values');
      await context.sync();
      expect(used.address).toBe('Data!B2:C3');
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([1, 1, 2, 2]);
      expect(used.values).toEqual([[5, ''], ['', 'x']]);
    });
  });

  it('gives null objects for missing items and ItemNotFound for getItem', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const name = context.workbook.names.getItemOrNullObject('KR_X');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(name.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('interprets written text as Excel does: = + - @ start formulas unless behind an apostrophe', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRange('A5:D5').values = [['=1+1', "'=1+1", '-A1', '12']];
      await context.sync();
    });
    const ws = wb.getWorksheet('Data') as ExcelJS.Worksheet;
    expect(ws.getCell('A5').formula).toBe('1+1');
    expect(ws.getCell('B5').value).toBe('=1+1');
    expect(ws.getCell('C5').formula).toBe('-A1');
    expect(ws.getCell('D5').value).toBe(12);
  });

  it('refuses a request above the payload limit and a read above the cell limit', async () => {
    const sim = createSimulator(workbook(), { maxPayloadBytes: 1000, maxCellsPerRead: 100 });
    await sim.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('A1:A200').values = Array.from({ length: 200 }, () => ['abcdefgh']);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      context.workbook.worksheets.getItem('Data').getRange('A1:J11').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
    expect(sim.stats.requests[0].requestBytes).toBeGreaterThan(1000);
  });

  it('applies the operations before an injected failure and none after it', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    sim.failNext('range.formulas');
    await sim.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.add('Ny');
      ws.getRange('A1').formulas = [['=1']];
      ws.getRange('A2').values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
    const ny = wb.getWorksheet('Ny') as ExcelJS.Worksheet;
    expect(ny).toBeDefined();
    expect(ny.getCell('A2').value).toBeNull();
  });

  it('loses the reply of a sync on request: the whole batch is applied, the sync rejects and its loads stay unread', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    sim.loseReplyAt(1);
    let loaded: Excel.Range | null = null;
    await expect(
      sim.run(async (context: Ctx) => {
        const ws = context.workbook.worksheets.getItem('Data');
        ws.getRange('A1').values = [[1]];
        ws.getRange('A2').values = [[2]];
        loaded = ws.getRange('B2').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(sim.pendingFaults()).toBe(0);
    expect([wb.getWorksheet('Data')?.getCell('A1').value, wb.getWorksheet('Data')?.getCell('A2').value]).toEqual([1, 2]);
    expect(() => (loaded as unknown as Excel.Range).values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('keeps defined names in the workbook and turns them to #REF! when their sheet goes', async () => {
    const wb = workbook();
    wb.addWorksheet('Other');
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      context.workbook.names.add('KR_A', context.workbook.worksheets.getItem('Data').getRange('B2:C3'));
      await context.sync();
      const n = context.workbook.names.getItem('KR_A');
      n.load('formula');
      await context.sync();
      expect(n.formula).toBe('=Data!$B$2:$C$3');
      context.workbook.worksheets.getItem('Data').delete();
      n.load('formula,type');
      await context.sync();
      expect(n.formula).toBe('=#REF!');
      expect(n.type).toBe('Error');
    });
  });

  it('rejects the ExcelApi 1.9 calls on a host that supports only 1.7', async () => {
    const sim = createSimulator(workbook(), { excelApiMinor: 7 });
    await sim.run(async (context: Ctx) => {
      const notFound = expect.objectContaining({ code: 'ApiNotFound' });
      const ws = context.workbook.worksheets.getItem('Data');
      expect(() => context.application.suspendScreenUpdatingUntilNextSync()).toThrow(notFound);
      expect(() => (ws.getRange('A1').format.indentLevel = 1)).toThrow(notFound);
      expect(() => ws.pageLayout).toThrow(notFound);
      // 1.7 members work: getRangeByIndexes, freezePanes, calculation suspension (1.6).
      context.application.suspendApiCalculationUntilNextSync();
      ws.getRangeByIndexes(0, 0, 1, 1).load('address');
      ws.freezePanes.freezeRows(1);
      await context.sync();
    });
  });

  it.each([
    [6, 'Worksheet.getRangeByIndexes', (c: Ctx) => c.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 1, 1)],
    [6, 'Worksheet.freezePanes', (c: Ctx) => c.workbook.worksheets.getItem('Data').freezePanes],
    [6, 'NamedItem.formula', (c: Ctx) => c.workbook.names.getItemOrNullObject('Block').formula],
    [5, 'Range.conditionalFormats', (c: Ctx) => c.workbook.worksheets.getItem('Data').getRange('A1').conditionalFormats],
    [5, 'Application.suspendApiCalculationUntilNextSync', (c: Ctx) => c.application.suspendApiCalculationUntilNextSync()],
    [3, 'NamedItemCollection.add', (c: Ctx) => c.workbook.names.add('X', 'Data!A1')],
    [3, 'NamedItemCollection.getItemOrNullObject', (c: Ctx) => c.workbook.names.getItemOrNullObject('X')],
    [3, 'WorksheetCollection.getItemOrNullObject', (c: Ctx) => c.workbook.worksheets.getItemOrNullObject('X')],
    [1, 'Range.columnHidden', (c: Ctx) => (c.workbook.worksheets.getItem('Data').getRange('A1').columnHidden = true)],
  ])('refuses on an ExcelApi 1.%i host: %s', async (minor, member, call) => {
    const sim = createSimulator(workbook(), { excelApiMinor: minor });
    await sim.run(async (context: Ctx) => {
      expect(() => call(context)).toThrow(expect.objectContaining({ code: 'ApiNotFound', message: expect.stringContaining(member) }));
    });
  });

  it('fails the sync that loads NamedItem.formula on an ExcelApi 1.6 host', async () => {
    const sim = createSimulator(workbook(), { excelApiMinor: 6 });
    await expect(
      sim.run(async (context: Ctx) => {
        context.workbook.names.load('items/name,items/formula');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
