import type { Alignment, Border, Fill, Font, IconSetRuleType, IconSetTypes, Style } from 'exceljs';
import type { GridCell, IconSet, StyleToken } from '../../core/grid';

/**
 * Style tokens as exceljs styles: the look of a printed Swedish follow-up table (bold title,
 * header row with a light fill and a rule under it, bold subtotals, total with a rule above,
 * italic "varav" rows) and the status colours of Excel's own presets (light fill, dark text of
 * the same hue, readable in print and for colour-blind readers because the text stays).
 */
export type StatusToken = 'status-red' | 'status-yellow' | 'status-green' | 'status-grey';

const FONT_NAME = 'Calibri';
const thin = { style: 'thin', color: { argb: 'FF7F7F7F' } } as const;
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } });

export const statusColours: Readonly<Record<StatusToken, { readonly fill: string; readonly text: string }>> = {
  'status-red': { fill: 'FFFFC7CE', text: 'FF9C0006' },
  'status-yellow': { fill: 'FFFFEB9C', text: 'FF7A4F00' },
  'status-green': { fill: 'FFC6EFCE', text: 'FF006100' },
  'status-grey': { fill: 'FFE7E6E6', text: 'FF3A3838' },
};

const HEADER_FILL = 'FFDDEBF7';

function font(extra: Partial<Font> = {}): Partial<Font> {
  return { name: FONT_NAME, size: 11, ...extra };
}

type TokenStyle = { font: Partial<Font>; fill?: Fill; border?: Partial<Borders>; alignment?: Partial<Alignment> };
type Borders = { top: Partial<Border>; bottom: Partial<Border> };

const tokens: Readonly<Record<StyleToken, TokenStyle>> = {
  title: { font: font({ bold: true, size: 14 }) },
  subtitle: { font: font({ size: 12, color: { argb: 'FF404040' } }) },
  note: { font: font({ italic: true, size: 9, color: { argb: 'FF595959' } }), alignment: { wrapText: false } },
  header: {
    font: font({ bold: true }),
    fill: solid(HEADER_FILL),
    border: { bottom: thin },
    alignment: { wrapText: true, vertical: 'bottom' },
  },
  line: { font: font() },
  subtotal: { font: font({ bold: true }) },
  total: { font: font({ bold: true }), border: { top: thin, bottom: { style: 'double', color: { argb: 'FF7F7F7F' } } } },
  'of-row': { font: font({ italic: true }) },
  comment: { font: font({ color: { argb: 'FF404040' } }), alignment: { wrapText: true, vertical: 'top' } },
  'status-red': { font: font({ color: { argb: statusColours['status-red'].text } }), fill: solid(statusColours['status-red'].fill) },
  'status-yellow': { font: font({ color: { argb: statusColours['status-yellow'].text } }), fill: solid(statusColours['status-yellow'].fill) },
  'status-green': { font: font({ color: { argb: statusColours['status-green'].text } }), fill: solid(statusColours['status-green'].fill) },
  'status-grey': { font: font({ color: { argb: statusColours['status-grey'].text } }), fill: solid(statusColours['status-grey'].fill) },
};

/** Where a column's content sits: amount columns right, label columns left. */
export type ColumnKind = 'numeric' | 'text';

/** The full style of one grid cell: its token, number format and indent. */
export function cellStyle(cell: GridCell, column: ColumnKind): Partial<Style> {
  const { style: token, format, indent } = cell;
  const t = tokens[token ?? 'line'];
  const alignment: Partial<Alignment> = { ...(t.alignment ?? {}) };
  if (indent && indent > 0) {
    alignment.indent = indent;
    alignment.horizontal = 'left';
  }
  // Column headings over amounts sit right, above the numbers they name.
  if (token === 'header' && column === 'numeric') alignment.horizontal = 'right';
  const style: Partial<Style> = { font: t.font };
  if (t.fill) style.fill = t.fill;
  if (t.border) style.border = t.border;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (format) style.numFmt = format;
  return style;
}

/** Fill and font of a conditional-format rule (dxf: Excel reads the solid colour from bgColor). */
export function statusDxf(token: StatusToken): Partial<Style> {
  const c = statusColours[token];
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: c.fill } },
    font: { color: { argb: c.text } },
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
