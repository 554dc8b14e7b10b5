import * as ExcelJS from 'exceljs';
import type { ReportGrid } from '../../../src/core/grid';
import { createFilePort } from '../../../src/io/xlsx/file-port';
import { engine } from '../../../src/taskpane/engine';
import { initialOptions } from '../../../src/taskpane/hooks/useReportOptions';

/** The report the pane computes by default for these bytes, run in Node through the same engine. */
export async function defaultReportInNode(bytes: Uint8Array): Promise<ReportGrid> {
  const port = await createFilePort(bytes, 'node.xlsx');
  const snapshot = await port.snapshot();
  const options = initialOptions({}, engine.inspect(snapshot).ledger);
  const run = engine.report(snapshot, options, 'sv');
  if (!run.grid) throw new Error(`the engine made no report: ${run.issues.map((i) => i.message.sv).join(' | ')}`);
  return run.grid;
}

export async function loadXlsx(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export type Mismatch = { readonly cell: string; readonly expected: unknown; readonly actual: unknown };

/**
 * Compares the written block cell by cell with the grid: formulas as text, numbers to 1e-6,
 * text exactly. The grid's top-left is A1 of the report sheet.
 */
export function compareBlock(sheet: ExcelJS.Worksheet, grid: ReportGrid): { compared: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let compared = 0;
  grid.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const target = sheet.getCell(r + 1, c + 1);
      const v = target.value as ExcelJS.CellValue;
      if (cell.formula !== undefined) {
        compared += 1;
        const formula = target.formula ?? (typeof v === 'object' && v !== null && 'formula' in v ? (v as { formula: string }).formula : undefined);
        if (`=${formula ?? ''}` !== cell.formula) mismatches.push({ cell: target.address, expected: cell.formula, actual: formula });
      } else if (typeof cell.value === 'number') {
        compared += 1;
        // exceljs reads a date-formatted serial back as a Date (UTC): compare it as its serial.
        const n = v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v;
        if (typeof n !== 'number' || Math.abs(n - cell.value) > 1e-6) mismatches.push({ cell: target.address, expected: cell.value, actual: v });
      } else if (typeof cell.value === 'string' && cell.value !== '') {
        compared += 1;
        if (v !== cell.value) mismatches.push({ cell: target.address, expected: cell.value, actual: v });
      }
    });
  });
  return { compared, mismatches };
}

/**
 * Personnel costs (Kommun-Bas class 5) for jan..month of `year`, summed by hand from the raw
 * Huvudbok rows (Typ = Utfall), turned to the report's sign (costs negative).
 */
export function personnelByHand(wb: ExcelJS.Workbook, year: number, month: number): number {
  const ws = wb.getWorksheet('Huvudbok');
  if (!ws) throw new Error('no Huvudbok sheet');
  let header = 0;
  const col: Record<string, number> = {};
  ws.eachRow((row, n) => {
    if (header) return;
    const values = row.values as unknown[];
    if (values.includes('Konto') && values.includes('Belopp')) {
      header = n;
      values.forEach((v, i) => {
        if (typeof v === 'string') col[v] = i;
      });
    }
  });
  let sum = 0;
  ws.eachRow((row, n) => {
    if (n <= header) return;
    const v = row.values as unknown[];
    const period = Number(v[col.Period]);
    if (String(v[col.Typ]) !== 'Utfall' || !String(v[col.Konto]).startsWith('5')) return;
    if (period < year * 100 + 1 || period > year * 100 + month) return;
    sum += Number(v[col.Belopp]);
  });
  return -sum;
}

/**
 * The sheet a grid was written to, found by its workbook (defined) name, as the add-in finds
 * its blocks: the writer may have given the sheet another name when grid.sheetName was taken.
 */
export function sheetOfBlock(book: ExcelJS.Workbook, grid: ReportGrid): ExcelJS.Worksheet | undefined {
  const ranges = (book.definedNames as unknown as { getRanges(name: string): { ranges: string[] } }).getRanges(grid.name).ranges;
  const sheet = /^'?(.+?)'?!/.exec(ranges[0] ?? '')?.[1]?.replace(/''/g, "'");
  return book.getWorksheet(sheet ?? grid.sheetName);
}
