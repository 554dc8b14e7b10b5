/** The ledger reader: find the table, read it into typed arrays, summarise it. */
export type { LedgerOptions, LedgerRead } from './read';
export { readLedger } from './read';
export type { LedgerSummary } from './summary';
export { ledgerSummary } from './summary';
export type { HeaderCell, TableCandidate, RoleOverrides } from './find-table';
export { detectHeader, findTable, headerCells, isOwnSheet } from './find-table';
export { roleOfHeader, DIMENSION_NAMES } from './headers';
export { periodFromTitle } from './title-period';
