import { BORDER_COLOR, FONT_NAME, GRID_STYLES, STATUS_COLORS } from '../../grid-style';
import type { GridStyle, StatusToken } from '../../grid-style';
import type { PlannedLook } from './plan-looks';
import { escapeAttr } from './xml-escape';

/**
 * Style tokens as styles.xml fragments (<font>, <fill>, <border>, <alignment>, <dxf>), rendered
 * from the shared table in io/grid-style.ts (the Office.js writer renders from the same table),
 * so the file and Excel show the same table. Colours are written as ARGB ('#D9E1F2' →
 * 'FFD9E1F2'). The fragments are unprefixed; styles-part.ts adds the part's prefix if it has one.
 */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;

/** What one grid cell looks like, as the pieces of a cell format (xf). */
export type CellLook = {
  readonly font: string;
  readonly fill: string;
  readonly border: string;
  /** Number format code, null for General. */
  readonly numFmt: string | null;
  /** The <alignment/> element, or null when the cell has the default alignment. */
  readonly alignment: string | null;
};

export const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
export const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

function fontXml(s: GridStyle): string {
  const color = s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : '';
  return `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.size}"/>${color}<name val="${FONT_NAME}"/><family val="2"/></font>`;
}

function fillXml(s: GridStyle): string {
  return s.fill ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>` : NO_FILL;
}

function borderXml(s: GridStyle): string {
  if (!s.borderTop && !s.borderBottom) return NO_BORDER;
  const side = (tag: string, line: GridStyle['borderTop']): string => (line ? `<${tag} style="${line}"><color rgb="${argb(BORDER_COLOR)}"/></${tag}>` : `<${tag}/>`);
  return `<border><left/><right/>${side('top', s.borderTop)}${side('bottom', s.borderBottom)}<diagonal/></border>`;
}

/**
 * The full look of one cell as the block plan says: its style token (a cell without one looks
 * like a line), the plan's alignment on top of the token's own, the plan's indent, and the
 * cell's number format.
 */
export function cellLook(look: PlannedLook & { readonly format?: string }): CellLook {
  const s = GRID_STYLES[look.token ?? 'line'];
  const horizontal = look.align ?? s.horizontal;
  const indent = look.indent ?? 0;
  const attrs = [
    horizontal ? ` horizontal="${horizontal}"` : '',
    indent > 0 ? ` indent="${Math.round(indent)}"` : '',
    s.wrap ? ' wrapText="1"' : '',
  ].join('');
  return {
    font: fontXml(s),
    fill: fillXml(s),
    border: borderXml(s),
    numFmt: look.format && look.format !== 'General' ? look.format : null,
    alignment: attrs ? `<alignment${attrs}/>` : null,
  };
}

/** Font and fill of a conditional-format rule (dxf: Excel reads the solid colour from bgColor). */
export function statusDxfXml(token: StatusToken): string {
  const c = STATUS_COLORS[token];
  return `<dxf><font><color rgb="${argb(c.font)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argb(c.fill)}"/></patternFill></fill></dxf>`;
}

/** A <numFmt> element. */
export function numFmtXml(id: number, code: string): string {
  return `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`;
}
