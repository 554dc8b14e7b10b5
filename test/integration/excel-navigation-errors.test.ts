import { createExcelPort, ExcelReadError } from '../../src/io/excel';
import { errorTexts } from '../../src/core/i18n/render';
import { createSimulator } from '../fakes/office-sim';
import { allSupported, ledgerWorkbook } from '../fakes/office-sim/fixtures';

/**
 * Moving to a cell, listing the reports and reading the selected cell only read the workbook (or
 * move the selection): a failure is an ExcelReadError with a key of the error catalog, never an
 * ExcelWriteError and never the Office error itself (its text is not for the user).
 */
function setup() {
  const sim = createSimulator(ledgerWorkbook(2));
  const port = createExcelPort(sim.run, { supports: allSupported });
  /** The next sync of the simulator fails (an Office GeneralException). */
  const failNextSync = () => sim.failAt(sim.stats.syncs + 1);
  return { sim, port, failNextSync };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('reading and navigating inside Excel fail with read errors', () => {
  it('selectCell on a sheet that is gone: ExcelReadError sheet-not-found, naming the sheet', async () => {
    const { port } = setup();
    const e = await rejection(port.selectCell('Saknas', 'A1'));
    expect(e).toBeInstanceOf(ExcelReadError);
    expect(e).toMatchObject({ code: 'sheet-not-found', messageKey: 'excel.sheet-not-found', params: { sheet: 'Saknas' } });
    expect(errorTexts(e as ExcelReadError).en).toBe("Sheet 'Saknas' is not in the workbook. It may have been renamed or deleted; read the workbook again.");
  });

  it('selectCell when Excel refuses the move: ExcelReadError read-failed, with the Office error kept as its cause', async () => {
    const { port, failNextSync } = setup();
    failNextSync();
    const e = await rejection(port.selectCell('Huvudbok', 'C3'));
    expect(e).toBeInstanceOf(ExcelReadError);
    expect(e).toMatchObject({ code: 'read-failed', messageKey: 'excel.read-failed' });
    expect((e as ExcelReadError).cause).toMatchObject({ code: 'GeneralException' });
  });

  it('listReports passes no raw Office error through', async () => {
    const { port, failNextSync } = setup();
    failNextSync();
    const e = await rejection(port.listReports());
    expect(e).toBeInstanceOf(ExcelReadError);
    expect(e).toMatchObject({ code: 'read-failed', messageKey: 'excel.read-failed' });
  });

  it('selectedCell passes no raw Office error through', async () => {
    const { port, failNextSync } = setup();
    failNextSync();
    const e = await rejection(port.selectedCell!());
    expect(e).toBeInstanceOf(ExcelReadError);
    expect(e).toMatchObject({ code: 'read-failed', messageKey: 'excel.read-failed' });
  });

  it('still moves to a cell and lists the reports when Excel answers', async () => {
    const { sim, port } = setup();
    await port.selectCell('Huvudbok', 'C3');
    expect(sim.selection()).toEqual({ sheet: 'Huvudbok', address: 'Huvudbok!C3' });
    expect(await port.selectedCell!()).toEqual({ sheet: 'Huvudbok', address: 'C3' });
    expect(await port.listReports()).toEqual([]);
  });
});
