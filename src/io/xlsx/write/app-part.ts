import { escapeXml } from './xml-escape';
import { attrOf, findAll, findElement, rootPrefix, setAttr } from './xml-part';

/**
 * docProps/app.xml lists the sheet names for file browsers: HeadingPairs counts them by group
 * (worksheets first, as Excel writes it; charts and named ranges after), TitlesOfParts holds the
 * names in that order. New sheets are appended to the first group. Anything unexpected (no
 * lists, counts that do not add up, another producer's shape) leaves the part as it is: nothing
 * reads these lists but file browsers, and Excel rewrites them when it saves.
 */
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

export function addSheetTitles(xml: string, names: readonly string[]): string {
  if (names.length === 0) return xml;
  const p = rootPrefix(xml, 'Properties');
  const vtDecl = new RegExp(`xmlns:([\\w.-]+)="${VT_NS.replace(/[./]/g, '\\$&')}"`).exec(xml);
  if (!vtDecl) return xml;
  const vt = `${vtDecl[1]}:`;
  const pairs = findElement(xml, p, 'HeadingPairs');
  const titles = findElement(xml, p, 'TitlesOfParts');
  if (!pairs || !titles || pairs.selfClosing || titles.selfClosing || pairs.end > titles.start) return xml;
  const pairVector = findElement(xml, vt, 'vector', pairs.openEnd);
  const titleVector = findElement(xml, vt, 'vector', titles.openEnd);
  if (!pairVector || !titleVector || pairVector.end > pairs.end || titleVector.end > titles.end) return xml;
  const counts = findAll(xml, vt, 'i4', pairVector.openEnd, pairVector.closeStart);
  const lpstrs = findAll(xml, vt, 'lpstr', titleVector.openEnd, titleVector.closeStart);
  const total = counts.reduce((n, c) => n + Number(xml.slice(c.openEnd, c.closeStart)), 0);
  if (counts.length === 0 || total !== lpstrs.length || Number(attrOf(titleVector.attrs, 'size')) !== lpstrs.length) return xml;
  const first = counts[0];
  const inFirst = Number(xml.slice(first.openEnd, first.closeStart));
  const at = inFirst === 0 ? titleVector.openEnd : lpstrs[inFirst - 1].end;
  const added = names.map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`).join('');
  const size = `<${vt}vector${setAttr(titleVector.attrs, 'size', String(lpstrs.length + names.length))}>`;
  // Edits from the end of the part backwards, so earlier indexes stay valid.
  let out = xml.slice(0, at) + added + xml.slice(at);
  out = out.slice(0, titleVector.start) + size + out.slice(titleVector.openEnd);
  return out.slice(0, first.openEnd) + String(inFirst + names.length) + out.slice(first.closeStart);
}
