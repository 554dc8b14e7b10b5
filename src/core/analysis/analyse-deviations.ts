import type { Ledger } from '../ledger/types';
import type { Report, ReportLine } from '../report/report-types';
import { planTemplate } from '../report/check-template';
import type { AnalysisOptions, Contribution, Decomposition, DeviationAnalysis, LineDeviation } from './analysis-types';
import { makeRouting } from './entry-route';
import type { LineRouting, Parting, PartSums } from './part-deviations';
import { leafParts, partSums } from './part-deviations';
import type { PartVector } from './part-vector';
import { clearVector, gather, leafLinesOf, partVector } from './part-vector';
import { toOre } from './ore';

type Split = { readonly by: 'account' | 'dimension'; readonly dimension?: string; readonly parting: Parting; readonly keys: readonly string[]; readonly labels: readonly string[] };

/**
 * Every report line's period and forecast deviation, in the total and in each breakdown block,
 * split by account and by the values of each ledger dimension, largest first, with a rest that
 * makes the parts add up to the line's deviation exactly in öre. The deviations are the report's
 * own (the same routing, forecast factors and sums: see entry-route.ts and forecast-split.ts).
 */
/**
 * The part of the analysis that passes over the ledger: the routing and the raw part sums for
 * the report's template, period and breakdown. Unit, sign convention and forecast method do not
 * change it, so a report re-rendered with other ones reuses it (run-report.ts keeps it beside
 * the report's aggregate).
 */
export type DeviationPass = {
  readonly ledger: Ledger;
  readonly template: Report['template'];
  readonly year: number;
  readonly through: number;
  readonly dimension: string | undefined;
  /** The routing's line-level facts only: the per-row arrays are not kept with the pass. */
  readonly rt: LineRouting;
  readonly splits: readonly Split[];
  readonly sums: PartSums;
};

export function deviationPass(ledger: Ledger, report: Pick<Report, 'template' | 'year' | 'through' | 'breakdown'>): DeviationPass {
  const dimName = report.breakdown?.dimension;
  const dim = dimName !== undefined ? Object.values(ledger.dimensions).find((d) => d.name === dimName) : undefined;
  const groups = dim ? dim.values.length : 1;
  const rt = makeRouting(ledger, report.template, report.year, report.through, dim ? dim.index : null, groups);
  const splits: Split[] = [
    {
      by: 'account',
      parting: { index: ledger.account, count: ledger.accounts.length },
      keys: ledger.accounts,
      labels: ledger.accounts.map((a, i) => `${a} ${ledger.accountTexts[i] ?? ''}`.trim()),
    },
    ...Object.values(ledger.dimensions).map((d): Split => ({ by: 'dimension', dimension: d.name, parting: { index: d.index, count: d.values.length }, keys: d.values, labels: d.values })),
  ];
  const sums = partSums(
    rt,
    splits.map((s) => s.parting),
  );
  const line: LineRouting = { groups: rt.groups, lines: rt.lines, through: rt.through, priorYearKnown: rt.priorYearKnown };
  return { ledger, template: report.template, year: report.year, through: report.through, dimension: dimName, rt: line, splits, sums };
}

/** Whether `pass` was made for this ledger and the report's template, period and breakdown. */
function passFits(pass: DeviationPass, ledger: Ledger, report: Report): boolean {
  return pass.ledger === ledger && pass.template === report.template && pass.year === report.year && pass.through === report.through && pass.dimension === report.breakdown?.dimension;
}

/**
 * Every report line's period and forecast deviation, in the total and in each breakdown block,
 * split by account and by the values of each ledger dimension, largest first, with a rest that
 * makes the parts add up to the line's deviation exactly in öre. The deviations are the report's
 * own (the same routing, forecast factors and sums: see entry-route.ts and forecast-split.ts).
 * `pass` (deviationPass) is reused when it was made for the same ledger, template, period and
 * breakdown, and made again otherwise.
 */
export function analyseDeviations(ledger: Ledger, report: Report, options: AnalysisOptions = {}, pass?: DeviationPass): DeviationAnalysis {
  const top = options.top ?? 5;
  const made = pass && passFits(pass, ledger, report) ? pass : deviationPass(ledger, report);
  const { rt, splits } = made;
  const dimName = report.breakdown?.dimension;
  const dim = dimName !== undefined ? Object.values(ledger.dimensions).find((d) => d.name === dimName) : undefined;
  const groups = rt.groups;
  const raw = ledger.rawSign === 'costs-negative' ? 'costs-negative' : 'income-negative';
  const f = raw === report.signs ? 1 : -1;
  const leaves = leafParts(
    rt,
    splits.map((s) => s.parting),
    { f, signs: report.signs, method: report.forecastMethod },
    made.sums,
  );
  const plan = planTemplate(report.template);
  const L = report.template.lines.length;
  const leafLines = leafLinesOf(report.template, plan);
  const vectors = splits.map((s) => partVector(s.parting.count));
  /** Line i's decompositions over the groups `over` (one block, or every group for the total). */
  const describe = (lines: readonly ReportLine[], index: readonly number[], over: readonly number[], skip?: string): LineDeviation[] =>
    lines.map((line, n) => {
      const i = index[n];
      const use = splits.map((s, d) => ({ s, d })).filter(({ s }) => s.dimension === undefined || s.dimension !== skip);
      const period = toOre(line.values.variancePeriod ?? 0);
      const forecast = toOre(line.values.varianceYear ?? 0);
      const pd: Decomposition[] = [];
      const fd: Decomposition[] = [];
      for (const { s, d } of use) {
        const v = vectors[d];
        for (const g of over) gather(v, leaves.parts[d], leafLines[i], g, L);
        pd.push(decompose(s, v, 0, period, top));
        fd.push(decompose(s, v, 1, forecast, top));
        clearVector(v);
      }
      return { lineId: line.id, period: { ore: period, decompositions: pd }, forecast: { ore: forecast, decompositions: fd } };
    });
  const all = Array.from({ length: groups }, (_, g) => g);
  const lineIndex = report.lines.map((_, i) => i);
  if (!dim || !report.breakdown) return { lines: describe(report.lines, lineIndex, all), blocks: [] };
  const groupOf = new Map(dim.values.map((v, g) => [v, g]));
  return {
    lines: describe(report.lines, lineIndex, all),
    blocks: report.breakdown.blocks.map((b) => {
      const g = groupOf.get(b.key) ?? 0;
      const summary = report.breakdown?.summary.find((s) => s.key === b.key)?.lineId;
      const lines = options.blockLines === 'summary' ? b.lines.filter((l) => l.id === summary) : b.lines;
      return { key: b.key, lines: describe(lines, lines.map((l) => b.lines.indexOf(l)), [g], dim.name) };
    }),
  };
}

function decompose(split: Split, v: PartVector, which: 0 | 1, total: number, top: number): Decomposition {
  // The `top` largest by size, kept sorted while scanning: no sort of every part.
  const parts: Contribution[] = [];
  const values = which === 0 ? v.period : v.forecast;
  let count = 0;
  for (const part of v.touched) {
    const ore = toOre(values[part]);
    if (ore === 0) continue;
    count += 1;
    if (parts.length === top && !before(ore, split.keys[part], parts[top - 1])) continue;
    const c = { key: split.keys[part], label: split.labels[part], ore };
    let at = parts.length;
    while (at > 0 && before(ore, c.key, parts[at - 1])) at -= 1;
    parts.splice(at, 0, c);
    if (parts.length > top) parts.pop();
  }
  const listed = parts.reduce((s, p) => s + p.ore, 0);
  return { by: split.by, ...(split.dimension !== undefined ? { dimension: split.dimension } : {}), parts, rest: { ore: total - listed, count: count - parts.length } };
}

/** Larger size first, then the key. */
function before(ore: number, key: string, than: Contribution): boolean {
  const a = Math.abs(ore);
  const b = Math.abs(than.ore);
  return a > b || (a === b && key < than.key);
}
