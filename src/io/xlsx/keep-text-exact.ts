import { entryBytes, inspectXlsxBytes } from './zip-guard';
import { replaceZipEntries } from './zip-rewrite';

/**
 * exceljs writes text into the XML almost as it is: a carriage return goes in as a raw CR byte,
 * and a literal "_x000D_" goes in unescaped. But every conforming XML reader (Excel,
 * LibreOffice, exceljs itself; XML 1.0 §2.11) turns a raw CR or CRLF into LF, and Excel decodes
 * _xHHHH_ in text to that character (ECMA-376 ST_Xstring). A user's "a\rb" (which Excel stores
 * as a_x000D_b) or a literal "_x0041_" (stored as _x005F_x0041_) would come back changed after
 * we save their workbook. So after exceljs has written the zip we escape them as Excel would
 * read them back: a raw CR becomes &#13; (exceljs never puts a CR in its markup, so every raw
 * CR is in text or an attribute value, where &#13; means CR), and _xHHHH_ inside <t> text
 * becomes _x005F_xHHHH_. Only the parts that hold cell and note text are looked at.
 */
const TEXT_PARTS = /^xl\/(?:sharedStrings\.xml|worksheets\/sheet\d*\.xml|comments\d*\.xml)$/;
const CR = 13;
const UNDERSCORE = 0x5f;
const X = 0x78;

function needsEscaping(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === CR || (bytes[i] === UNDERSCORE && bytes[i + 1] === X)) return true;
  }
  return false;
}

/** The part's XML with CRs and literal _xHHHH_ in text escaped (see above). */
export function escapeWrittenText(xml: string): string {
  return xml
    .replace(/(<t\b[^>]*>)([^<]*)(<\/t>)/g, (_m, open: string, text: string, close: string) => open + text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') + close)
    .replace(/\r/g, '&#13;');
}

/** The written workbook with its text escaped so that readers see exactly the text exceljs held. */
export async function keepTextExact(written: Uint8Array): Promise<Uint8Array> {
  const replacements = new Map<string, Uint8Array>();
  for (const entry of inspectXlsxBytes(written).entries) {
    if (!TEXT_PARTS.test(entry.name)) continue;
    const bytes = await entryBytes(written, entry);
    if (!needsEscaping(bytes)) continue;
    const xml = new TextDecoder().decode(bytes);
    const escaped = escapeWrittenText(xml);
    if (escaped !== xml) replacements.set(entry.name, new TextEncoder().encode(escaped));
  }
  return replacements.size === 0 ? written : replaceZipEntries(written, replacements);
}
