import type { CellValue, SheetSnapshot } from '../../../core/snapshot';

/**
 * Collects a sheet's cells, row by row in sheet order, into the snapshot's ragged rows without
 * an object per cell: each populated row is one array of values from column A (absolute
 * column), ending at its last populated cell, with null in the gaps. At the end the used range
 * is cut out: fully empty leading rows and columns are left out (originRow/originCol say where
 * values[0][0] sits), and every empty row inside is the same frozen empty array.
 * Formula rows exist only for rows that hold a formula ('' elsewhere); format rows only when
 * asked for, with the same length as their value row.
 */
export const EMPTY: readonly never[] = Object.freeze([]);

export type SheetParts = Pick<SheetSnapshot, 'originRow' | 'originCol' | 'values' | 'formulas' | 'formats' | 'hiddenRows'>;

export class SheetBuilder {
  private readonly rowIdx: number[] = [];
  private readonly rowVals: CellValue[][] = [];
  private readonly rowForms: (string[] | null)[] = [];
  private readonly rowFmts: (string | null)[][] = [];
  private readonly hidden: number[] = [];
  private readonly merges: string[] = [];
  private cur = -1;
  private vals: CellValue[] | null = null;
  private forms: string[] | null = null;
  private fmts: (string | null)[] | null = null;
  private left = Infinity;
  /** Cells in the open row, and in the last row closed (the next row's array is made that long). */
  private n = 0;
  private hint = 0;

  constructor(private readonly withFormats: boolean) {}

  /** The row the next cells go to; the previous row is closed. */
  private open(row: number): void {
    this.close();
    this.cur = row;
    // Sized like the previous row, so a row's array holds no spare capacity (1 000 000 rows).
    this.vals = this.hint > 0 ? new Array<CellValue>(this.hint) : [];
    this.n = 0;
    this.forms = null;
    this.fmts = this.withFormats ? [] : null;
  }

  private close(): void {
    const vals = this.vals;
    if (vals === null) return;
    this.vals = null;
    if (vals.length !== this.n) vals.length = this.n;
    if (this.n === 0) return;
    this.hint = this.n;
    this.rowIdx.push(this.cur);
    this.rowVals.push(vals);
    const forms = this.forms;
    if (forms !== null) while (forms.length < vals.length) forms.push('');
    this.rowForms.push(forms);
    if (this.fmts !== null) this.rowFmts.push(this.fmts);
  }

  hiddenRow(row: number): void {
    this.hidden.push(row);
  }

  merge(ref: string): void {
    this.merges.push(ref.replace(/\$/g, '').toUpperCase());
  }

  cell(row: number, col: number, value: CellValue, formula: string, format: string | null): void {
    if (row !== this.cur || this.vals === null) this.open(row);
    const vals = this.vals as CellValue[];
    if (col < this.left) this.left = col;
    if (col >= this.n) {
      while (this.n < col) vals[this.n++] = null;
      vals[col] = value;
      this.n = col + 1;
    } else vals[col] = value;
    if (formula !== '') {
      let forms = this.forms;
      if (forms === null) forms = this.forms = [];
      while (forms.length < col) forms.push('');
      forms[col] = formula;
    }
    const fmts = this.fmts;
    if (fmts !== null) {
      while (fmts.length < col) fmts.push(null);
      fmts[col] = format;
    }
  }

  finish(): SheetParts {
    this.close();
    const base = { hiddenRows: this.hidden };
    const n = this.rowIdx.length;
    if (n === 0) return { ...base, originRow: 0, originCol: 0, values: [], formulas: [], ...(this.withFormats ? { formats: [] } : {}) };
    let top = Infinity;
    let bottom = -1;
    for (const r of this.rowIdx) {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
    }
    const left = this.left;
    const cut = <T>(row: T[]): T[] => (left === 0 ? row : row.slice(left));
    const size = bottom - top + 1;
    const values = new Array<readonly CellValue[]>(size).fill(EMPTY);
    const formulas = new Array<readonly string[]>(size).fill(EMPTY);
    const formats = this.withFormats ? new Array<readonly (string | null)[]>(size).fill(EMPTY) : null;
    for (let i = 0; i < n; i++) {
      const at = this.rowIdx[i] - top;
      values[at] = cut(this.rowVals[i]);
      const f = this.rowForms[i];
      if (f !== null) formulas[at] = cut(f);
      if (formats) {
        const fm = this.rowFmts[i];
        while (fm.length < this.rowVals[i].length) fm.push(null);
        formats[at] = cut(fm);
      }
    }
    return { ...base, originRow: top, originCol: left, values, formulas, ...(formats ? { formats } : {}) };
  }
}
