import * as ExcelJS from 'exceljs';
import type { ReportGrid } from '../../../src/core/grid';
import { derived, EXAMPLE_LINES, exampleFigures } from '../../fixtures/report/example-figures';

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

/** The number a cell shows: its value, or its formula evaluated over the sheet (the writers leave no cached result). */
/** The report block the pane writes for the example with its default options: August 2025, the last month with actuals. */
export const EXAMPLE_BLOCK = { name: 'KR_Rapport_2025_08', sheetName: 'Rapport 2025-08' } as const;

export function cellNumber(sheet: ExcelJS.Worksheet, address: string, depth = 0): number {
  if (depth > 20) throw new Error(`formula chain too deep at ${address}`);
  const v = sheet.getCell(address).value as ExcelJS.CellValue;
  if (typeof v === 'number') return v;
  if (v === null || v === undefined || v === '') return 0;
  const formula = typeof v === 'object' && 'formula' in v ? (v as { formula: string }).formula : undefined;
  if (formula === undefined) throw new Error(`${address} holds ${JSON.stringify(v)}, not a number`);
  return evaluate(sheet, formula.replace(/^=/, ''), depth + 1);
}

/** The formulas the report writes: SUM over a range or a list, a difference, a reference, a constant. */
function evaluate(sheet: ExcelJS.Worksheet, f: string, depth: number): number {
  const sum = /^SUM\((.*)\)$/.exec(f);
  if (sum) {
    return sum[1].split(',').reduce((s, part) => {
      const range = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(part);
      if (!range) return s + cellNumber(sheet, part, depth);
      let t = 0;
      for (let r = Number(range[2]); r <= Number(range[4]); r++) t += cellNumber(sheet, `${range[1]}${r}`, depth);
      return s + t;
    }, 0);
  }
  const diff = /^([A-Z]+\d+)-([A-Z]+\d+)$/.exec(f);
  if (diff) return cellNumber(sheet, diff[1], depth) - cellNumber(sheet, diff[2], depth);
  if (/^[A-Z]+\d+$/.test(f)) return cellNumber(sheet, f, depth);
  if (/^-?\d+(\.\d+)?$/.test(f)) return Number(f);
  throw new Error(`unexpected formula =${f}`);
}

/**
 * Compares the report on examples/kommunstyrelsen-2025.xlsx, as written with the default options
 * (August 2025, remaining budget, tkr, costs negative), with the figures worked out by hand from
 * the raw rows (test/fixtures/report/example-figures.ts): every line of the default template,
 * columns B–J (Budget helår … Utfall helår fg år), values and evaluated formulas, to the öre.
 */
export function compareExampleReport(sheet: ExcelJS.Worksheet): { compared: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let compared = 0;
  const rowOf = new Map<string, number>();
  sheet.eachRow((row, n) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string' && !rowOf.has(label.trim())) rowOf.set(label.trim(), n);
  });
  for (const { id, label } of EXAMPLE_LINES) {
    const r = rowOf.get(label);
    if (r === undefined) {
      mismatches.push({ cell: `A? ${label}`, expected: label, actual: undefined });
      continue;
    }
    const f = exampleFigures(id);
    const d = derived(f);
    const expected = [f.budgetYear, f.budgetPeriod, f.actualPeriod, d.variancePeriod, d.forecastYear, d.varianceYear, f.actualPriorPeriod, d.changePeriod, f.actualPriorYear];
    expected.forEach((want, i) => {
      const address = `${String.fromCharCode(66 + i)}${r}`;
      compared += 1;
      const got = cellNumber(sheet, address);
      if (Math.abs(got - want) > 0.005) mismatches.push({ cell: `${address} ${id}`, expected: want, actual: got });
    });
  }
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
export function sheetOfBlock(book: ExcelJS.Workbook, grid: Pick<ReportGrid, 'name' | 'sheetName'>): ExcelJS.Worksheet | undefined {
  const ranges = (book.definedNames as unknown as { getRanges(name: string): { ranges: string[] } }).getRanges(grid.name).ranges;
  const sheet = /^'?(.+?)'?!/.exec(ranges[0] ?? '')?.[1]?.replace(/''/g, "'");
  return book.getWorksheet(sheet ?? grid.sheetName);
}
