/**
 * Deviation analysis and drafted commentary (issue 14): what runReport adds to the report on
 * the generated ledger, total only and broken down by Ansvar (the commentary's scope: every
 * line of the total, the summary line of each block). Not in run.ts's default set yet:
 * `node --expose-gc bench/.build/bench/child.js analysis 100000 7` after `tsc -p bench/tsconfig.json`.
 */
import { generateLedger } from '../generate';
import { toLedger } from '../to-ledger';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { MONTHS, YEAR } from '../spec';
import { analyseDeviations } from '../../src/core/analysis';
import { draftCommentary } from '../../src/core/commentary';
import { peakRssMB, timeSync, type Timing } from '../measure';
import { strip } from './engine';

export type AnalysisFigure = {
  readonly rows: number;
  /** The report alone, then analysis + commentary, per scope. */
  readonly total: { readonly report: Timing; readonly analysis: Timing };
  readonly byAnsvar: { readonly report: Timing; readonly analysis: Timing; readonly blocks: number };
  readonly peakMB: number;
};

export function analysisFigure(rows: number, runs: number): AnalysisFigure {
  const ledger = toLedger(generateLedger(rows));
  const template = defaultTemplate(true);
  const measure = (by: string | undefined) => {
    const options = { year: YEAR, throughMonth: MONTHS, forecast: 'remaining-budget' as const, signs: 'income-negative' as const, unit: 'tkr' as const };
    const report = timeSync(() => buildReport(ledger, template, by !== undefined ? { ...options, by } : options), runs);
    const analysis = timeSync(() => draftCommentary(report.last, analyseDeviations(ledger, report.last, { blockLines: 'summary' }), { lang: 'sv' }), runs);
    return { report: strip(report), analysis: strip(analysis), blocks: report.last.breakdown?.blocks.length ?? 0 };
  };
  const total = measure(undefined);
  const byAnsvar = measure('Ansvar');
  return { rows, total: { report: total.report, analysis: total.analysis }, byAnsvar, peakMB: peakRssMB() };
}
