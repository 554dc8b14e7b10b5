import type { XlsxPackage } from '../pkg/package';
import { asCorrupt } from './workbook-info';
import { elements, firstElement } from './xml';

/**
 * Number formats by cell style: styles.xml's <cellXfs> gives each style index (a cell's `s`) a
 * numFmtId, which is either one of the workbook's own <numFmt>s or one of Excel's built-in
 * formats. Built-in ids are given the codes exceljs gave them (the snapshot's formats did not
 * change when the reader did); General (id 0) is null. A style is a date style when its code
 * shows days, months, years or times (ids 14–22, 45–47 and the East Asian date ids built in).
 */
export type StyleFormats = {
  /** Format code per style index; null for General or an unknown built-in id. */
  readonly codes: readonly (string | null)[];
  /** Per style index: the value is a date or time. */
  readonly isDate: readonly boolean[];
};

const BUILTIN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const builtinDate = (id: number): boolean => (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);

/** True when a format code shows a date or time (quoted text, [colours], escapes and fills ignored). */
export function isDateCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '')
    .replace(/[\\_*]./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const EMPTY: StyleFormats = { codes: [], isDate: [] };

export function readStyleFormats(pkg: XlsxPackage, part: string | null): StyleFormats {
  if (part === null || !pkg.has(part)) return EMPTY;
  const xml = pkg.text(part);
  try {
    const own = new Map<number, string>();
    const numFmts = firstElement(xml, 'numFmts');
    for (const f of elements(numFmts?.inner ?? '', 'numFmt')) own.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
    const cellXfs = firstElement(xml, 'cellXfs');
    const codes: (string | null)[] = [];
    const isDate: boolean[] = [];
    for (const xf of elements(cellXfs?.inner ?? '', 'xf')) {
      const id = Number(xf.attrs.numFmtId ?? 0);
      const code = own.get(id) ?? (id === 0 ? null : (BUILTIN[id] ?? null));
      codes.push(code === '' || code === 'General' ? null : code);
      isDate.push(own.has(id) ? isDateCode(own.get(id) ?? '') : builtinDate(id));
    }
    return { codes, isDate };
  } catch (e) {
    throw asCorrupt(e, part);
  }
}
