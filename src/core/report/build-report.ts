import type { Dimension, Ledger } from '../ledger/types';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import { normalizeLabel } from '../text/normalize';
import type { Template } from './template';
import type { TemplatePlan } from './check-template';
import { planTemplate } from './check-template';
import { mapLines } from './line-map';
import { accumulate, SLOTS } from './accumulate';
import { hasActual, latestActual } from '../ledger/latest-actual';
import { accountCell } from './account-flags';
import type { Accumulation } from './accumulate';
import { leafValues, sumValues, zeroValues } from './line-values';
import { outOfScope, reconcile, rootLine } from './reconcile';
import { ACCOUNT_DIMENSION, accountDimension, isAccountDimension, splitAccountSuffix, valueAccountDimension } from './account-dimension';
import type { Breakdown, LineValues, Report, ReportBlock, ReportLine, ReportOptions } from './report-types';

/**
 * The part of a report that depends only on the ledger, the template and the period (and the
 * breakdown): the one pass over the typed arrays (accumulate.ts) and its issues. Unit, sign
 * convention and forecast method do not change it, so a prepared ledger keeps it and renders
 * any number of reports from it (reportFrom).
 */
export type Aggregate = {
  readonly ledger: Ledger;
  readonly template: Template;
  readonly plan: TemplatePlan;
  readonly year: number;
  readonly through: number;
  readonly dim: Dimension | undefined;
  readonly acc: Accumulation;
  readonly issues: readonly Issue[];
};

export type AggregateOptions = Pick<ReportOptions, 'year' | 'throughMonth' | 'by'>;
export type RenderOptions = Pick<ReportOptions, 'forecast' | 'signs' | 'unit'>;

export function aggregate(ledger: Ledger, template: Template, options: AggregateOptions): Aggregate {
  const issues: Issue[] = [];
  const plan = planTemplate(template);
  const map = mapLines(ledger, template);
  issues.push(...plan.issues, ...map.issues);
  // The latest month with actuals costs a full pass: only look for it when the caller did not say.
  const explicit = options.year !== undefined && options.throughMonth !== undefined;
  const latest = explicit ? null : latestActual(ledger);
  const year = options.year ?? latest?.year ?? ledger.years[ledger.years.length - 1] ?? 0;
  let through = options.throughMonth ?? (latest && latest.year === year ? latest.month : 12);
  if (explicit ? !hasActual(ledger) : !latest) issues.push(makeIssue('report.no-actuals', 'warning', { year }, { sheet: ledger.sheet }));
  if (through < 1 || through > 12) {
    if (options.throughMonth === undefined) issues.push(makeIssue('report.no-month', 'warning', { year }, { sheet: ledger.sheet }));
    through = 12;
  }
  if (ledger.rawSign === 'unknown') issues.push(makeIssue('report.sign-assumed', 'info', {}, { sheet: ledger.sheet }));
  const dim = options.by !== undefined ? findDimension(ledger, options.by) : undefined;
  if (options.by !== undefined && !dim) {
    issues.push(makeIssue('report.by-unknown', 'error', { dimension: options.by, known: [...Object.keys(ledger.dimensions), ACCOUNT_DIMENSION].join(', ') }, { sheet: ledger.sheet }));
  }
  const groups = dim ? dim.values.length : 1;
  const acc = accumulate(ledger, map, template.lines.length, year, through, dim ? dim.index : null, groups);
  return { ledger, template, plan, year, through, dim, acc, issues };
}

/**
 * Aggregates a ledger into a report by a template: one pass over the typed arrays, then per
 * line the columns, forecasts and sums. Values in kronor, unrounded, in the chosen sign
 * convention. With `by`, forecasts are made per block and the total is the sum of the blocks,
 * so the blocks add up to the total in every column.
 */
export function buildReport(ledger: Ledger, template: Template, options: ReportOptions): Report {
  return reportFrom(aggregate(ledger, template, options), options);
}

/** The report in the chosen unit, sign convention and forecast method, from an aggregate. */
export function reportFrom(agg: Aggregate, options: RenderOptions): Report {
  const { ledger, template, plan, year, through, dim, acc } = agg;
  const issues: Issue[] = [...agg.issues];
  const raw = ledger.rawSign === 'costs-negative' ? 'costs-negative' : 'income-negative';
  const f = raw === options.signs ? 1 : -1;
  const groups = acc.groups;
  const fallbacks = new Map<string, { count: number; row: number }>();
  const blockValues: { key: string; values: LineValues[] }[] = [];
  for (let g = 0; g < groups; g++) {
    if (dim && acc.entries[g] === 0) continue;
    blockValues.push({ key: dim ? dim.values[g] : '', values: groupValues(template, plan, acc, g, f, options, through, fallbacks) });
  }
  let total: LineValues[];
  if (!dim) total = blockValues[0]?.values ?? template.lines.map(zeroValues);
  else {
    total = template.lines.map((line, i) => (line.type === 'summa' ? zeroValues() : sumValues(blockValues.map((b) => b.values[i]), options.signs)));
    evaluateSums(plan, total, options);
  }
  for (const [id, { count, row }] of fallbacks) {
    issues.push(makeIssue('report.forecast.fallback', 'warning', { id, method: options.forecast }, { ...accountCell(ledger, row), count }));
  }
  const rec = reconcile(template, plan, acc, f, total, { manual: options.forecast === 'manual', year, through });
  issues.push(...rec.issues, ...outOfScope(ledger, acc, f));
  const lines = toLines(template, plan, total);
  let breakdown: Breakdown | undefined;
  if (dim) {
    const blocks: ReportBlock[] = blockValues.map((b) => ({ key: b.key, lines: toLines(template, plan, b.values) }));
    const netIndex = template.lines.findIndex((l) => l.id === 'net');
    const summaryLine = netIndex >= 0 ? netIndex : rootLine(template, plan);
    const summary = summaryLine < 0 ? [] : blockValues.map((b) => ({ key: b.key, lineId: template.lines[summaryLine].id, values: b.values[summaryLine] }));
    breakdown = { dimension: dim.name, blocks, summary, ...('labels' in dim ? { labels: dim.labels as Readonly<Record<string, string>> } : {}) };
  }
  return { year, through, unit: options.unit, signs: options.signs, forecastMethod: options.forecast, template, lines, breakdown, checks: rec.checks, issues };
}

function findDimension(ledger: Ledger, name: string): Dimension | undefined {
  if (isAccountDimension(name)) return accountDimension(ledger);
  const base = splitAccountSuffix(name);
  const wanted = normalizeLabel(base ?? name);
  const dim = Object.values(ledger.dimensions).find((d) => normalizeLabel(d.name) === wanted);
  return dim && base !== null ? valueAccountDimension(ledger, dim) : dim;
}

type Fallbacks = Map<string, { count: number; row: number }>;

function groupValues(template: Template, plan: TemplatePlan, acc: Accumulation, g: number, f: number, options: RenderOptions, m: number, fallbacks: Fallbacks): LineValues[] {
  const values = template.lines.map((line, i) => {
    if (line.type === 'summa') return zeroValues();
    const restRow = acc.restRow[g * acc.lines + i];
    const r = leafValues(acc.sums, (g * acc.lines + i) * SLOTS, f, options.signs, options.forecast, m, { partial: restRow >= 0, priorYearKnown: acc.priorYearKnown });
    if (r.fallback) {
      const seen = fallbacks.get(line.id);
      const row = options.forecast === 'manual' ? restRow : -1;
      fallbacks.set(line.id, { count: (seen?.count ?? 0) + 1, row: seen && seen.row >= 0 && (row < 0 || seen.row < row) ? seen.row : row });
    }
    return r.values;
  });
  evaluateSums(plan, values, options);
  return values;
}

function evaluateSums(plan: TemplatePlan, values: LineValues[], options: Pick<ReportOptions, 'signs'>): void {
  for (const i of plan.order) values[i] = sumValues(plan.parts[i].map((j) => values[j]), options.signs);
}

function toLines(template: Template, plan: TemplatePlan, values: readonly LineValues[]): ReportLine[] {
  return template.lines.map((line, i) => ({
    id: line.id,
    label: line.label,
    type: line.type,
    level: line.level,
    parts: plan.broken.has(i) ? [] : plan.parts[i].map((j) => template.lines[j].id),
    ...(line.note ? { note: line.note } : {}),
    values: values[i],
  }));
}
