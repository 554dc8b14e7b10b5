import { cellA1 } from '../address';
import type { Issue, Severity } from '../issue';
import { makeIssue } from '../issue';
import type { Params, Place } from '../i18n/types';
import type { ParamsOf } from '../i18n/catalog';

/** How many addresses a grouped issue lists in its params. */
export const LISTED = 5;

/** The codes grouped per column: their messages list the cells (params.cells and params.more). */
export type GroupedCode =
  | 'bad-account'
  | 'bad-period'
  | 'month-without-year'
  | 'bad-amount'
  | 'ambiguous-amount'
  | 'bad-type'
  | 'excel-error'
  | 'subtotal-rows'
  | 'external-links'
  | 'investments.subtotal-rows';

/** A grouped code's own params: the collector adds the cells, how many more, and the place. */
export type OwnParams<C extends GroupedCode> = Omit<ParamsOf<C>, 'cells' | 'more' | keyof Place>;

type OwnArgs<C extends GroupedCode> = Partial<OwnParams<C>> extends OwnParams<C> ? [params?: OwnParams<C>] : [params: OwnParams<C>];

type Group = {
  code: GroupedCode;
  severity: Severity;
  params: Params;
  count: number;
  rows: number[];
  cols: number[];
};

/**
 * Groups cell problems per code and column: one issue for "12 bad amounts in column C", with
 * the first address as `address`, up to five listed in params.cells, and the first bad value.
 */
export class IssueCollector {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly sheet: string) {}

  note<C extends GroupedCode>(code: C, severity: Severity, row: number, col: number, ...[own]: OwnArgs<C>): void {
    const params: Params = (own ?? {}) as Params;
    const key = `${code}\u0000${col}\u0000${params.error ?? ''}`;
    let g = this.groups.get(key);
    if (!g) {
      g = { code, severity, params, count: 0, rows: [], cols: [] };
      this.groups.set(key, g);
    }
    g.count++;
    if (g.rows.length < LISTED) {
      g.rows.push(row);
      g.cols.push(col);
    }
  }

  issues(): Issue[] {
    const out: Issue[] = [];
    for (const g of this.groups.values()) {
      const cells = g.rows.map((r, i) => cellA1(r, g.cols[i]));
      out.push(
        makeIssue(g.code, g.severity, { ...g.params, cells: cells.join(', '), more: Math.max(0, g.count - cells.length) } as ParamsOf<GroupedCode>, { sheet: this.sheet, address: cells[0], count: g.count }),
      );
    }
    return out;
  }
}
