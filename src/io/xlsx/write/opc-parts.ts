import { escapeAttr } from './xml-escape';
import { attrOf, brokenPart, findAll, findElement, rootPrefix } from './xml-part';

/**
 * The package's bookkeeping parts, appended to as text: [Content_Types].xml (an Override per new
 * part) and a part's relationships (a Relationship with a fresh id). Removing is only for
 * xl/calcChain.xml, which a refresh drops (Excel rebuilds it).
 */
export const CONTENT_TYPES = '[Content_Types].xml';
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

function root(xml: string, tag: string, part: string): { p: string; close: number } {
  const p = rootPrefix(xml, tag);
  const el = findElement(xml, p, tag);
  if (!el) throw brokenPart(part);
  return { p, close: el.selfClosing ? -1 : el.closeStart };
}

function insertAtClose(xml: string, tag: string, part: string, fragment: (p: string) => string): string {
  const { p, close } = root(xml, tag, part);
  if (close >= 0) return xml.slice(0, close) + fragment(p) + xml.slice(close);
  const el = findElement(xml, p, tag)!;
  return `${xml.slice(0, el.start)}<${p}${tag}${el.attrs}>${fragment(p)}</${p}${tag}>${xml.slice(el.end)}`;
}

/** Adds <Override PartName="/name" ContentType="type"/>. */
export function addOverride(xml: string, part: string, type: string): string {
  return insertAtClose(xml, 'Types', CONTENT_TYPES, (p) => `<${p}Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`);
}

/** Removes the Override of a part (names compared without case, as OPC does). */
export function removeOverride(xml: string, part: string): string {
  const { p } = root(xml, 'Types', CONTENT_TYPES);
  const want = `/${part}`.toLowerCase();
  const hit = findAll(xml, p, 'Override').find((o) => (attrOf(o.attrs, 'PartName') ?? '').toLowerCase() === want);
  return hit ? xml.slice(0, hit.start) + xml.slice(hit.end) : xml;
}

/** Adds a Relationship with a fresh id ("rId" and one more than the largest number in use). */
export function addRelationship(xml: string, relsPart: string, type: string, target: string): { xml: string; id: string } {
  const { p } = root(xml, 'Relationships', relsPart);
  const ids = new Set(findAll(xml, p, 'Relationship').map((r) => attrOf(r.attrs, 'Id') ?? ''));
  let n = Math.max(0, ...[...ids].map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const out = insertAtClose(xml, 'Relationships', relsPart, (q) => `<${q}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`);
  return { xml: out, id };
}

/** Removes every Relationship of this type. */
export function removeRelationships(xml: string, relsPart: string, type: string): string {
  const { p } = root(xml, 'Relationships', relsPart);
  let out = xml;
  for (const r of findAll(xml, p, 'Relationship').reverse()) {
    if (attrOf(r.attrs, 'Type') === type) out = out.slice(0, r.start) + out.slice(r.end);
  }
  return out;
}

/** An empty relationships part. */
export const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
