import type { ObjectRef, PeriodRow, SieFile, SieProblem } from './model';

/**
 * How a type-3 file's #PSALDO/#PBUDGET rows with objects relate to the row without (`{}`).
 *
 * - 'total': the standard's reading. `{}` is the account's total and the object rows split it
 *   again, one dimension at a time; adding both counts twice. The rows of one dimension are
 *   used (dimension 1 when present, else the lowest), the total minus those objects stays as a
 *   row without object, and the other dimensions' rows are left out (and said so).
 * - 'cells': some programs (Avendo's Övningsbolaget export is one) write disjoint cells instead:
 *   `{}` is the part booked without any object, every object list a combination of its own, and
 *   the account's total is the sum of all rows.
 *
 * The file decides: where an account has object rows and a #RES, the reading whose year sum
 * equals #RES gets the vote. Without such evidence the standard's reading is used.
 */
export type ObjectReading = 'total' | 'cells';

const key = (r: PeriodRow): string => `${r.year}|${r.account}`;

export function chooseReading(file: SieFile): { reading: ObjectReading; total: number; cells: number } {
  const plain = new Map<string, number>();
  const objects = new Map<string, number>();
  for (const r of file.psaldo) {
    const m = r.objects.length === 0 ? plain : objects;
    m.set(key(r), (m.get(key(r)) ?? 0) + r.ore);
  }
  let total = 0;
  let cells = 0;
  for (const res of file.results) {
    const k = `${res.year}|${res.account}`;
    const o = objects.get(k);
    if (o === undefined || o === 0) continue;
    const t = plain.get(k) ?? 0;
    if (t === res.ore) total++;
    else if (t + o === res.ore) cells++;
  }
  return { reading: cells > total ? 'cells' : 'total', total, cells };
}

function primaryDimension(rows: readonly PeriodRow[]): string | null {
  const dims = new Set<string>();
  for (const r of rows) for (const o of r.objects) dims.add(o.dim);
  if (dims.size === 0) return null;
  if (dims.has('1')) return '1';
  return [...dims].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))[0];
}

const has = (objects: readonly ObjectRef[], dim: string): boolean => objects.some((o) => o.dim === dim);

/** The rows to use under the chosen reading, and what was left out. */
export function applyReading(rows: readonly PeriodRow[], reading: ObjectReading, out: SieProblem[]): PeriodRow[] {
  if (reading === 'cells') return [...rows];
  const primary = primaryDimension(rows);
  if (primary === null) return [...rows];
  const groups = new Map<string, PeriodRow[]>();
  for (const r of rows) {
    const k = `${r.year}|${r.period}|${r.account}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const used: PeriodRow[] = [];
  const dropped = new Map<string, number>();
  for (const g of groups.values()) {
    const totals = g.filter((r) => r.objects.length === 0);
    const kept = g.filter((r) => has(r.objects, primary));
    for (const r of g) {
      if (r.objects.length === 0 || has(r.objects, primary)) continue;
      for (const o of r.objects) if (!dropped.has(o.dim)) dropped.set(o.dim, r.line);
    }
    used.push(...kept);
    if (totals.length === 0) continue;
    const rest = totals.reduce((s, r) => s + r.ore, 0) - kept.reduce((s, r) => s + r.ore, 0);
    if (rest !== 0 || kept.length === 0) used.push({ ...totals[0], ore: rest });
  }
  for (const [dim, line] of dropped) out.push({ code: 'sie.dimension-not-used', severity: 'info', line, params: { line, dim, primary } });
  return used.sort((a, b) => a.line - b.line);
}
