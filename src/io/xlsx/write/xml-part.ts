import { XlsxReadError } from '../errors';

/**
 * Small helpers for editing a package part's XML as text, so that everything the writer does not
 * mean to change stays byte for byte as the producer wrote it: the root's namespace prefix, one
 * element found by its local name, and fragments given that prefix.
 */
export type Found = {
  /** Index of '<' of the start tag. */
  readonly start: number;
  /** Index just after the start tag's '>'. */
  readonly openEnd: number;
  /** Index of '<' of the end tag (= openEnd for a self-closing element). */
  readonly closeStart: number;
  /** Index just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  /** The start tag's text between the name and '>' (or '/>'). */
  readonly attrs: string;
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The namespace prefix of the root element with its colon ('x:'), or ''. */
export function rootPrefix(xml: string, root: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** Gives every element of an unprefixed fragment the prefix ('' leaves it as it is). */
export function withPrefix(fragment: string, p: string): string {
  return p === '' ? fragment : fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`);
}

/** The first element `p + tag` at or after `from`, or null. */
export function findElement(xml: string, p: string, tag: string, from = 0): Found | null {
  const re = new RegExp(`<${escapeRe(p + tag)}(?=[\\s/>])([^>]*?)(/?)>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const start = m.index;
  const openEnd = start + m[0].length;
  if (m[2] === '/') return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true, attrs: m[1] };
  const close = `</${p}${tag}>`;
  const closeStart = xml.indexOf(close, openEnd);
  if (closeStart < 0) return null;
  return { start, openEnd, closeStart, end: closeStart + close.length, selfClosing: false, attrs: m[1] };
}

/** Every element `p + tag` in xml[from, to), not nested in one another. */
export function findAll(xml: string, p: string, tag: string, from = 0, to = xml.length): Found[] {
  const out: Found[] = [];
  let at = from;
  for (;;) {
    const f = findElement(xml, p, tag, at);
    if (!f || f.start >= to) return out;
    out.push(f);
    at = f.end;
  }
}

/** The value of an attribute in a start tag's text, undecoded, or undefined. */
export function attrOf(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${escapeRe(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The start tag's attribute text with `name` set to `value` (replaced where it is, else added last). */
export function setAttr(attrs: string, name: string, value: string): string {
  const re = new RegExp(`((?:^|\\s)${escapeRe(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  return re.test(attrs) ? attrs.replace(re, `$1"${value}"`) : `${attrs} ${name}="${value}"`;
}

/** The start tag's attribute text without `name`. */
export function dropAttr(attrs: string, name: string): string {
  return attrs.replace(new RegExp(`\\s${escapeRe(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** A part too broken to add to: the plain 'corrupt' error naming it. */
export function brokenPart(part: string): XlsxReadError {
  return new XlsxReadError('corrupt', { detail: part });
}
