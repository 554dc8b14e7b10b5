import type { Ledger, RawSign } from './types';

/** What `validate --json` prints under "ledger": where the table is and what was found. */
export type LedgerSummary = {
  readonly sheet: string;
  readonly range: string;
  readonly form: Ledger['form'];
  /** Role → header as in the sheet; dimensions as "dimension:Ansvar". */
  readonly columns: Readonly<Record<string, string>>;
  /** Source rows read (a row with Utfall and Budget counts once). */
  readonly rows: number;
  readonly entries: number;
  readonly years: readonly number[];
  readonly signConvention: RawSign;
};

export function countSourceRows(ledger: Ledger): number {
  let rows = 0;
  let last = -1;
  for (let i = 0; i < ledger.size; i++) {
    if (ledger.sourceRow[i] !== last) {
      rows++;
      last = ledger.sourceRow[i];
    }
  }
  return rows;
}

export function ledgerSummary(ledger: Ledger): LedgerSummary {
  const columns: Record<string, string> = {};
  for (const c of ledger.columns) columns[c.role === 'dimension' ? `dimension:${c.dimension}` : c.role] = c.header;
  return {
    sheet: ledger.sheet,
    range: ledger.range,
    form: ledger.form,
    columns,
    rows: countSourceRows(ledger),
    entries: ledger.size,
    years: ledger.years,
    signConvention: ledger.rawSign,
  };
}
