import { cellA1 } from '../address';
import type { Issue, IssueCode, Severity } from '../issue';
import { makeIssue } from '../issue';
import type { Params } from '../i18n/types';

/** How many addresses a grouped issue lists in its params. */
export const LISTED = 5;

type Group = {
  code: IssueCode;
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

  note(code: IssueCode, severity: Severity, row: number, col: number, params: Params = {}): void {
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
        makeIssue(g.code, g.severity, { ...g.params, cells: cells.join(', '), more: Math.max(0, g.count - cells.length) }, { sheet: this.sheet, address: cells[0], count: g.count }),
      );
    }
    return out;
  }
}
