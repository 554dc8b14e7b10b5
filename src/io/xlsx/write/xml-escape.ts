/**
 * Text into XML the way Excel reads it back unchanged. Markup characters become entities. A
 * carriage return becomes &#13; (a raw CR would be read as LF, XML 1.0 §2.11); tab and line feed
 * stay. Characters XML 1.0 cannot carry at all (other C0 controls, lone surrogates, U+FFFE/FFFF)
 * become Excel's _xHHHH_ escape, and a literal "_x0041_" in the text is protected as
 * "_x005F_x0041_" so that readers do not decode it (ECMA-376 ST_Xstring).
 */
const MARKUP = /[&<>"]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

const hex4 = (ch: string): string => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Element text of a cell value, formula or defined name (no OOXML _xHHHH_ protection). */
export function escapeXml(s: string): string {
  return s.replace(MARKUP, (c) => ENTITY[c]).replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also tab and line feed as references, so they survive. */
export function escapeAttr(s: string): string {
  return escapeXml(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** The text of a string cell (<t>), readable back exactly by Excel, LibreOffice and our reader. */
export function escapeCellText(s: string): string {
  return escapeXml(s.replace(LITERAL_ESCAPE, '_x005F_$1').replace(NOT_XML, hex4));
}

/** <t> with xml:space="preserve" when the text has edge spaces or line breaks Excel would trim. */
export function textElement(s: string): string {
  const preserve = /^\s|\s$|[\n\r\t]/.test(s) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeCellText(s)}</t>`;
}
