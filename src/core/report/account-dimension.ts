import type { Dimension, Ledger } from '../ledger/types';
import { normalizeLabel } from '../text/normalize';

/**
 * `--by Konto`: the ledger's accounts as a breakdown dimension, so the report has one block per
 * account (the detail table per account, layout/detail-grid.ts). Values are the account codes;
 * `labels` gives "5110 Löner" where the ledger has the account's text.
 */
export const ACCOUNT_DIMENSION = 'Konto';

/** `--by Ansvar+Konto`: per value of the dimension, its accounts (the keys are "value|account"). */
export const ACCOUNT_SUFFIX = `+${ACCOUNT_DIMENSION}`;

export function splitAccountSuffix(name: string): string | null {
  const m = /^(.+?)\s*\+\s*(konto|konton|account|accounts)$/i.exec(name.trim());
  return m ? m[1] : null;
}

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

/** The dimension × account breakdown: one block per (value, account) that has entries. */
export function valueAccountDimension(ledger: Ledger, dim: Dimension): Dimension & { readonly labels: Readonly<Record<string, string>> } {
  const accounts = accountDimension(ledger).labels;
  const keyIndex = new Map<string, number>();
  const values: string[] = [''];
  const labels: Record<string, string> = {};
  const index = new Int32Array(ledger.size);
  for (let i = 0; i < ledger.size; i++) {
    const account = ledger.accounts[ledger.account[i]];
    const key = `${dim.values[dim.index[i]]}|${account}`;
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = values.length;
      values.push(key);
      keyIndex.set(key, k);
      labels[key] = accounts[account];
    }
    index[i] = k;
  }
  return { name: `${dim.name}${ACCOUNT_SUFFIX}`, values, index, labels };
}
