import type { Ledger } from '../ledger/types';
import type { Report, ReportLine } from '../report/report-types';
import { planTemplate } from '../report/check-template';
import type { AnalysisOptions, Contribution, Decomposition, Deviation, DeviationAnalysis, LineDeviation } from './analysis-types';
import { makeRouting } from './entry-route';
import type { Parting, PartMap } from './part-deviations';
import { addInto, leafParts } from './part-deviations';
import { toOre } from './ore';

type Split = { readonly by: 'account' | 'dimension'; readonly dimension?: string; readonly parting: Parting; readonly keys: readonly string[]; readonly labels: readonly string[] };

/**
 * Every report line's period and forecast deviation, in the total and in each breakdown block,
 * split by account and by the values of each ledger dimension, largest first, with a rest that
 * makes the parts add up to the line's deviation exactly in öre. The deviations are the report's
 * own (the same routing, forecast factors and sums: see entry-route.ts and forecast-split.ts).
 */
export function analyseDeviations(ledger: Ledger, report: Report, options: AnalysisOptions = {}): DeviationAnalysis {
  const top = options.top ?? 5;
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
  const raw = ledger.rawSign === 'costs-negative' ? 'costs-negative' : 'income-negative';
  const f = raw === report.signs ? 1 : -1;
  const leaves = leafParts(
    rt,
    splits.map((s) => s.parting),
    { f, signs: report.signs, method: report.forecastMethod },
  );
  const plan = planTemplate(report.template);
  const L = report.template.lines.length;
  // Per split, per group: the part maps of every line, sums evaluated like the report's.
  const perGroup = splits.map((_, d) =>
    Array.from({ length: groups }, (_g, g) => {
      const maps: PartMap[] = report.template.lines.map((line, i) => (line.type === 'summa' ? new Map() : leaves.parts[d][g * L + i]));
      for (const i of plan.order) for (const j of plan.parts[i]) addInto(maps[i], maps[j]);
      return maps;
    }),
  );
  const describe = (lines: readonly ReportLine[], maps: (d: number) => PartMap[], skip?: string): LineDeviation[] =>
    lines.map((line, i) => {
      const use = splits.map((s, d) => ({ s, d })).filter(({ s }) => s.dimension === undefined || s.dimension !== skip);
      const dev = (which: 0 | 1): Deviation => {
        const value = which === 0 ? line.values.variancePeriod : line.values.varianceYear;
        const ore = toOre(value ?? 0);
        return { ore, decompositions: use.map(({ s, d }) => decompose(s, maps(d)[i], which, ore, top)) };
      };
      return { lineId: line.id, period: dev(0), forecast: dev(1) };
    });
  if (!dim || !report.breakdown) return { lines: describe(report.lines, (d) => perGroup[d][0]), blocks: [] };
  const totals = perGroup.map((byGroup) =>
    report.template.lines.map((_, i) => {
      const m: PartMap = new Map();
      for (const g of byGroup) addInto(m, g[i]);
      return m;
    }),
  );
  const groupOf = new Map(dim.values.map((v, g) => [v, g]));
  return {
    lines: describe(report.lines, (d) => totals[d]),
    blocks: report.breakdown.blocks.map((b) => {
      const g = groupOf.get(b.key) ?? 0;
      const summary = report.breakdown?.summary.find((s) => s.key === b.key)?.lineId;
      const lines = options.blockLines === 'summary' ? b.lines.filter((l) => l.id === summary) : b.lines;
      const index = lines.map((l) => b.lines.indexOf(l));
      return { key: b.key, lines: describe(lines, (d) => index.map((i) => perGroup[d][g][i]), dim.name) };
    }),
  };
}

function decompose(split: Split, map: PartMap, which: 0 | 1, total: number, top: number): Decomposition {
  // The `top` largest by size, kept sorted while scanning: no sort of every part.
  const parts: Contribution[] = [];
  let count = 0;
  for (const [part, v] of map) {
    const ore = toOre(v[which]);
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
