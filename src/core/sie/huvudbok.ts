import type { CellValue, SheetSnapshot } from '../snapshot';
import type { RoleOverrides } from '../ledger/find-table';
import { roleOfHeader } from '../ledger/headers';
import type { SieFile } from './model';
import type { LedgerRow } from './ledger-rows';

/**
 * The ledger rows as the long-form sheet the workbook reader already understands: `Huvudbok`
 * with Konto, Kontotext, Period (YYYYMM), one column per dimension (named by its #DIM), Utfall
 * and Budget. Rows with the same account, month and objects are added in öre, so nothing is
 * summed away and no float drift enters. Each sheet row remembers the first SIE line it came from.
 */
export const HUVUDBOK_SHEET = 'Huvudbok';

export type Huvudbok = {
  readonly sheet: SheetSnapshot;
  /** The dimension headers, to be read as dimensions whatever their names. */
  readonly roles: RoleOverrides;
  /** Per 0-based sheet row: the SIE line number (0 for the header row). */
  readonly lines: readonly number[];
  /** Dimension number → its 0-based column on the sheet. */
  readonly dimColumns: ReadonlyMap<string, number>;
};

function dimensionHeaders(file: SieFile, dims: readonly string[]): string[] {
  const used = new Set(['konto', 'kontotext', 'period', 'utfall', 'budget']);
  return dims.map((d) => {
    const declared = file.dims.get(d)?.name.trim() ?? '';
    let name = declared === '' ? `Dimension ${d}` : declared;
    const role = roleOfHeader(name)?.role;
    if ((role !== undefined && role !== 'dimension') || used.has(name.toLowerCase())) name = `${name} (dim ${d})`;
    used.add(name.toLowerCase());
    return name;
  });
}

type Acc = { account: string; period: number; objs: string[]; actual: number | null; budget: number | null; line: number };

export function huvudbok(file: SieFile, rows: readonly LedgerRow[]): Huvudbok {
  const dimSet = new Set<string>();
  for (const r of rows) for (const o of r.objects) dimSet.add(o.dim);
  const dims = [...dimSet].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const col = new Map(dims.map((d, i) => [d, i]));
  const groups = new Map<string, Acc>();
  for (const r of rows) {
    const objs = dims.map(() => '');
    for (const o of r.objects) objs[col.get(o.dim) as number] = o.obj;
    const key = `${r.account}|${r.period}|${objs.join('\u0000')}`;
    let g = groups.get(key);
    if (!g) {
      g = { account: r.account, period: r.period, objs, actual: null, budget: null, line: r.line };
      groups.set(key, g);
    }
    if (r.kind === 'actual') g.actual = (g.actual ?? 0) + r.ore;
    else g.budget = (g.budget ?? 0) + r.ore;
    if (r.line < g.line) g.line = r.line;
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const keyed = [...groups.values()].map((g) => ({ g, objs: g.objs.join('\u0000') }));
  keyed.sort((a, b) => cmp(a.g.account, b.g.account) || a.g.period - b.g.period || cmp(a.objs, b.objs));
  const sorted = keyed.map((k) => k.g);
  const headers = dimensionHeaders(file, dims);
  const values: CellValue[][] = [['Konto', 'Kontotext', 'Period', ...headers, 'Utfall', 'Budget']];
  const lines: number[] = [0];
  for (const g of sorted) {
    const name = file.accounts.get(g.account)?.name ?? '';
    values.push([g.account, name, g.period, ...g.objs.map((o) => (o === '' ? null : o)), g.actual === null ? null : g.actual / 100, g.budget === null ? null : g.budget / 100]);
    lines.push(g.line);
  }
  const roles: Record<string, 'dimension'> = {};
  for (const h of headers) roles[h] = 'dimension';
  return { sheet: { name: HUVUDBOK_SHEET, originRow: 0, originCol: 0, values }, roles, lines, dimColumns: new Map(dims.map((d, i) => [d, 3 + i])) };
}
