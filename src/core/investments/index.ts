/** The investment report (DOMAIN.md §11): projects in nested groups, budget, forecast, actuals. */
export type { InvestmentLedger, InvestmentLine, InvestmentReport, InvestmentValues, InvestmentColumn, Project } from './types';
export { INVESTMENT_COLUMNS } from './types';
export { readInvestmentLedger } from './read-ledger';
export { readStructure } from './read-structure';
export { STRUCTURE_SHEET } from './structure';
export type { InvestmentStructure, StructureLine } from './structure';
export { defaultStructure } from './default-structure';
export { buildInvestments } from './build';
export type { InvestmentOptions } from './build';
export { investmentGrid, investmentColumns, investmentColumnLabel } from './grid';
export { investmentJson } from './json';
export type { InvestmentJson } from './json';
export { runInvestments } from './run';
export type { RunInvestmentsOptions, RunInvestmentsResult } from './run';
export { runSieInvestments } from './from-sie';
