import { shiftFormula } from '../../core/address';
import type { GridCell, ReportGrid } from '../../core/grid';

/**
 * The arrays one write sets: `formulas` (formulas, numbers, and text behind a leading apostrophe
 * so Excel never reads user text as a formula, number or date: '=1+1', '-5', '@x', '2025-08'
 * all stay text) and `numberFormat`. `dRow/dCol` move the grid's A1-relative formulas.
 */
export function cellInput(c: GridCell | undefined, dRow: number, dCol: number): string | number {
  if (!c) return '';
  if (c.formula) return `=${shiftFormula(c.formula.replace(/^=/, ''), dRow, dCol)}`;
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return v === '' ? '' : `'${v}`;
}

export function textInput(text: string): string {
  return text === '' ? '' : `'${text}`;
}

export function gridWidth(grid: ReportGrid): number {
  return Math.max(grid.columnWidths.length, ...grid.rows.map((r) => r.length), 1);
}

export function blockArrays(grid: ReportGrid, from: number, to: number, dRow: number, dCol: number): { formulas: (string | number)[][]; formats: string[][] } {
  const width = gridWidth(grid);
  const formulas: (string | number)[][] = [];
  const formats: string[][] = [];
  for (let i = from; i < to; i++) {
    const row = grid.rows[i];
    const f: (string | number)[] = new Array(width);
    const n: string[] = new Array(width);
    for (let j = 0; j < width; j++) {
      f[j] = cellInput(row[j], dRow, dCol);
      n[j] = row[j]?.format ?? 'General';
    }
    formulas.push(f);
    formats.push(n);
  }
  return { formulas, formats };
}
