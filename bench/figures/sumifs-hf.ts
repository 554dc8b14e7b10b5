/**
 * HyperFormula (GPL-3, dev-only: this file is bench code and never imported from src/)
 * evaluating the SUMIFS report over the ledger sheet. Timed from the raw sheet values to
 * the computed values: build (parse + evaluate) and read back.
 */
import { HyperFormula } from 'hyperformula';
import type { CellValue } from '../../src/core/snapshot';
import { SHEET } from '../to-ledger';

export type HfResult = { readonly values: number[][]; readonly errors: number };

export function evaluateWithHyperFormula(ledgerValues: readonly (readonly CellValue[])[], formulas: readonly (readonly string[])[]): HfResult {
  const hf = HyperFormula.buildFromSheets(
    { [SHEET]: ledgerValues as (string | number | boolean | null)[][], Rapport: formulas as string[][] },
    { licenseKey: 'gpl-v3', maxRows: Math.max(ledgerValues.length + 10, 40_000), maxColumns: 64 },
  );
  const id = hf.getSheetId('Rapport');
  if (id === undefined) throw new Error('HyperFormula lost the Rapport sheet');
  const raw = hf.getSheetValues(id);
  hf.destroy();
  let errors = 0;
  const values = raw.map((row) =>
    row.map((v) => {
      if (typeof v === 'number') return v;
      errors += 1;
      return Number.NaN;
    }),
  );
  return { values, errors };
}
