import { decodeXml } from '../read/xml';
import type { CellLook } from './style-xml';
import { numFmtXml } from './style-xml';
import type { Found } from './xml-part';
import { attrOf, brokenPart, findElement, rootPrefix, setAttr, withPrefix } from './xml-part';

/**
 * xl/styles.xml, appended to: new number formats, fonts, fills, borders, cell formats (xf) and
 * differential formats (dxf) go after the existing ones, so every index the workbook already uses
 * keeps its meaning; each list's count attribute is updated. A fragment identical to one already
 * there is reused instead of added again (so refreshing a report does not grow the part). A
 * missing list is added in schema order. The rest of the part is left byte for byte.
 */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type ListTag = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const CHILD: Readonly<Record<ListTag, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** Excel's built-in number formats the grids use, by code. */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** A styles part with just what Excel needs, for a package that has none (`main`: the flavour's namespace). */
export const minimalStyles = (main: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export const MINIMAL_STYLES = minimalStyles('http://schemas.openxmlformats.org/spreadsheetml/2006/main');

type List = { readonly existing: string[]; readonly added: string[]; readonly index: Map<string, number> };

export type StylesPart = {
  /** Index of the cell format for this look (in cellXfs). */
  xf(look: CellLook): number;
  /** Index of this differential format (in dxfs). */
  dxf(fragment: string): number;
  /** The part's XML with the additions, or the original text when nothing was added. */
  toXml(): string;
};

function childrenOf(xml: string, p: string, list: Found | null, child: string): string[] {
  if (!list || list.selfClosing) return [];
  const inner = xml.slice(list.openEnd, list.closeStart);
  const re = new RegExp(`<${p}${child}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, 'g');
  return inner.match(re) ?? [];
}

export function openStyles(xml: string, part = 'xl/styles.xml'): StylesPart {
  const p = rootPrefix(xml, 'styleSheet');
  if (!findElement(xml, p, 'styleSheet')) throw brokenPart(part);
  const found = new Map<string, Found | null>(ORDER.map((tag) => [tag, findElement(xml, p, tag)]));
  const lists = new Map<ListTag, List>();
  const listOf = (tag: ListTag): List => {
    let l = lists.get(tag);
    if (!l) {
      const existing = childrenOf(xml, p, found.get(tag) ?? null, CHILD[tag]);
      l = { existing, added: [], index: new Map() };
      existing.forEach((c, i) => {
        if (!l!.index.has(c)) l!.index.set(c, i);
      });
      lists.set(tag, l);
    }
    return l;
  };
  const indexOf = (tag: ListTag, fragment: string): number => {
    const l = listOf(tag);
    const x = withPrefix(fragment, p);
    const known = l.index.get(x);
    if (known !== undefined) return known;
    const i = l.existing.length + l.added.length;
    l.added.push(x);
    l.index.set(x, i);
    return i;
  };
  const numFmtId = (code: string | null): number => {
    if (code === null) return 0;
    if (BUILT_IN[code] !== undefined) return BUILT_IN[code];
    const l = listOf('numFmts');
    for (const el of [...l.existing, ...l.added]) {
      if (decodeXml(attrOf(el, 'formatCode') ?? '') === code) return Number(attrOf(el, 'numFmtId'));
    }
    // Ids in use, read from the list's text itself (a formatCode may hold a raw '>', which no element pattern survives).
    const f = found.get('numFmts');
    const text = (f && !f.selfClosing ? xml.slice(f.openEnd, f.closeStart) : '') + l.added.join('');
    const max = Math.max(163, ...[...text.matchAll(/numFmtId\s*=\s*["'](\d+)["']/g)].map((m) => Number(m[1])));
    l.added.push(withPrefix(numFmtXml(max + 1, code), p));
    return max + 1;
  };
  const hasStyleXf = childrenOf(xml, p, found.get('cellStyleXfs') ?? null, 'xf').length > 0;
  return {
    xf: (look) => {
      const numFmt = numFmtId(look.numFmt);
      const font = indexOf('fonts', look.font);
      const fill = indexOf('fills', look.fill);
      const border = indexOf('borders', look.border);
      const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}"${hasStyleXf ? ' xfId="0"' : ''}`;
      const apply = `${numFmt !== 0 ? ' applyNumberFormat="1"' : ''} applyFont="1"${fill !== 0 ? ' applyFill="1"' : ''}${border !== 0 ? ' applyBorder="1"' : ''}`;
      const xf = look.alignment ? `<xf ${attrs}${apply} applyAlignment="1">${look.alignment}</xf>` : `<xf ${attrs}${apply}/>`;
      return indexOf('cellXfs', xf);
    },
    dxf: (fragment) => indexOf('dxfs', fragment),
    toXml: () => appendAll(xml, p, found, lists),
  };
}

function appendAll(xml: string, p: string, found: ReadonlyMap<string, Found | null>, lists: ReadonlyMap<ListTag, List>): string {
  type Edit = { at: number; end: number; text: string };
  const edits: Edit[] = [];
  for (const [tag, l] of lists) {
    if (l.added.length === 0) continue;
    const count = l.existing.length + l.added.length;
    const f = found.get(tag) ?? null;
    if (f) {
      const open = `<${p}${tag}${setAttr(f.attrs, 'count', String(count))}>`;
      const inner = f.selfClosing ? '' : xml.slice(f.openEnd, f.closeStart);
      edits.push({ at: f.start, end: f.end, text: `${open}${inner}${l.added.join('')}</${p}${tag}>` });
      continue;
    }
    const later = ORDER.slice(ORDER.indexOf(tag) + 1)
      .map((t) => found.get(t))
      .find((x): x is Found => !!x);
    const at = later ? later.start : xml.lastIndexOf(`</${p}styleSheet>`);
    edits.push({ at, end: at, text: `<${p}${tag} count="${count}">${l.added.join('')}</${p}${tag}>` });
  }
  // Edits at one position go in schema order; work from the end so earlier indexes stay valid.
  let out = xml;
  const order = (e: Edit): number => ORDER.findIndex((t) => e.text.startsWith(`<${p}${t}`));
  const groups = new Map<number, Edit[]>();
  for (const e of edits) groups.set(e.at, [...(groups.get(e.at) ?? []), e]);
  for (const [, group] of [...groups].sort((a, b) => b[0] - a[0])) {
    group.sort((a, b) => order(a) - order(b));
    const { at, end } = group.find((e) => e.end > e.at) ?? group[0];
    out = out.slice(0, at) + group.map((e) => e.text).join('') + out.slice(end);
  }
  return out;
}
