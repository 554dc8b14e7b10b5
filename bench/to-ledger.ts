/**
 * Builds the engine's columnar Ledger (src/core/ledger/types.ts) straight from the generator,
 * honouring the contract: accounts and dimension values in order of first appearance,
 * dimension index 0 reserved for "no value", sourceRow the 0-based sheet row (header on row 0).
 */
import type { Dimension, Ledger } from '../src/core/ledger/types';
import { KIND_ACTUAL, type GeneratedLedger } from './generate';
import { AMOUNT_KIND } from '../src/core/ledger/types';

export const SHEET = 'Huvudbok';
export const HEADERS = ['Konto', 'Kontotext', 'Period', 'Ansvar', 'Motpart', 'Typ', 'Belopp'] as const;

function firstAppearance(source: Int32Array, labels: readonly string[], offset: number): { values: string[]; index: Int32Array } {
  const map = new Int32Array(labels.length).fill(-1);
  const values: string[] = [];
  const index = new Int32Array(source.length);
  for (let i = 0; i < source.length; i += 1) {
    const s = source[i];
    if (map[s] < 0) {
      map[s] = values.length + offset;
      values.push(labels[s]);
    }
    index[i] = map[s];
  }
  return { values, index };
}

function dimension(name: string, source: Int32Array, labels: readonly string[]): Dimension {
  const { values, index } = firstAppearance(source, labels, 1);
  return { name, values: ['', ...values], index };
}

export function lastColumnLetter(): string {
  return String.fromCharCode(64 + HEADERS.length);
}

export function toLedger(g: GeneratedLedger): Ledger {
  const acc = firstAppearance(g.account, g.accountCodes, 0);
  const textOf = new Map(g.accountCodes.map((c, i) => [c, g.accountTexts[i]] as const));
  const kind = new Uint8Array(g.rows);
  const sourceRow = new Int32Array(g.rows);
  for (let i = 0; i < g.rows; i += 1) {
    kind[i] = g.kind[i] === KIND_ACTUAL ? AMOUNT_KIND.actual : AMOUNT_KIND.budget;
    sourceRow[i] = i + 1;
  }
  return {
    sheet: SHEET,
    range: `A1:${lastColumnLetter()}${g.rows + 1}`,
    headerRow: 0,
    form: 'typed',
    columns: [
      { role: 'account', header: 'Konto', col: 0 },
      { role: 'accountText', header: 'Kontotext', col: 1 },
      { role: 'period', header: 'Period', col: 2 },
      { role: 'dimension', header: 'Ansvar', col: 3, dimension: 'Ansvar' },
      { role: 'dimension', header: 'Motpart', col: 4, dimension: 'Motpart' },
      { role: 'amountType', header: 'Typ', col: 5 },
      { role: 'amount', header: 'Belopp', col: 6 },
    ],
    accounts: acc.values,
    accountTexts: acc.values.map((c) => textOf.get(c) ?? ''),
    size: g.rows,
    account: acc.index,
    period: g.period.slice(),
    kind,
    amount: g.amount.slice(),
    sourceRow,
    dimensions: { Ansvar: dimension('Ansvar', g.ansvar, g.ansvarCodes), Motpart: dimension('Motpart', g.motpart, g.motpartCodes) },
    years: [2024, 2025],
    rawSign: 'income-negative',
  };
}
