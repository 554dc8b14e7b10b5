import { COLUMN_IDS } from '../../src/core/report/report-types';
import { buildLedger } from './ledger-builder';

/**
 * The small ledger the variance-chart tests share: income, personnel and other costs in January
 * 2025 under Ansvar 110 and 120, and a yearly budget on 7010.
 */
export const chartLedger = buildLedger([
  { account: '3010', period: 202501, kind: 'actual', amount: -100, dims: { Ansvar: '110' } },
  { account: '5010', period: 202501, kind: 'actual', amount: 400, dims: { Ansvar: '110' } },
  { account: '6110', period: 202501, kind: 'actual', amount: 50, dims: { Ansvar: '120' } },
  { account: '7010', period: 202500, kind: 'budget', amount: 1200, dims: { Ansvar: '120' } },
]);

/** The report grid's column (0-based, the label in 0) of a report column. */
export const reportColumn = (id: (typeof COLUMN_IDS)[number]): number => 1 + COLUMN_IDS.indexOf(id);
