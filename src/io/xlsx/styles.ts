import type { Alignment, Border, Borders, Fill, Font, IconSetRuleType, IconSetTypes, Style } from 'exceljs';
import type { GridCell, IconSet } from '../../core/grid';
import { BORDER_COLOR, FONT_NAME, GRID_STYLES, horizontalOf, STATUS_COLORS } from '../grid-style';
import type { ColumnKind, GridStyle, StatusToken } from '../grid-style';

/**
 * Style tokens as exceljs styles, rendered from the shared table in io/grid-style.ts (the
 * Office.js writer renders from the same table), so the file and Excel show the same table.
 */
export type { ColumnKind, StatusToken } from '../grid-style';

/** '#D9E1F2' as exceljs's 'FFD9E1F2'. */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;

const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } });

function fontOf(s: GridStyle): Partial<Font> {
  const f: Partial<Font> = { name: FONT_NAME, size: s.size };
  if (s.bold) f.bold = true;
  if (s.italic) f.italic = true;
  if (s.fontColor) f.color = { argb: argb(s.fontColor) };
  return f;
}

function bordersOf(s: GridStyle): Partial<Borders> | undefined {
  const line = (style: 'thin' | 'double'): Partial<Border> => ({ style, color: { argb: argb(BORDER_COLOR) } });
  const b: Partial<Borders> = {};
  if (s.borderTop) b.top = line(s.borderTop);
  if (s.borderBottom) b.bottom = line(s.borderBottom);
  return Object.keys(b).length > 0 ? b : undefined;
}

/** The full style of one grid cell: its token, number format and indent. */
export function cellStyle(cell: GridCell, column: ColumnKind): Partial<Style> {
  const { style: token, format, indent } = cell;
  const s = GRID_STYLES[token ?? 'line'];
  const alignment: Partial<Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (indent && indent > 0) alignment.indent = indent;
  const horizontal = horizontalOf(token, column, indent ?? 0);
  if (horizontal) alignment.horizontal = horizontal;
  const style: Partial<Style> = { font: fontOf(s) };
  if (s.fill) style.fill = solid(s.fill);
  const border = bordersOf(s);
  if (border) style.border = border;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (format) style.numFmt = format;
  return style;
}

/** Fill and font of a conditional-format rule (dxf: Excel reads the solid colour from bgColor). */
export function statusDxf(token: StatusToken): Partial<Style> {
  const c = STATUS_COLORS[token];
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(c.fill) } },
    font: { color: { argb: argb(c.font) } },
  };
}

const ICON_SETS: Readonly<Record<IconSet['style'], IconSetTypes>> = { 'three-traffic-lights': '3TrafficLights1' };

/**
 * An icon-set rule (<iconSet iconSet="3TrafficLights1" reverse="1"> with three cfvo): the first
 * cfvo is the floor of the lowest icon (0 % of the range, as Excel writes it), the other two the
 * numeric lower bounds (≥) of the middle and the top icon.
 */
export function iconSetRule(set: IconSet, priority: number): IconSetRuleType {
  return {
    type: 'iconSet',
    priority,
    iconSet: ICON_SETS[set.style],
    reverse: set.reverse,
    showValue: true,
    cfvo: [{ type: 'percent', value: 0 }, ...set.thresholds.map((value) => ({ type: 'num' as const, value }))],
  };
}
