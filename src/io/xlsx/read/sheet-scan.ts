import type { CellValue } from '../../../core/snapshot';
import type { SheetBuilder } from './sheet-builder';
import { MAX_COL, MAX_ROW, SharedFormulas } from './shared-formula';
import { DAYS_1904, T_NUMBER, T_STR, digitsAt, eachAttr, isNameEnd, isSpace, typeAt, valueAt } from './cell-values';
import { XmlError, decodeXml, stringItemText } from './xml';

/**
 * One pass over a worksheet's XML, fed in pieces that each end after a whole element (the reader
 * cuts them after a '</row>'), straight into a SheetBuilder: a hand-written scanner over the
 * string with indexOf and charCodeAt, no DOM and no object per cell.
 *
 * It reads <row r hidden>, <c r s t> with <v>, <f> (shared formulas moved to each cell, cached
 * values kept) and <is> (inline strings, rich text joined). Rows and cells
 * without an `r` attribute follow the previous one; the <dimension> tag is not trusted (not read).
 * Values: numbers; shared strings by index; 'str' formula text results; booleans; errors as
 * { error }; ISO dates (t="d") as serials. A number in a date style of a 1904-system workbook is
 * moved to the 1900 system (+1462 days), so the snapshot always holds 1900-system serials.
 * Namespace prefixes (<x:c>) are allowed when the root element uses one. A row or cell beyond
 * Excel's sheet size (MAX_ROW, MAX_COL) is damage (and would make the snapshot's arrays absurd).
 */
export type ScanContext = {
  /** The shared strings, parsed on the first shared-string cell (a sheet without one never parses them). */
  readonly strings: () => readonly string[];
  /** Per style index: number format code (null for General). */
  readonly codes: readonly (string | null)[];
  readonly isDate: readonly boolean[];
  readonly date1904: boolean;
  /** Stop after this many sheet rows (0-based rows below it are read). */
  readonly maxRows: number;
};

export class SheetScanner {
  private prefix: string | null = null;
  private row = -1;
  private col = -1;
  private readonly shared = new SharedFormulas();
  /** True once maxRows is reached: the rest is not needed. */
  done = false;
  private sawRoot = false;
  private tail = '';
  private strings: readonly string[] | null = null;

  constructor(
    private readonly ctx: ScanContext,
    private readonly out: SheetBuilder,
  ) {}

  /** The end tag that closes a row, once the root's prefix is known (null before). */
  rowEnd(): string | null {
    return this.prefix === null ? null : `</${this.prefix}row>`;
  }

  /** Learns the namespace prefix from the root element of the first piece. */
  learnPrefix(text: string): void {
    if (this.prefix !== null) return;
    let i = 0;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) return;
      const c = text.charCodeAt(lt + 1);
      if (c === 63 || c === 33) {
        i = lt + 2;
        continue;
      }
      let e = lt + 1;
      while (e < text.length && !isNameEnd(text.charCodeAt(e))) e++;
      const name = text.slice(lt + 1, e);
      const colon = name.indexOf(':');
      this.prefix = colon < 0 ? '' : name.slice(0, colon + 1);
      this.sawRoot = true;
      return;
    }
  }

  feed(text: string): void {
    if (this.done) return;
    this.learnPrefix(text);
    const p = this.prefix ?? '';
    const plen = p.length;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt < 0) break;
      const c0 = text.charCodeAt(lt + 1);
      if (c0 === 47 || c0 === 63 || c0 === 33) {
        i = this.skipOther(text, lt);
        continue;
      }
      let at = lt + 1;
      if (plen > 0) {
        if (!text.startsWith(p, at)) {
          i = this.skipTag(text, lt);
          continue;
        }
        at += plen;
      }
      const c1 = text.charCodeAt(at);
      if (c1 === 99 && isNameEnd(text.charCodeAt(at + 1))) {
        i = this.cell(text, at + 1);
      } else if (c1 === 114 && text.charCodeAt(at + 1) === 111 && text.charCodeAt(at + 2) === 119 && isNameEnd(text.charCodeAt(at + 3))) {
        i = this.rowTag(text, at + 3);
        if (this.done) return;
      } else {
        i = this.skipTag(text, lt);
      }
    }
    this.tail = (this.tail + text.slice(Math.max(0, n - 64))).slice(-64);
  }

  /** Checks that the document was whole: it ended with the root's end tag. */
  end(): void {
    if (this.done) return;
    if (!this.sawRoot || !this.tail.trimEnd().endsWith(`</${this.prefix ?? ''}worksheet>`)) throw new XmlError('unterminated');
  }

  private gt(text: string, from: number): number {
    const gt = text.indexOf('>', from);
    if (gt < 0) throw new XmlError('unterminated');
    return gt;
  }

  private skipTag(text: string, lt: number): number {
    return this.gt(text, lt) + 1;
  }

  /** End tags, comments, processing instructions, CDATA. */
  private skipOther(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) {
      const e = text.indexOf('-->', lt);
      if (e < 0) throw new XmlError('unterminated');
      return e + 3;
    }
    if (text.startsWith('<!DOCTYPE', lt)) throw new XmlError('dtd');
    if (text.startsWith('<![CDATA[', lt)) {
      const e = text.indexOf(']]>', lt);
      if (e < 0) throw new XmlError('unterminated');
      return e + 3;
    }
    return this.gt(text, lt) + 1;
  }

  private rowTag(text: string, from: number): number {
    const gt = this.gt(text, from);
    let r = -1;
    let hidden = false;
    eachAttr(text, from, gt, (name, v) => {
      if (name === 'r') r = Number(v) - 1;
      else if (name === 'hidden') hidden = v === '1' || v === 'true';
    });
    this.row = r >= 0 ? r : this.row + 1;
    if (this.row >= MAX_ROW) throw new XmlError('row outside the sheet');
    this.col = -1;
    if (this.row >= this.ctx.maxRows) {
      this.done = true;
      return text.length;
    }
    if (hidden) this.out.hiddenRow(this.row);
    return gt + 1;
  }

  /** Reads one <c ...> element starting after its name; returns the position after it. */
  private cell(text: string, from: number): number {
    const gt = text.indexOf('>', from);
    if (gt < 0) throw new XmlError('unterminated');
    // Attributes r, s, t, read in place without slicing: this is the hot path.
    let refStart = -1;
    let refEnd = -1;
    let style = 0;
    let type = T_NUMBER;
    let q = from;
    while (q < gt) {
      const eq = text.indexOf('=', q);
      if (eq < 0 || eq > gt) break;
      let vs = eq + 1;
      while (isSpace(text.charCodeAt(vs))) vs++;
      const quote = text.charCodeAt(vs);
      const ve = text.indexOf(quote === 39 ? "'" : '"', vs + 1);
      if (ve < 0) throw new XmlError('unterminated');
      vs++;
      let ne = eq;
      while (isSpace(text.charCodeAt(ne - 1))) ne--;
      if (isSpace(text.charCodeAt(ne - 2))) {
        const a = text.charCodeAt(ne - 1);
        if (a === 114) {
          refStart = vs;
          refEnd = ve;
        } else if (a === 115) style = digitsAt(text, vs, ve);
        else if (a === 116) type = typeAt(text, vs, ve);
      }
      q = ve + 1;
    }
    this.place(text, refStart, refEnd);
    if (text.charCodeAt(gt - 1) === 47) return gt + 1;
    // The common content, <v>…</v></c>, straight; anything else through the general loop.
    const p = this.prefix ?? '';
    const vOpen = p === '' ? '<v>' : `<${p}v>`;
    if (text.startsWith(vOpen, gt + 1)) {
      const vs = gt + 1 + vOpen.length;
      const ve = text.indexOf('<', vs);
      const tail = p === '' ? '</v></c>' : `</${p}v></${p}c>`;
      if (ve >= 0 && text.startsWith(tail, ve)) {
        if (ve === vs && type !== T_STR) return ve + tail.length;
        this.emit(valueAt(text, vs, ve, type, this.dateShift(style), this.stringTable), '', style);
        return ve + tail.length;
      }
    }
    return this.cellContent(text, gt + 1, type, style);
  }

  private dateShift(style: number): number {
    return this.ctx.date1904 && this.ctx.isDate[style] === true ? DAYS_1904 : 0;
  }

  /** The shared strings, asked for once, on the first shared-string cell. */
  private readonly stringTable = (): readonly string[] => (this.strings ??= this.ctx.strings());

  private emit(value: CellValue, formula: string, style: number): void {
    this.out.cell(this.row, this.col, value, formula, this.ctx.codes[style] ?? null);
  }

  /** The content of a cell in general: <f>, <v>, <is>, and anything else skipped, up to </c>. */
  private cellContent(text: string, from: number, type: number, style: number): number {
    let vs = -1;
    let ve = -1;
    let formula = '';
    let inline: string | null = null;
    let i = from;
    const plen = (this.prefix ?? '').length;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) throw new XmlError('unterminated');
      if (text.charCodeAt(lt + 1) === 47) {
        i = this.gt(text, lt) + 1;
        break;
      }
      const at = lt + 1 + plen;
      const c1 = text.charCodeAt(at);
      const c2 = text.charCodeAt(at + 1);
      const close = this.gt(text, at);
      const empty = text.charCodeAt(close - 1) === 47;
      if (c1 === 118 && isNameEnd(c2)) {
        if (empty) {
          vs = ve = close + 1;
          i = close + 1;
        } else {
          vs = close + 1;
          ve = text.indexOf('<', vs);
          if (ve < 0) throw new XmlError('unterminated');
          i = this.gt(text, ve) + 1;
        }
      } else if (c1 === 102 && isNameEnd(c2)) {
        let body = '';
        let endAt = close + 1;
        if (!empty) {
          const e = text.indexOf('<', close + 1);
          if (e < 0) throw new XmlError('unterminated');
          body = decodeXml(text.slice(close + 1, e));
          endAt = this.gt(text, e) + 1;
        }
        formula = this.shared.formula(text.slice(at + 1, empty ? close - 1 : close), body, this.row, this.col);
        i = endAt;
      } else if (c1 === 105 && c2 === 115 && isNameEnd(text.charCodeAt(at + 2))) {
        if (empty) {
          inline = '';
          i = close + 1;
        } else {
          const endTag = `</${this.prefix ?? ''}is>`;
          const e = text.indexOf(endTag, close + 1);
          if (e < 0) throw new XmlError('unterminated');
          inline = stringItemText(text.slice(close + 1, e));
          i = e + endTag.length;
        }
      } else {
        i = empty ? close + 1 : this.skipElement(text, lt, at, close);
      }
    }
    // No value (or an empty <v/> that is not a text result) and no formula: a style-only cell.
    if (inline === null && formula === '' && (vs < 0 || (vs === ve && type !== T_STR))) return i;
    const value = inline !== null ? inline : vs < 0 ? null : valueAt(text, vs, ve, type, this.dateShift(style), this.stringTable);
    this.emit(value, formula, style);
    return i;
  }

  /** Skips an element we do not read (with its content), by its own end tag. */
  private skipElement(text: string, lt: number, at: number, close: number): number {
    let e = at;
    while (!isNameEnd(text.charCodeAt(e))) e++;
    const endTag = `</${text.slice(lt + 1, e)}>`;
    const end = text.indexOf(endTag, close + 1);
    if (end < 0) throw new XmlError('unterminated');
    return end + endTag.length;
  }

  /** Sets row and col from the cell's reference (text[from, to)), or moves one column right when it has none. */
  private place(text: string, from: number, to: number): void {
    let col = 0;
    let row = 0;
    let k = from;
    for (; k < to; k++) {
      const c = text.charCodeAt(k) & 0xdf;
      if (c === 4) continue; // '$'
      if (c < 65 || c > 90) break;
      col = col * 26 + c - 64;
    }
    for (; k < to; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d >= 0 && d <= 9) row = row * 10 + d;
      else if (d !== -12) break; // '$'
    }
    this.col = col > 0 ? col - 1 : this.col + 1;
    if (row > 0) this.row = row - 1;
    else if (this.row < 0) this.row = 0;
    if (this.col >= MAX_COL || this.row >= MAX_ROW) throw new XmlError('cell outside the sheet');
  }
}
