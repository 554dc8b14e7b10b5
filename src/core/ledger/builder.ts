import type { CellValue } from '../snapshot';

/**
 * Growable columnar storage for ledger entries: typed arrays that double when full, and
 * string interning with Maps, so reading a million rows allocates no object per row.
 */
export class EntryArrays {
  size = 0;
  account = new Int32Array(1024);
  period = new Int32Array(1024);
  kind = new Uint8Array(1024);
  amount = new Float64Array(1024);
  sourceRow = new Int32Array(1024);
  dims: Int32Array[];

  constructor(dimensionCount: number, expected: number) {
    const cap = Math.max(16, expected);
    this.account = new Int32Array(cap);
    this.period = new Int32Array(cap);
    this.kind = new Uint8Array(cap);
    this.amount = new Float64Array(cap);
    this.sourceRow = new Int32Array(cap);
    this.dims = Array.from({ length: dimensionCount }, () => new Int32Array(cap));
  }

  private grow(): void {
    const cap = this.account.length * 2;
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.account = g(this.account, (n) => new Int32Array(n));
    this.period = g(this.period, (n) => new Int32Array(n));
    this.kind = g(this.kind, (n) => new Uint8Array(n));
    this.amount = g(this.amount, (n) => new Float64Array(n));
    this.sourceRow = g(this.sourceRow, (n) => new Int32Array(n));
    this.dims = this.dims.map((d) => g(d, (n) => new Int32Array(n)));
  }

  /** Appends an entry; the caller then sets dims[d][index] for each dimension. Returns the index. */
  push(account: number, period: number, kind: number, amount: number, row: number): number {
    if (this.size === this.account.length) this.grow();
    const i = this.size++;
    this.account[i] = account;
    this.period[i] = period;
    this.kind[i] = kind;
    this.amount[i] = amount;
    this.sourceRow[i] = row;
    return i;
  }
}

/** Distinct texts in order of first appearance; a number and its text form are the same value. */
export class Interner {
  readonly values: string[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();

  constructor(first?: string) {
    if (first !== undefined) this.text(first);
  }

  text(s: string): number {
    const hit = this.byText.get(s);
    if (hit !== undefined) return hit;
    const i = this.values.length;
    this.values.push(s);
    this.byText.set(s, i);
    return i;
  }

  number(n: number): number {
    const hit = this.byNumber.get(n);
    if (hit !== undefined) return hit;
    const i = this.text(String(n));
    this.byNumber.set(n, i);
    return i;
  }

  /** A dimension cell: number or trimmed text; empty, boolean or an error value is index 0 (''). */
  cell(v: CellValue): number {
    if (typeof v === 'number') return this.number(v);
    if (typeof v === 'string') {
      const hit = this.byText.get(v);
      return hit !== undefined ? hit : this.text(v.trim());
    }
    return 0;
  }
}
