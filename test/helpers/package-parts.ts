/**
 * Reading a workbook package part by part, for the fidelity suite: unzip with fflate (inflated
 * bytes, so a different compressor does not count as a change), compare parts byte for byte,
 * list an XML part's elements with their attributes (to prove an edit only appended), find a
 * sheet's part by its name, read its cells, and type text into a cell as a user would.
 */
import { unzipSync, zipSync } from 'fflate';

export type Parts = Map<string, Uint8Array>;

export function unzipParts(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
}

export function zipParts(parts: Parts): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 6 });
}

const decoder = new TextDecoder();
export const partText = (parts: Parts, name: string): string => decoder.decode(parts.get(name) ?? new Uint8Array(0));

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e in named) return named[e];
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What an element walk may leave out of the key: attributes that count appended items, texts that count sheets. */
export type ElementIgnore = { readonly attributes?: readonly string[]; readonly textOf?: readonly string[] };

/** One element of an XML document: its path from the root, attributes (unescaped) and, for a leaf, its text. */
export type XmlElement = { readonly path: string; readonly attrs: ReadonlyMap<string, string>; readonly text: string };

/** Every element of an XML document in document order (attributes and texts named in `ignore` left out). */
export function xmlElements(xml: string, ignore: ElementIgnore = {}): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: { name: string; attrs: Map<string, string>; text: string; children: number }[] = [];
  const skipAttr = new Set(ignore.attributes ?? []);
  const skipText = new Set(ignore.textOf ?? []);
  const close = (): void => {
    const el = stack.pop();
    if (!el) return;
    const text = el.children === 0 && !skipText.has(el.name) ? unescapeXml(el.text.trim()) : '';
    out.push({ path: [...stack.map((s) => s.name), el.name].join('/'), attrs: el.attrs, text });
  };
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const textPart = m[1] ?? m[6];
    if (textPart !== undefined) {
      if (stack.length > 0) stack[stack.length - 1].text += textPart;
    } else if (m[3] !== undefined) {
      if (m[2] === '/') close();
      else {
        if (stack.length > 0) stack[stack.length - 1].children++;
        const attrs = new Map([...m[4].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].filter((a) => !skipAttr.has(a[1])).map((a) => [a[1], unescapeXml(a[2] ?? a[3] ?? '')] as const));
        stack.push({ name: m[3], attrs, text: '', children: 0 });
        if (m[5] === '/') close();
      }
    }
  }
  return out;
}

const describeElement = (e: XmlElement): string =>
  `${e.path} [${[...e.attrs].map(([k, v]) => `${k}=${v}`).sort().join(' ')}]${e.text === '' ? '' : ` ${e.text}`}`;

/** How often each element (path, sorted attributes, leaf text) occurs. */
export function elementKeys(xml: string, ignore: ElementIgnore = {}): Map<string, number> {
  const keys = new Map<string, number>();
  for (const e of xmlElements(xml, ignore)) keys.set(describeElement(e), (keys.get(describeElement(e)) ?? 0) + 1);
  return keys;
}

const keeps = (after: XmlElement, before: XmlElement): boolean =>
  after.path === before.path && after.text === before.text && [...before.attrs].every(([k, v]) => after.attrs.get(k) === v);

/**
 * The elements of `before` that `after` no longer holds: each original element must still be
 * there (same path and leaf text) with every one of its attributes at the same value; an added
 * attribute or element is an append and passes. Each element of `after` stands for one original.
 */
export function lostElements(before: string, after: string, ignore: ElementIgnore = {}): string[] {
  const pool = new Map<string, XmlElement[]>();
  for (const e of xmlElements(after, ignore)) pool.set(e.path, [...(pool.get(e.path) ?? []), e]);
  const lost: string[] = [];
  // Exact matches first, so an element that only gained an attribute cannot take another's place.
  const originals = xmlElements(before, ignore);
  const take = (o: XmlElement, exact: boolean): boolean => {
    const list = pool.get(o.path) ?? [];
    const i = list.findIndex((a) => keeps(a, o) && (!exact || a.attrs.size === o.attrs.size));
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  };
  const rest = originals.filter((o) => !take(o, true));
  for (const o of rest) if (!take(o, false)) lost.push(describeElement(o));
  return lost;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
};

/** The sheets in tab order: name and the part that holds it (resolved through the workbook's rels). */
export function sheetParts(parts: Parts): { name: string; part: string }[] {
  const rels = new Map<string, string>();
  for (const m of partText(parts, 'xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) rels.set(attr(m[0], 'Id') ?? '', attr(m[0], 'Target') ?? '');
  return [...partText(parts, 'xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const target = rels.get(attr(m[0], 'r:id') ?? '') ?? '';
    return { name: attr(m[0], 'name') ?? '', part: target.startsWith('/') ? target.slice(1) : `xl/${target}` };
  });
}

export type Cell = { readonly ref: string; readonly text: string | null; readonly formula: string | null };

const runText = (xml: string): string => [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)].map((t) => unescapeXml(t[1] ?? '')).join('');

/** A sheet's cells by reference: shared, inline and formula strings as text, numbers as written. */
export function sheetCellsOf(parts: Parts, sheetName: string): Map<string, Cell> {
  const sheet = sheetParts(parts).find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet named '${sheetName}' (sheets: ${sheetParts(parts).map((s) => s.name).join(', ')})`);
  const shared = [...partText(parts, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runText(m[1]));
  const cells = new Map<string, Cell>();
  for (const c of partText(parts, sheet.part).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = attr(c[0], 'r') ?? '?';
    const type = attr(`<c${c[1]}>`, 't');
    const body = c[2] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1] ?? null;
    let text: string | null = v === undefined ? null : unescapeXml(v);
    if (type === 's' && v !== undefined) text = shared[Number(v)] ?? null;
    else if (type === 'inlineStr') text = runText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
    cells.set(ref, { ref, text, formula: f === null ? null : unescapeXml(f) });
  }
  return cells;
}

const colNumber = (ref: string): number => [...(/^[A-Z]+/.exec(ref)?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Types `text` into cell `ref` of a sheet's XML as Excel would save it (an inline string that
 * keeps the cell's style): replaces the cell if it is there, else inserts it in column order,
 * adding the row when needed.
 */
export function typeIntoCell(sheetXml: string, ref: string, text: string): string {
  const row = Number(/\d+$/.exec(ref)?.[0]);
  const cellRe = new RegExp(`<c\\b[^>]*\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  const old = cellRe.exec(sheetXml);
  const style = old ? attr(old[0].replace(/>[\s\S]*$/, '>'), 's') : undefined;
  const cell = `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
  if (old) return sheetXml.replace(old[0], cell);
  const rowRe = new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*?(?:/>|>([\\s\\S]*?)</row>)`);
  const r = rowRe.exec(sheetXml);
  if (!r) throw new Error(`row ${row} is not in the sheet`);
  const open = r[0].replace(/\/?>[\s\S]*$/, '>');
  const cells = [...(r[1] ?? '').matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => m[0]);
  const at = cells.findIndex((c) => colNumber(attr(c.replace(/>[\s\S]*$/, '>'), 'r') ?? '') > colNumber(ref));
  cells.splice(at < 0 ? cells.length : at, 0, cell);
  return sheetXml.replace(r[0], `${open}${cells.join('')}</row>`);
}
