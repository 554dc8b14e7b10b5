import * as ExcelJS from 'exceljs';
import type { WorkbookPort } from '../../src/core/port';
import { createExcelPort } from '../../src/io/excel';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';

/**
 * The WorkbookPort contract, run against both adapters with the same input workbook and the
 * same ReportGrid: the saved workbooks must hold the same report cells (values, formulas,
 * number formats), the same defined name, and unchanged source sheets.
 */
type Subject = { port: WorkbookPort; saved(): Promise<ExcelJS.Workbook> };

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
    return { port: createExcelPort(sim.run, { supports: () => true }), saved: async () => load((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
  },
  file: async () => {
    const port = await createFilePort(await inputBytes(), 'huvudbok.xlsx');
    return { port, saved: async () => load(await port.bytes()) };
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
