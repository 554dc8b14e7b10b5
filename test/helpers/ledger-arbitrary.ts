import fc from 'fast-check';
import type { Entry } from './ledger-builder';

/**
 * fast-check fields of a random ledger entry: one of the accounts, a period of 2024 or 2025
 * (month 0 = the whole year), actual, budget or forecast, an amount to the öre within ±50 000 kr.
 */
export function entryFields(accounts: readonly string[]) {
  return {
    account: fc.constantFrom(...accounts),
    period: fc.tuple(fc.constantFrom(2024, 2025), fc.integer({ min: 0, max: 12 })).map(([y, m]) => y * 100 + m),
    kind: fc.constantFrom('actual' as const, 'budget' as const, 'forecast' as const),
    amount: fc.integer({ min: -5_000_000, max: 5_000_000 }).map((n) => n / 100),
  };
}

/** 1 to maxLength random entries with a Motpart and an Ansvar drawn from the lists. */
export function entriesArb(o: { accounts: readonly string[]; motpart: readonly string[]; ansvar: readonly string[]; maxLength: number }): fc.Arbitrary<Entry[]> {
  const entry = fc.record({ ...entryFields(o.accounts), motpart: fc.constantFrom(...o.motpart), ansvar: fc.constantFrom(...o.ansvar) });
  return fc.array(entry, { minLength: 1, maxLength: o.maxLength }).map((es) => es.map(({ motpart, ansvar, ...e }): Entry => ({ ...e, dims: { Motpart: motpart, Ansvar: ansvar } })));
}
