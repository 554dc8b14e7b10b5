/**
 * The little XML the package's small parts need (workbook, relationships, styles, shared
 * strings, content types): start tags by local name, their attributes and inner text. Not a
 * general parser: no DTDs (a part with a DOCTYPE is refused as damaged, as OOXML forbids them, so
 * neither "billion laughs" nor external entities can do anything), namespace prefixes ignored.
 * A document that ends inside a tag throws XmlError; callers turn it into 'corrupt'.
 */
export class XmlError extends Error {}

export type Attrs = Readonly<Record<string, string>>;
export type Element = { readonly name: string; readonly attrs: Attrs; readonly inner: string | null };

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character and entity references; an unknown entity is kept as written. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (all, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[ref] ?? all;
  });
}

/** OOXML's escapes for characters XML cannot carry: "_x000D_" is a carriage return, "_x005F_" an underscore. */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content of an element as a cell sees it: entities, then OOXML escapes. */
export const cellText = (raw: string): string => unescapeOoxml(decodeXml(raw));

const localName = (name: string): string => {
  const at = name.indexOf(':');
  return at < 0 ? name : name.slice(at + 1);
};

/** The attributes of a start tag's text (between the name and '>'), by local name (xmlns kept as written). */
export function parseAttrs(s: string): Attrs {
  const out: Record<string, string> = {};
  const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const name = m[1].startsWith('xmlns') ? m[1] : localName(m[1]);
    if (!(name in out)) out[name] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Position after a comment, processing instruction, CDATA or DOCTYPE starting at `lt`. */
function skipSpecial(xml: string, lt: number): number {
  const closer = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : xml.charCodeAt(lt + 1) === 63 ? '?>' : null;
  if (closer) {
    const end = xml.indexOf(closer, lt);
    if (end < 0) throw new XmlError('unterminated');
    return end + closer.length;
  }
  // Package parts may not carry DTDs (ECMA-376 Part 2, OPC): a <!DOCTYPE> is damage or an attack
  // (entity expansion, external entities), never read.
  if (xml.startsWith('<!DOCTYPE', lt)) throw new XmlError('dtd');
  const gt = xml.indexOf('>', lt);
  if (gt < 0) throw new XmlError('unterminated');
  return gt + 1;
}

/**
 * Every element with this local name, in document order, with its attributes and its inner
 * XML (null when self-closing). Elements of the same name nested inside one another are not
 * expected in the parts this is used on.
 */
export function elements(xml: string, name: string): Element[] {
  const out: Element[] = [];
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return out;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      i = skipSpecial(xml, lt);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XmlError('unterminated');
    let e = lt + 1;
    while (e < gt) {
      const ch = xml.charCodeAt(e);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) break;
      e++;
    }
    const tag = xml.slice(lt + 1, e);
    if (c === 47 || localName(tag) !== name) {
      i = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrs = parseAttrs(xml.slice(e, selfClosing ? gt - 1 : gt));
    if (selfClosing) {
      out.push({ name: tag, attrs, inner: null });
      i = gt + 1;
      continue;
    }
    const close = xml.indexOf(`</${tag}>`, gt + 1);
    if (close < 0) throw new XmlError('unterminated');
    out.push({ name: tag, attrs, inner: xml.slice(gt + 1, close) });
    i = close + tag.length + 3;
  }
}

/** The first element with this local name, or undefined. */
export function firstElement(xml: string, name: string): Element | undefined {
  return elements(xml, name)[0];
}

/**
 * The text of a string item (<si> or <is>): its <t>, or the <t>s of its rich-text runs <r>
 * joined; phonetic runs (<rPh>) are left out, as Excel shows them only as ruby text.
 */
export function stringItemText(inner: string | null): string {
  if (inner === null) return '';
  const withoutPhonetic = inner.indexOf('rPh') < 0 ? inner : inner.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let s = '';
  for (const t of elements(withoutPhonetic, 't')) if (t.inner !== null) s += t.inner;
  return cellText(s);
}

/** Checks that a part is one whole XML document: it ends with its root element's end tag. */
export function checkWhole(xml: string): void {
  const end = xml.trimEnd();
  if (!end.endsWith('>')) throw new XmlError('unterminated');
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) throw new XmlError('no root');
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      i = skipSpecial(xml, lt);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XmlError('unterminated');
    if (xml.charCodeAt(gt - 1) === 47) return;
    let e = lt + 1;
    while (e < gt && !/[\s/>]/.test(xml[e])) e++;
    const root = xml.slice(lt + 1, e);
    if (!end.endsWith(`</${root}>`) && !new RegExp(`</${root}\\s*>$`).test(end)) throw new XmlError('unterminated');
    return;
  }
}
