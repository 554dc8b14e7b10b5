import type * as ExcelJS from 'exceljs';
import { invalidArgument, propertyNotLoaded } from './errors';
import type { SimQueue } from './proxy';
import type { RangeTarget } from './range';
import { columnPoints, setColumnPoints } from './widths';

/**
 * RangeFormat, RangeFont, RangeFill and RangeBorder: writes applied cell by cell at sync, and
 * loads that answer as Excel does: a property the same over the whole range gives its value, a
 * mixed one null; no fill reads '#FFFFFF', the default font colour '#000000', a missing border
 * style 'None'. Colours read back as '#RRGGBB' in capitals.
 */
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

function hex(c: { argb?: string } | undefined, fallback: string): string {
  return c?.argb ? `#${c.argb.slice(-6).toUpperCase()}` : fallback;
}

/** One value for the range, or null when its cells differ. */
function uniform<V>(t: RangeTarget, f: (cell: ExcelJS.Cell, i: number, j: number) => V, cells?: (i: number, j: number) => boolean): V | null {
  let first = true;
  let out: V | null = null;
  eachCell(t, (c, i, j) => {
    if (cells && !cells(i, j)) return;
    const v = f(c, i, j);
    if (first) {
      out = v;
      first = false;
    } else if (out !== v) out = null;
  });
  return out;
}

class Base {
  private readonly loaded = new Map<string, unknown>();
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
  /** The value of a property at sync time. */
  protected answer(prop: string, _t: RangeTarget): unknown {
    throw invalidArgument(`${prop} is not supported by the simulator`);
  }
  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter((p) => p !== '');
    const results = new Map<string, unknown>();
    this.q.push({
      kind: 'load',
      requestBytes: JSON.stringify(list).length,
      run: () => {
        const t = this.t();
        let bytes = 0;
        for (const p of list) {
          const v = this.answer(p, t);
          results.set(p, v);
          bytes += JSON.stringify(v ?? null).length + p.length + 4;
        }
        return bytes;
      },
      // Results become readable only when the whole batch succeeded (session.ts).
      commit: () => results.forEach((v, k) => this.loaded.set(k, v)),
    });
    return this;
  }
  protected got<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop);
    return this.loaded.get(prop) as V;
  }
}

export class SimFont extends Base {
  protected override answer(prop: string, t: RangeTarget): unknown {
    switch (prop) {
      case 'bold': return uniform(t, (c) => c.font?.bold === true);
      case 'italic': return uniform(t, (c) => c.font?.italic === true);
      case 'size': return uniform(t, (c) => c.font?.size ?? 11);
      case 'name': return uniform(t, (c) => c.font?.name ?? 'Calibri');
      case 'color': return uniform(t, (c) => hex(c.font?.color, '#000000'));
      default: return super.answer(`RangeFont.${prop}`, t);
    }
  }
  get bold(): boolean | null { return this.got('bold'); }
  set bold(v: boolean | null) { this.set('format.font', v, (c) => (c.font = { ...c.font, bold: v === true })); }
  get italic(): boolean | null { return this.got('italic'); }
  set italic(v: boolean | null) { this.set('format.font', v, (c) => (c.font = { ...c.font, italic: v === true })); }
  get size(): number | null { return this.got('size'); }
  set size(v: number | null) { this.set('format.font', v, (c) => (c.font = { ...c.font, size: v ?? 11 })); }
  get name(): string | null { return this.got('name'); }
  set name(v: string | null) { this.set('format.font', v, (c) => (c.font = { ...c.font, name: v ?? 'Calibri' })); }
  get color(): string | null { return this.got('color'); }
  set color(v: string | null) { const a = argb(v ?? ''); this.set('format.font', v, (c) => (c.font = { ...c.font, color: { argb: a } })); }
}

export class SimFill extends Base {
  protected override answer(prop: string, t: RangeTarget): unknown {
    if (prop !== 'color') return super.answer(`RangeFill.${prop}`, t);
    return uniform(t, (c) => {
      const f = c.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
      return f && f.type === 'pattern' && f.pattern === 'solid' ? hex(f.fgColor, '#FFFFFF') : '#FFFFFF';
    });
  }
  get color(): string | null { return this.got('color'); }
  set color(v: string | null) {
    const a = argb(v ?? '');
    this.set('format.fill', v, (c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: a } }));
  }
  clear(): void {
    this.set('format.fill', null, (c) => (c.fill = { type: 'pattern', pattern: 'none' }));
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const STYLES: Record<string, ExcelJS.BorderStyle | undefined> = { Continuous: 'thin', Double: 'double', Dash: 'dashed', Dot: 'dotted', None: undefined };
const WEIGHTS: Record<string, ExcelJS.BorderStyle> = { Hairline: 'hair', Thin: 'thin', Medium: 'medium', Thick: 'thick' };
const STYLE_NAMES: Record<string, string> = { thin: 'Continuous', medium: 'Continuous', thick: 'Continuous', hair: 'Continuous', double: 'Double', dashed: 'Dash', dotted: 'Dot' };
const WEIGHT_NAMES: Record<string, string> = { thin: 'Thin', medium: 'Medium', thick: 'Thick', hair: 'Hairline', double: 'Thick', dashed: 'Thin', dotted: 'Thin' };

export class SimBorder extends Base {
  constructor(q: SimQueue, t: Target, private readonly edge: Edge) {
    super(q, t);
  }
  private sidesOf(i: number, j: number, rows: number, cols: number): (keyof ExcelJS.Borders)[] {
    const edge = this.edge;
    const sides: (keyof ExcelJS.Borders)[] = [];
    if (edge === 'EdgeTop' && i === 0) sides.push('top');
    if (edge === 'EdgeBottom' && i === rows - 1) sides.push('bottom');
    if (edge === 'EdgeLeft' && j === 0) sides.push('left');
    if (edge === 'EdgeRight' && j === cols - 1) sides.push('right');
    if (edge === 'InsideHorizontal') { if (i > 0) sides.push('top'); if (i < rows - 1) sides.push('bottom'); }
    if (edge === 'InsideVertical') { if (j > 0) sides.push('left'); if (j < cols - 1) sides.push('right'); }
    return sides;
  }
  private apply(kind: string, payload: unknown, f: (b: Partial<ExcelJS.Border>) => Partial<ExcelJS.Border>): void {
    this.set(kind, payload, (c, i, j, t) => {
      const sides = this.sidesOf(i, j, t.rect.rows, t.rect.cols);
      if (sides.length === 0) return;
      const border = { ...c.border } as Record<string, Partial<ExcelJS.Border>>;
      for (const s of sides) border[s] = f({ ...(border[s] ?? {}) });
      c.border = border as unknown as ExcelJS.Borders;
    });
  }
  protected override answer(prop: string, t: RangeTarget): unknown {
    const side = (c: ExcelJS.Cell, i: number, j: number): Partial<ExcelJS.Border> => {
      const s = this.sidesOf(i, j, t.rect.rows, t.rect.cols)[0];
      return ((c.border as Record<string, Partial<ExcelJS.Border>> | undefined)?.[s] ?? {});
    };
    const on = (i: number, j: number): boolean => this.sidesOf(i, j, t.rect.rows, t.rect.cols).length > 0;
    switch (prop) {
      case 'style': return uniform(t, (c, i, j) => STYLE_NAMES[side(c, i, j).style ?? ''] ?? 'None', on);
      case 'weight': return uniform(t, (c, i, j) => WEIGHT_NAMES[side(c, i, j).style ?? ''] ?? 'Thin', on);
      case 'color': return uniform(t, (c, i, j) => hex(side(c, i, j).color, '#000000'), on);
      default: return super.answer(`RangeBorder.${prop}`, t);
    }
  }
  get style(): string | null { return this.got('style'); }
  set style(v: string | null) {
    if (v === null || !(v in STYLES)) throw invalidArgument(`border style "${v}"`);
    this.apply('format.borders', v, (b) => ({ ...b, style: STYLES[v] }));
  }
  get weight(): string | null { return this.got('weight'); }
  set weight(v: string | null) {
    if (v === null || !(v in WEIGHTS)) throw invalidArgument(`border weight "${v}"`);
    this.apply('format.borders', v, (b) => (b.style === 'double' || b.style === undefined ? b : { ...b, style: WEIGHTS[v] }));
  }
  get color(): string | null { return this.got('color'); }
  set color(v: string | null) {
    const a = argb(v ?? '');
    this.apply('format.borders', v, (b) => ({ ...b, color: { argb: a } }));
  }
}

export class SimBorders {
  constructor(private readonly q: SimQueue, private readonly t: Target) {}
  getItem(edge: Edge): SimBorder {
    return new SimBorder(this.q, this.t, edge);
  }
}

const H_NAMES: Record<string, string> = { left: 'Left', right: 'Right', center: 'Center', fill: 'Fill', justify: 'Justify', centerContinuous: 'CenterAcrossSelection', distributed: 'Distributed' };

export class SimRangeFormat extends Base {
  private parts: { font?: SimFont; fill?: SimFill; borders?: SimBorders } = {};
  get font(): SimFont { return (this.parts.font ??= new SimFont(this.q, this.t)); }
  get fill(): SimFill { return (this.parts.fill ??= new SimFill(this.q, this.t)); }
  get borders(): SimBorders { return (this.parts.borders ??= new SimBorders(this.q, this.t)); }
  protected override answer(prop: string, t: RangeTarget): unknown {
    switch (prop) {
      case 'horizontalAlignment': return uniform(t, (c) => H_NAMES[c.alignment?.horizontal ?? ''] ?? 'General');
      case 'wrapText': return uniform(t, (c) => c.alignment?.wrapText === true);
      case 'indentLevel': this.q.requireApi('RangeFormat.indentLevel'); return uniform(t, (c) => c.alignment?.indent ?? 0);
      case 'rowHeight': {
        const heights = Array.from({ length: t.rect.rows }, (_, i) => t.ws.findRow(t.rect.row + i + 1)?.height ?? 15);
        return heights.every((h) => h === heights[0]) ? heights[0] : null;
      }
      case 'useStandardHeight': {
        const custom = Array.from({ length: t.rect.rows }, (_, i) => t.ws.findRow(t.rect.row + i + 1)?.height !== undefined);
        return custom.every((c) => c === custom[0]) ? !custom[0] : null;
      }
      case 'columnWidth': {
        this.q.requireApi('RangeFormat.columnWidth');
        const widths = Array.from({ length: t.rect.cols }, (_, j) => columnPoints(t.ws, t.rect.col + j));
        return widths.every((w) => w === widths[0]) ? widths[0] : null;
      }
      default: return super.answer(`RangeFormat.${prop}`, t);
    }
  }
  get horizontalAlignment(): string | null { return this.got('horizontalAlignment'); }
  set horizontalAlignment(v: string | null) {
    const h = ({ Left: 'left', Right: 'right', Center: 'center', General: undefined } as Record<string, ExcelJS.Alignment['horizontal'] | undefined>)[v ?? 'General'];
    this.set('format.alignment', v, (c) => (c.alignment = { ...c.alignment, horizontal: h }));
  }
  get wrapText(): boolean | null { return this.got('wrapText'); }
  set wrapText(v: boolean | null) { this.set('format.alignment', v, (c) => (c.alignment = { ...c.alignment, wrapText: v === true })); }
  /** ExcelApi 1.9. */
  get indentLevel(): number | null { return this.got('indentLevel'); }
  set indentLevel(v: number | null) { this.q.requireApi('RangeFormat.indentLevel'); this.set('format.alignment', v, (c) => (c.alignment = { ...c.alignment, indent: v ?? 0 })); }
  /** Row height in points (ExcelApi 1.1); a load reads the height of uniform rows, Excel's 15 pt when unset. */
  get rowHeight(): number | null { return this.got('rowHeight'); }
  set rowHeight(points: number | null) {
    this.q.push({
      kind: 'format.rowHeight',
      requestBytes: 8,
      run: () => {
        const { ws, rect } = this.t();
        for (let i = 0; i < rect.rows; i++) ws.getRow(rect.row + i + 1).height = points ?? 15;
        return 0;
      },
    });
  }
  /**
   * Whether the rows have the sheet's standard height (ExcelApi 1.1): true when no height was
   * set, null for a mix. Only true can be set (Office.js: false has no effect): the rows go back
   * to the standard height.
   */
  get useStandardHeight(): boolean | null { return this.got('useStandardHeight'); }
  set useStandardHeight(v: boolean | null) {
    this.q.push({
      kind: 'format.useStandardHeight',
      requestBytes: 8,
      run: () => {
        if (v !== true) return 0;
        const { ws, rect } = this.t();
        for (let i = 0; i < rect.rows; i++) {
          const row = ws.findRow(rect.row + i + 1) as (ExcelJS.Row & { height?: number }) | undefined;
          if (row) delete (row as { height?: number }).height;
        }
        return 0;
      },
    });
  }
  /** Points, as Office.js gives and takes them; the sheet keeps whole pixels (widths.ts). */
  get columnWidth(): number | null { this.q.requireApi('RangeFormat.columnWidth'); return this.got('columnWidth'); }
  set columnWidth(points: number | null) {
    this.q.requireApi('RangeFormat.columnWidth');
    this.q.push({
      kind: 'format.columnWidth',
      requestBytes: 8,
      run: () => {
        const { ws, rect } = this.t();
        for (let j = 0; j < rect.cols; j++) setColumnPoints(ws, rect.col + j, points ?? 48);
        return 0;
      },
    });
  }
}
