/**
 * Type-level checks of the message catalog, compiled by `tsc` (tsconfig includes test/) and by
 * test/unit/i18n-params-typed.test.ts. Each `@ts-expect-error` line must be an error: if the
 * typing of makeIssue's params were loosened, the directive would be unused and compiling fails.
 */
import { makeIssue } from '../../src/core/issue';
import type { IssueCode, ParamsOf } from '../../src/core/i18n/catalog';
import { IssueCollector } from '../../src/core/ledger/issue-collector';
import { sieProblem } from '../../src/core/sie/model';

/** Codes whose params are the open Params record (any name goes): there must be none. */
type Open<C extends IssueCode> = string extends keyof ParamsOf<C> ? C : never;
type OpenCodes = { [C in IssueCode]: Open<C> }[IssueCode];
export const noOpenParams: [OpenCodes] extends [never] ? 'none' : OpenCodes = 'none';

export function wellTyped(): void {
  makeIssue('bad-account', 'error', { value: '5x10' }, { sheet: 'Huvudbok', address: 'A2' });
  makeIssue('no-ledger', 'error', { sheets: 'Blad1, Blad2' });
  makeIssue('sie.unclosed-voucher', 'error', { line: 12, series: 'A', number: 7 });
  makeIssue('assign.no-table', 'error');
  makeIssue('hidden-rows', 'warning', {}, { sheet: 'Huvudbok', address: 'A3:A9', count: 7 });
  new IssueCollector('Huvudbok').note('bad-amount', 'error', 2, 4, { value: 'tolv' });
  new IssueCollector('Huvudbok').note('subtotal-rows', 'warning', 2, 0);
  sieProblem('sie.unclosed-voucher', 12, { series: 'A', number: 7 }, 'error');
}

export function missingOrMisspelt(): void {
  // @ts-expect-error the account text ('value') is missing
  makeIssue('bad-account', 'error', {});
  // @ts-expect-error 'value' misspelt
  makeIssue('bad-account', 'error', { valeu: '5x10' });
  // @ts-expect-error params left out although the code needs 'sheets'
  makeIssue('no-ledger', 'error');
  // @ts-expect-error a param the message does not take
  makeIssue('assign.no-table', 'error', { sheet: 'Uppdrag', title: 'x' });
  // @ts-expect-error 'series' missing from the voucher
  makeIssue('sie.unclosed-voucher', 'error', { line: 12, number: 7 });
  // @ts-expect-error an adapter error's key is not an issue code
  makeIssue('xlsx.corrupt', 'error', {});
  // @ts-expect-error a code that does not exist
  makeIssue('no-such-code', 'error', {});
  // @ts-expect-error the collector adds cells and place, but the code's own param is misspelt
  new IssueCollector('Huvudbok').note('bad-amount', 'error', 2, 4, { vaule: 'tolv' });
  // @ts-expect-error an SIE problem gets its line from the record, but its 'series' is missing
  sieProblem('sie.unclosed-voucher', 12, { number: 7 }, 'error');
}
