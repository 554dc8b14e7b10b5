/**
 * Writes the generated ledger once as an .xlsx file with exceljs's streaming writer (the file
 * a controller would get from the finance system's export), cached by rows and seed under
 * bench/data/ so later runs read the same bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stream } from 'exceljs';
import { generateLedger } from './generate';
import { ledgerRow } from './to-snapshot';
import { HEADERS, SHEET } from './to-ledger';

export function xlsxPath(rows: number, seed: number): string {
  return path.resolve(__dirname, '..', '..', '..', 'bench', 'data', `ledger-${rows}-${seed}.xlsx`);
}

export async function ensureLedgerXlsx(rows: number, seed = 20250831): Promise<string> {
  const file = xlsxPath(rows, seed);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const g = generateLedger(rows, seed);
  const tmp = `${file}.tmp`;
  const wb = new stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: true });
  const ws = wb.addWorksheet(SHEET);
  ws.addRow([...HEADERS]).commit();
  for (let i = 0; i < rows; i += 1) ws.addRow(ledgerRow(g, i) as (string | number)[]).commit();
  ws.commit();
  await wb.commit();
  fs.renameSync(tmp, file);
  return file;
}
