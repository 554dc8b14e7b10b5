import type * as ExcelJS from 'exceljs';
import { invalidArgument } from './errors';
import type { SimQueue } from './proxy';
import type { RangeTarget } from './range';

/** RangeFormat, RangeFont, RangeFill and RangeBorder(s): write-only, applied cell by cell at sync. */
type Target = () => RangeTarget;

function eachCell(t: RangeTarget, f: (cell: ExcelJS.Cell, i: number, j: number) => void): void {
  const { ws, rect } = t;
  for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) f(ws.getCell(rect.row + i + 1, rect.col + j + 1), i, j);
}

export function argb(color: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color);
  if (!m) throw invalidArgument(`colour "${color}"`);
  return `FF${m[1].toUpperCase()}`;
}

/** Excel column width: points on the Office.js side, characters (Calibri 11) in the file. */
export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

class Base {
  constructor(
    protected readonly q: SimQueue,
    protected readonly t: Target,
  ) {}
  protected set(kind: string, payload: unknown, f: (cell: ExcelJS.Cell, i: number, j: number, t: RangeTarget) => void): void {
    this.q.push({
      kind,
      requestBytes: JSON.stringify(payload ?? null).length,
      run: () => {
        const t = this.t();
        eachCell(t, (c, i, j) => f(c, i, j, t));
        return 0;
      },
    });
  }
}

export class SimFont extends Base {
  set bold(v: boolean) { this.set('format.font', v, (c) => (c.font = { ...c.font, bold: v })); }
  set italic(v: boolean) { this.set('format.font', v, (c) => (c.font = { ...c.font, italic: v })); }
  set size(v: number) { this.set('format.font', v, (c) => (c.font = { ...c.font, size: v })); }
  set name(v: string) { this.set('format.font', v, (c) => (c.font = { ...c.font, name: v })); }
  set color(v: string) { const a = argb(v); this.set('format.font', v, (c) => (c.font = { ...c.font, color: { argb: a } })); }
}

export class SimFill extends Base {
  set color(v: string) {
    const a = argb(v);
    this.set('format.fill', v, (c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: a } }));
  }
  clear(): void {
    this.set('format.fill', null, (c) => (c.fill = { type: 'pattern', pattern: 'none' }));
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const STYLES: Record<string, ExcelJS.BorderStyle | undefined> = { Continuous: 'thin', Double: 'double', Dash: 'dashed', Dot: 'dotted', None: undefined };
const WEIGHTS: Record<string, ExcelJS.BorderStyle> = { Hairline: 'hair', Thin: 'thin', Medium: 'medium', Thick: 'thick' };

export class SimBorder extends Base {
  constructor(q: SimQueue, t: Target, private readonly edge: Edge) {
    super(q, t);
  }
  private apply(kind: string, payload: unknown, f: (b: Partial<ExcelJS.Border>) => Partial<ExcelJS.Border>): void {
    const edge = this.edge;
    this.set(kind, payload, (c, i, j, t) => {
      const { rows, cols } = t.rect;
      const sides: (keyof ExcelJS.Borders)[] = [];
      if (edge === 'EdgeTop' && i === 0) sides.push('top');
      if (edge === 'EdgeBottom' && i === rows - 1) sides.push('bottom');
      if (edge === 'EdgeLeft' && j === 0) sides.push('left');
      if (edge === 'EdgeRight' && j === cols - 1) sides.push('right');
      if (edge === 'InsideHorizontal') { if (i > 0) sides.push('top'); if (i < rows - 1) sides.push('bottom'); }
      if (edge === 'InsideVertical') { if (j > 0) sides.push('left'); if (j < cols - 1) sides.push('right'); }
      if (sides.length === 0) return;
      const border = { ...c.border } as Record<string, Partial<ExcelJS.Border>>;
      for (const s of sides) border[s] = f({ ...(border[s] ?? {}) });
      c.border = border as unknown as ExcelJS.Borders;
    });
  }
  set style(v: string) {
    if (!(v in STYLES)) throw invalidArgument(`border style "${v}"`);
    this.apply('format.borders', v, (b) => ({ ...b, style: STYLES[v] }));
  }
  set weight(v: string) {
    if (!(v in WEIGHTS)) throw invalidArgument(`border weight "${v}"`);
    this.apply('format.borders', v, (b) => (b.style === 'double' || b.style === undefined ? b : { ...b, style: WEIGHTS[v] }));
  }
  set color(v: string) {
    const a = argb(v);
    this.apply('format.borders', v, (b) => ({ ...b, color: { argb: a } }));
  }
}

export class SimBorders {
  constructor(private readonly q: SimQueue, private readonly t: Target) {}
  getItem(edge: Edge): SimBorder {
    return new SimBorder(this.q, this.t, edge);
  }
}

export class SimRangeFormat extends Base {
  get font(): SimFont { return new SimFont(this.q, this.t); }
  get fill(): SimFill { return new SimFill(this.q, this.t); }
  get borders(): SimBorders { return new SimBorders(this.q, this.t); }
  set horizontalAlignment(v: string) {
    const h = ({ Left: 'left', Right: 'right', Center: 'center', General: undefined } as Record<string, ExcelJS.Alignment['horizontal'] | undefined>)[v];
    this.set('format.alignment', v, (c) => (c.alignment = { ...c.alignment, horizontal: h }));
  }
  set wrapText(v: boolean) { this.set('format.alignment', v, (c) => (c.alignment = { ...c.alignment, wrapText: v })); }
  /** ExcelApi 1.9. */
  set indentLevel(v: number) { this.q.requireApi('RangeFormat.indentLevel'); this.set('format.alignment', v, (c) => (c.alignment = { ...c.alignment, indent: v })); }
  set columnWidth(points: number) {
    this.q.requireApi('RangeFormat.columnWidth');
    this.q.push({
      kind: 'format.columnWidth',
      requestBytes: 8,
      run: () => {
        const { ws, rect } = this.t();
        for (let j = 0; j < rect.cols; j++) ws.getColumn(rect.col + j + 1).width = pointsToChars(points);
        return 0;
      },
    });
  }
}
