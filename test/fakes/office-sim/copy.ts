import type * as ExcelJS from 'exceljs';
import { columnLetters, intersect, parseAddress } from './a1';
import type { Rect } from './a1';
import { invalidArgument, SimOfficeError } from './errors';

/**
 * Range.copyFrom (ExcelApi 1.9) as Excel applies it: 'All' copies values, formulas, number
 * formats, cell formats and the conditional formats over the source; 'Formats' the formats
 * only; 'Formulas' and 'Values' the contents only. Column widths, row heights and hidden states
 * are never copied. A 1×1 destination grows to the source's size. The simulator copies formulas
 * only between equal positions (on another sheet): it has no formula parser to move relative
 * references, so a copy to another position is refused rather than modelled wrongly.
 */
export type CopyType = 'All' | 'Formulas' | 'Values' | 'Formats';

type Cf = { ref: string; rules: unknown[] };

function cfList(ws: ExcelJS.Worksheet): Cf[] {
  return (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
}

function refOf(r: Rect): string {
  const col = columnLetters;
  const a = `${col(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${col(r.col + r.cols - 1)}${r.row + r.rows}`;
}

function clone<T>(v: T): T {
  return v === undefined || v === null ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function cloneValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  return v instanceof Date ? new Date(v.getTime()) : clone(v);
}

export function copyRange(src: { ws: ExcelJS.Worksheet; rect: Rect }, dst: { ws: ExcelJS.Worksheet; rect: Rect }, type: CopyType): void {
  const size = dst.rect.rows === 1 && dst.rect.cols === 1 ? { ...dst.rect, rows: src.rect.rows, cols: src.rect.cols } : dst.rect;
  if (size.rows !== src.rect.rows || size.cols !== src.rect.cols) throw invalidArgument('copyFrom: the destination does not match the size of the source');
  const moved = size.row !== src.rect.row || size.col !== src.rect.col;
  const contents = type === 'All' || type === 'Formulas' || type === 'Values';
  const formats = type === 'All' || type === 'Formats';
  const writes: (() => void)[] = [];
  for (let i = 0; i < size.rows; i++) {
    for (let j = 0; j < size.cols; j++) {
      const from = src.ws.getCell(src.rect.row + i + 1, src.rect.col + j + 1);
      const to = dst.ws.getCell(size.row + i + 1, size.col + j + 1);
      const raw = from.value;
      const isFormula = typeof raw === 'object' && raw !== null && !(raw instanceof Date) && ('formula' in raw || 'sharedFormula' in raw);
      if (contents && isFormula && moved && type !== 'Values') throw new SimOfficeError('NotImplemented', 'The simulator copies formulas only to the same position on another sheet.');
      const value = type === 'Values' && isFormula ? ((raw as { result?: ExcelJS.CellValue }).result ?? null) : cloneValue(raw);
      const style = clone(from.style ?? {});
      writes.push(() => {
        if (formats) to.style = clone(style);
        if (contents) to.value = value;
      });
    }
  }
  writes.forEach((w) => w());
  if (!formats) return;
  const target = cfList(dst.ws);
  for (const cf of cfList(src.ws)) {
    for (const ref of cf.ref.split(' ')) {
      const part = intersect(parseAddress(ref), src.rect);
      if (!part) continue;
      const at = { row: part.row - src.rect.row + size.row, col: part.col - src.rect.col + size.col, rows: part.rows, cols: part.cols };
      target.push({ ref: refOf(at), rules: clone(cf.rules) });
    }
  }
}
