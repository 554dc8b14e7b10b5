import * as ExcelJS from 'exceljs';
import type { WorkbookPort } from '../../src/core/port';
import { createExcelPort } from '../../src/io/excel';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';

/**
 * The WorkbookPort contract, run against both adapters with the same input workbook and the
 * same ReportGrid: the saved workbooks must hold the same report cells (values, formulas,
 * number formats), the same defined name, and unchanged source sheets. Refresh behaves the same
 * too: the user's Kommentar survives, a larger block never covers a cell of the user's
 * ('refresh-would-overwrite', the cell unchanged) and a missing report is 'report-not-found'.
 */
type Subject = {
  readonly port: WorkbookPort;
  saved(): Promise<ExcelJS.Workbook>;
  /** The user types into a cell of the workbook between two writes. */
  edit(sheet: string, ref: string, value: ExcelJS.CellValue): Promise<void>;
};

async function load(buf: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb;
}

async function inputBytes(): Promise<Uint8Array> {
  return new Uint8Array((await ledgerWorkbook(20).xlsx.writeBuffer()) as ArrayBuffer);
}

const subjects: Record<string, () => Promise<Subject>> = {
  excel: async () => {
    const wb = await load(await inputBytes());
    const sim = createSimulator(wb);
    return {
      port: createExcelPort(sim.run, { supports: () => true }),
      saved: async () => load((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      edit: async (sheet, ref, value) => {
        (wb.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(ref).value = value;
      },
    };
  },
  file: async () => {
    let port = await createFilePort(await inputBytes(), 'huvudbok.xlsx');
    return {
      get port() {
        return port;
      },
      saved: async () => load(await port.bytes()),
      // The user opens the saved file, types, saves; the page then loads the file again.
      edit: async (sheet, ref, value) => {
        const wb = await load(await port.bytes());
        (wb.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(ref).value = value;
        port = await createFilePort(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'huvudbok.xlsx');
      },
    };
  },
};

type Cell = { value: unknown; formula: string; numFmt: string };

function reportCells(wb: ExcelJS.Workbook, sheet: string, rows: number, cols: number): Cell[][] {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const c = ws.getCell(i + 1, j + 1);
      const formula = c.type === ExcelJS.ValueType.Formula ? c.formula : '';
      return { value: formula ? null : (c.value ?? null), formula, numFmt: c.numFmt && c.numFmt !== 'General' ? c.numFmt : '' };
    }),
  );
}

describe.each(Object.keys(subjects))('WorkbookPort contract: %s adapter', (kind) => {
  it('reads the ledger with its header and values', async () => {
    const { port } = await subjects[kind]();
    const snap = await port.snapshot();
    const ledger = snap.sheets.find((s) => s.name === 'Huvudbok');
    expect(ledger?.values[0]).toEqual(['Ansvar', 'Konto', 'Kontotext', 'Period', 'Utfall', 'Budget']);
    expect(ledger?.values[1]).toEqual([1000, 40000, 'Löner', 202501, 0, 0]);
    expect(ledger?.values.length).toBe(21);
  });

  it('inserts the grid as the hand-written cells and names it', async () => {
    const { port, saved } = await subjects[kind]();
    const r = await port.writeGrid(sampleGrid(), 'insert');
    expect(r.sheet).toBe('Rapport 2025-08');
    expect(r.name).toBe('KR_Rapport_2025_08');
    const wb = await saved();
    const cells = reportCells(wb, 'Rapport 2025-08', 6, 6);
    expect(cells[1].map((c) => c.value)).toEqual(['Verksamhet', 'Budget', 'Utfall', 'Avvikelse', 'Status', 'Kommentar']);
    expect(cells[3].map((c) => c.formula)).toEqual(['', '', '', 'C4-B4', '', '']);
    expect(cells[5].map((c) => c.formula)).toEqual(['', 'SUM(B3:B5)', 'SUM(C3:C5)', 'C6-B6', '', '']);
    expect(cells[2][1]).toEqual({ value: 1000, formula: '', numFmt: '#,##0;-#,##0' });
    expect((await port.listReports()).map((x) => x.name)).toEqual(['KR_Rapport_2025_08']);
    const source = wb.getWorksheet('Huvudbok') as ExcelJS.Worksheet;
    expect(source.getCell('C2').value).toBe('Löner');
  });

  it('refreshes the block in place and keeps the Kommentar the user wrote', async () => {
    const s = await subjects[kind]();
    await s.port.writeGrid(sampleGrid(), 'insert');
    await s.edit('Rapport 2025-08', 'F4', 'Vakanser under våren'); // row of 'Personal'
    const r = await s.port.writeGrid(sampleGrid(), 'refresh');
    expect({ sheet: r.sheet, name: r.name }).toEqual({ sheet: 'Rapport 2025-08', name: 'KR_Rapport_2025_08' });
    const wb = await s.saved();
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    expect(ws.getCell('A4').value).toBe('Personal');
    expect(ws.getCell('F4').value).toBe('Vakanser under våren');
    expect(ws.getCell('D6').formula).toBe('C6-B6');
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Rapport'))).toEqual(['Rapport 2025-08']);
  });

  it('refuses a larger refresh that would cover a cell of the user, and leaves that cell as it was', async () => {
    const s = await subjects[kind]();
    const g = sampleGrid();
    // Inserted without its total row (A1:F5); the user then writes in B6, where the total would go.
    await s.port.writeGrid({ ...g, rows: g.rows.slice(0, 5), rowKeys: g.rowKeys?.slice(0, 5) }, 'insert');
    await s.edit('Rapport 2025-08', 'B6', 'användarens');
    const err = await s.port.writeGrid(g, 'refresh').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'B6', sheet: 'Rapport 2025-08' } });
    const ws = (await s.saved()).getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    expect(ws.getCell('B6').value).toBe('användarens');
    expect(ws.getCell('A5').value).toBe('Övrigt');
  });

  it('refuses a larger refresh that would cover a formula of the user showing "", and leaves the formula as it was', async () => {
    const s = await subjects[kind]();
    const g = sampleGrid();
    // As above, but B6 holds =IF(1=1,"",0): its value is "", yet it is the user's cell.
    await s.port.writeGrid({ ...g, rows: g.rows.slice(0, 5), rowKeys: g.rowKeys?.slice(0, 5) }, 'insert');
    await s.edit('Rapport 2025-08', 'B6', { formula: 'IF(1=1,"",0)', result: '' });
    const err = await s.port.writeGrid(g, 'refresh').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'refresh-would-overwrite', params: { address: 'B6', sheet: 'Rapport 2025-08' } });
    const ws = (await s.saved()).getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    expect(ws.getCell('B6').formula).toBe('IF(1=1,"",0)');
  });

  it('refuses to refresh a report that is not in the workbook', async () => {
    const { port, saved } = await subjects[kind]();
    await expect(port.writeGrid(sampleGrid(), 'refresh')).rejects.toMatchObject({ code: 'report-not-found', params: { name: 'KR_Rapport_2025_08' } });
    expect((await saved()).worksheets.map((w) => w.name).filter((n) => n.startsWith('Rapport'))).toEqual([]);
  });
});

describe('WorkbookPort contract: both adapters agree', () => {
  it('writes the same report cells', async () => {
    const out: Cell[][][] = [];
    for (const kind of Object.keys(subjects)) {
      const { port, saved } = await subjects[kind]();
      await port.writeGrid(sampleGrid(), 'insert');
      out.push(reportCells(await saved(), 'Rapport 2025-08', 6, 6));
    }
    expect(out[0]).toEqual(out[1]);
  });
});
