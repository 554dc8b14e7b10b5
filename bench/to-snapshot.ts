/**
 * The generated ledger as a controller's sheet: header row 1, then one row per entry with
 * Konto (number), Kontotext, Period (ÅÅÅÅMM number), Ansvar (number), Motpart (text),
 * Typ (Utfall/Budget) and Belopp. Used for readLedger, the SUMIFS sheet and the .xlsx file.
 */
import type { CellValue, WorkbookSnapshot } from '../src/core/snapshot';
import { KIND_ACTUAL, type GeneratedLedger } from './generate';
import { HEADERS, SHEET } from './to-ledger';

export function ledgerRow(g: GeneratedLedger, i: number): CellValue[] {
  return [
    Number(g.accountCodes[g.account[i]]),
    g.accountTexts[g.account[i]],
    g.period[i],
    Number(g.ansvarCodes[g.ansvar[i]]),
    g.motpartCodes[g.motpart[i]],
    g.kind[i] === KIND_ACTUAL ? 'Utfall' : 'Budget',
    g.amount[i],
  ];
}

export function ledgerValues(g: GeneratedLedger): CellValue[][] {
  const values: CellValue[][] = new Array(g.rows + 1);
  values[0] = [...HEADERS];
  for (let i = 0; i < g.rows; i += 1) values[i + 1] = ledgerRow(g, i);
  return values;
}

export function toSnapshot(g: GeneratedLedger): WorkbookSnapshot {
  return { sheets: [{ name: SHEET, originRow: 0, originCol: 0, values: ledgerValues(g) }] };
}
