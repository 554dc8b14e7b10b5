import type * as ExcelJS from 'exceljs';
import { checkRect, formatAddress, intersect, parseAddress } from './a1';
import type { Rect } from './a1';
import { readRect, shapeMatches, writeRect } from './cells';
import type { ReadKind } from './cells';
import { loadedMember } from './api-sets';
import { invalidArgument, SimOfficeError } from './errors';
import { SimConditionalFormats } from './conditional';
import { copyRange } from './copy';
import { formulaAreas, SimRangeAreas } from './range-areas';
import type { CopyType } from './copy';
import { SimRangeFormat } from './format';
import { SimProxy } from './proxy';
import type { SimQueue } from './proxy';

export type RangeTarget = { readonly ws: ExcelJS.Worksheet; readonly rect: Rect };

const CELL_PROPS = new Set<string>(['values', 'formulas', 'numberFormat', 'valueTypes']);

/** Excel.Range over a rectangle of an exceljs worksheet. */
export class SimRange extends SimProxy<RangeTarget> {
  constructor(q: SimQueue, kind: string, resolve: () => RangeTarget | null) {
    super(q, { kind, resolve });
  }

  /** A range derived from this one at sync time. */
  private derive(kind: string, f: (t: RangeTarget) => Rect | null): SimRange {
    return new SimRange(this.q, kind, () => {
      const t = this.targetOrNull();
      if (t === null) return null;
      const rect = f(t);
      return rect === null ? null : { ws: t.ws, rect: checkRect(rect) };
    });
  }

  protected fetch(prop: string): unknown {
    const { ws, rect } = this.target();
    if (CELL_PROPS.has(prop)) {
      const cells = rect.rows * rect.cols;
      if (cells > this.q.session.maxCellsPerRead) {
        throw new SimOfficeError('ResponsePayloadSizeLimitExceeded', `A load of ${cells} cells exceeds the limit of ${this.q.session.maxCellsPerRead} cells.`);
      }
      this.q.session.stats.cellsRead += cells;
      return readRect(ws, rect, prop as ReadKind);
    }
    const member = loadedMember('Range', prop);
    if (member) this.q.requireApi(member);
    switch (prop) {
      case 'address':
        return formatAddress(ws.name, rect);
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'columnHidden':
        return tri(rect.cols, (j) => ws.getColumn(rect.col + j + 1).hidden);
      case 'rowHidden':
        return tri(rect.rows, (i) => Boolean(ws.findRow(rect.row + i + 1)?.hidden));
      default:
        throw invalidArgument(`Range.${prop} is not supported by the simulator`);
    }
  }

  get address(): string { return this.read('address'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get values(): unknown[][] { return this.read('values'); }
  set values(v: unknown[][]) { this.write('values', v); }
  get formulas(): unknown[][] { return this.read('formulas'); }
  set formulas(v: unknown[][]) { this.write('formulas', v); }
  get numberFormat(): unknown[][] { return this.read('numberFormat'); }
  set numberFormat(v: unknown[][]) { this.write('numberFormat', v); }
  get valueTypes(): string[][] { return this.read('valueTypes'); }
  get rowHidden(): boolean | null { this.q.requireApi('Range.rowHidden'); return this.read('rowHidden'); }
  get columnHidden(): boolean | null { this.q.requireApi('Range.columnHidden'); return this.read('columnHidden'); }
  set columnHidden(hidden: boolean) {
    this.q.requireApi('Range.columnHidden');
    this.queueWrite('range.columnHidden', hidden, ({ ws, rect }) => {
      for (let j = 0; j < rect.cols; j++) ws.getColumn(rect.col + j + 1).hidden = hidden;
    });
  }

  private write(kind: 'values' | 'formulas' | 'numberFormat', v: unknown): void {
    this.queueWrite(`range.${kind}`, v, ({ ws, rect }) => {
      if (!shapeMatches(rect, v)) throw invalidArgument(`the ${kind} array does not match the size of the range ${formatAddress(ws.name, rect)}`);
      writeRect(ws, rect, v, kind);
    });
  }

  private formatProxy: SimRangeFormat | null = null;
  /** The same object on every access, as in Office.js (a load through it is readable through it). */
  get format(): SimRangeFormat {
    this.formatProxy ??= new SimRangeFormat(this.q, () => this.target());
    return this.formatProxy;
  }

  get conditionalFormats(): SimConditionalFormats {
    this.q.requireApi('Range.conditionalFormats');
    return new SimConditionalFormats(this.q, () => this.target());
  }

  getCell(row: number, col: number): SimRange {
    return this.derive('range.getCell', (t) => ({ row: t.rect.row + row, col: t.rect.col + col, rows: 1, cols: 1 }));
  }
  getRow(row: number): SimRange {
    return this.derive('range.getRow', (t) => ({ row: t.rect.row + row, col: t.rect.col, rows: 1, cols: t.rect.cols }));
  }
  getColumn(col: number): SimRange {
    return this.derive('range.getColumn', (t) => ({ row: t.rect.row, col: t.rect.col + col, rows: t.rect.rows, cols: 1 }));
  }
  getResizedRange(dRows: number, dCols: number): SimRange {
    this.q.requireApi('Range.getResizedRange');
    return this.derive('range.getResizedRange', (t) => ({ ...t.rect, rows: t.rect.rows + dRows, cols: t.rect.cols + dCols }));
  }
  getOffsetRange(dRows: number, dCols: number): SimRange {
    return this.derive('range.getOffsetRange', (t) => ({ ...t.rect, row: t.rect.row + dRows, col: t.rect.col + dCols }));
  }
  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    this.q.requireApi('Range.getIntersectionOrNullObject');
    return this.derive('range.getIntersection', (t) => intersect(t.rect, typeof other === 'string' ? parseAddress(other) : other.target().rect));
  }
  getIntersection(other: SimRange | string): SimRange {
    return this.derive('range.getIntersection', (t) => {
      const r = intersect(t.rect, typeof other === 'string' ? parseAddress(other) : other.target().rect);
      if (r === null) throw invalidArgument('the ranges do not intersect');
      return r;
    });
  }

  /** ExcelApi 1.9; only 'Formulas' is modelled (range-areas.ts). */
  getSpecialCellsOrNullObject(cellType: string): SimRangeAreas {
    this.q.requireApi('Range.getSpecialCells');
    if (cellType !== 'Formulas') throw invalidArgument(`special cells ${cellType} are not supported by the simulator`);
    return new SimRangeAreas(this.q, () => {
      const t = this.targetOrNull();
      if (t === null) return null;
      const rects = formulaAreas(t.ws, t.rect);
      return rects.length === 0 ? null : { ws: t.ws, rects };
    });
  }

  /** ExcelApi 1.9; see copy.ts. */
  copyFrom(source: SimRange | string, copyType: CopyType = 'All'): void {
    this.q.requireApi('Range.copyFrom');
    if (typeof source === 'string') throw invalidArgument('copyFrom with an address is not supported by the simulator; pass a Range');
    this.queueWrite('range.copyFrom', copyType, (dst) => copyRange(source.target(), dst, copyType));
  }

  select(): void {
    this.queueWrite('range.select', undefined, ({ ws, rect }) => {
      this.q.session.active = { sheetId: ws.id, address: formatAddress(ws.name, rect) };
    });
  }

  /** Range.clear(applyTo): 'All' (default), 'Contents' or 'Formats'. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.queueWrite('range.clear', applyTo, ({ ws, rect }) => {
      for (let i = 0; i < rect.rows; i++) {
        const row = ws.findRow(rect.row + i + 1);
        if (!row) continue;
        for (let j = 0; j < rect.cols; j++) {
          const cell = (row as unknown as { findCell(c: number): ExcelJS.Cell | undefined }).findCell(rect.col + j + 1);
          if (!cell) continue;
          if (applyTo !== 'Formats') cell.value = null;
          if (applyTo !== 'Contents') cell.style = {};
        }
      }
    });
  }
}

function tri(n: number, f: (i: number) => boolean): boolean | null {
  let yes = 0;
  for (let i = 0; i < n; i++) if (f(i)) yes += 1;
  return yes === 0 ? false : yes === n ? true : null;
}
