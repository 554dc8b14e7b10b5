import type { XlsxPackage } from '../pkg/package';
import { asCorrupt } from './workbook-info';
import { XmlError, cellText, stringItemText } from './xml';

/**
 * The shared-string table, parsed once per package (cached): each <si>'s plain text, rich-text
 * runs joined, phonetic runs left out, entities and _xHHHH_ escapes decoded. The common item,
 * one plain <t>, takes a fast path without the general element walk.
 */
const cache = new WeakMap<XlsxPackage, readonly string[]>();

/** The namespace prefix of the root element ('' or 'x:'). */
function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?sst\b/.exec(xml);
  return m?.[1] ?? '';
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  if (xml.indexOf('<!DOCTYPE') >= 0) throw new XmlError('dtd');
  const p = rootPrefix(xml);
  const openTag = `<${p}si`;
  const closeTag = `</${p}si>`;
  let i = 0;
  for (;;) {
    const open = xml.indexOf(openTag, i);
    if (open < 0) return out;
    const after = xml.charCodeAt(open + openTag.length);
    if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      i = open + openTag.length;
      continue;
    }
    const gt = xml.indexOf('>', open);
    if (gt < 0) throw new XmlError('unterminated');
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      i = gt + 1;
      continue;
    }
    const close = xml.indexOf(closeTag, gt);
    if (close < 0) throw new XmlError('unterminated');
    out.push(itemText(xml, gt + 1, close));
    i = close + closeTag.length;
  }
}

/** <si><t>text</t></si> directly; anything else through the general walk. */
function itemText(xml: string, from: number, to: number): string {
  if (xml.startsWith('<t>', from)) {
    const end = xml.indexOf('</t>', from + 3);
    if (end + 4 === to) return cellText(xml.slice(from + 3, end));
  } else if (xml.startsWith('<t xml:space="preserve">', from)) {
    const end = xml.indexOf('</t>', from + 24);
    if (end + 4 === to) return cellText(xml.slice(from + 24, end));
  }
  return stringItemText(xml.slice(from, to));
}

/** The package's shared strings ([] when it has none); cached, so every sheet shares one table. */
export function sharedStrings(pkg: XlsxPackage, part: string | null = 'xl/sharedStrings.xml'): readonly string[] {
  const hit = cache.get(pkg);
  if (hit) return hit;
  let table: readonly string[] = [];
  if (part !== null && pkg.has(part)) {
    try {
      table = parseSharedStrings(pkg.text(part));
    } catch (e) {
      throw asCorrupt(e, part);
    }
  }
  cache.set(pkg, table);
  return table;
}
