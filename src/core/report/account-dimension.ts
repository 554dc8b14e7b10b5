import type { Dimension, Ledger } from '../ledger/types';
import { normalizeLabel } from '../text/normalize';

/**
 * `--by Konto`: the ledger's accounts as a breakdown dimension, so the report has one block per
 * account (the detail table per account, layout/detail-grid.ts). Values are the account codes;
 * `labels` gives "5110 Löner" where the ledger has the account's text.
 */
export const ACCOUNT_DIMENSION = 'Konto';

export function isAccountDimension(name: string): boolean {
  const n = normalizeLabel(name);
  return n === 'konto' || n === 'konton' || n === 'account' || n === 'accounts';
}

export function accountDimension(ledger: Ledger): Dimension & { readonly labels: Readonly<Record<string, string>> } {
  const index = new Int32Array(ledger.size);
  for (let i = 0; i < ledger.size; i++) index[i] = ledger.account[i] + 1;
  const labels: Record<string, string> = {};
  ledger.accounts.forEach((a, i) => {
    const text = ledger.accountTexts[i] ?? '';
    labels[a] = text ? `${a} ${text}` : a;
  });
  return { name: ACCOUNT_DIMENSION, values: ['', ...ledger.accounts], index, labels };
}
