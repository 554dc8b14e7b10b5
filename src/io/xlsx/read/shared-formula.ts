/**
 * Shared formulas (<f t="shared" si="0">): the first cell of the group holds the formula text,
 * the others only the group number, and each means the master's formula moved by the distance
 * between the two cells: relative references shift, $-anchored ones stay. Text in double quotes
 * and quoted sheet names are left alone; function names (followed by '(') are not references.
 * A reference moved off the sheet becomes #REF!, as Excel shows it.
 */
import { eachAttr } from './cell-values';

/** Excel's sheet size (rows, columns). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

const REF =
  /(?<![A-Za-z0-9_.$])(?:(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])|(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![0-9]))/g;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & 0xdf) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

class OffSheet extends Error {}

function moveCol(anchor: string, letters: string, dc: number): string {
  if (anchor === '$' || dc === 0) return anchor + letters.toUpperCase();
  const n = columnNumber(letters) + dc;
  if (n < 1 || n > MAX_COL) throw new OffSheet();
  return columnLetters(n);
}

function moveRow(anchor: string, digits: string, dr: number): string {
  if (anchor === '$' || dr === 0) return anchor + digits;
  const n = Number(digits) + dr;
  if (n < 1 || n > MAX_ROW) throw new OffSheet();
  return String(n);
}

function shiftPlain(text: string, dr: number, dc: number): string {
  return text.replace(REF, (all, ca: string, cl: string, ra: string, rd: string, c1a: string, c1: string, c2a: string, c2: string, r1a: string, r1: string, r2a: string, r2: string) => {
    try {
      if (cl !== undefined) {
        if (columnNumber(cl) > MAX_COL) return all;
        return moveCol(ca, cl, dc) + moveRow(ra, rd, dr);
      }
      if (c1 !== undefined) return `${moveCol(c1a, c1, dc)}:${moveCol(c2a, c2, dc)}`;
      return `${moveRow(r1a, r1, dr)}:${moveRow(r2a, r2, dr)}`;
    } catch (e) {
      if (e instanceof OffSheet) return '#REF!';
      throw e;
    }
  });
}

/** The master formula (without '=') as it reads `dr` rows and `dc` columns away. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const dq = formula.indexOf('"', i);
    const sq = formula.indexOf("'", i);
    const q = dq < 0 ? sq : sq < 0 ? dq : Math.min(dq, sq);
    if (q < 0) {
      out += shiftPlain(formula.slice(i), dr, dc);
      break;
    }
    out += shiftPlain(formula.slice(i, q), dr, dc);
    const quote = formula[q];
    // A doubled quote inside quotes is one literal quote.
    let end = q + 1;
    for (;;) {
      const next = formula.indexOf(quote, end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === quote) {
        end = next + 2;
        continue;
      }
      end = next + 1;
      break;
    }
    out += formula.slice(q, end);
    i = end;
  }
  return out;
}

type Master = { readonly row: number; readonly col: number; readonly text: string };

/** The shared-formula groups of one sheet, as its cells are read in order. */
export class SharedFormulas {
  private readonly masters = new Map<string, Master>();

  /** The formula ('=' and text, or '') of a cell at row/col with this <f>'s attributes and decoded text. */
  formula(attrText: string, body: string, row: number, col: number): string {
    let kind = '';
    let si = '';
    eachAttr(attrText, 0, attrText.length, (name, v) => {
      if (name === 't') kind = v;
      else if (name === 'si') si = v;
    });
    if (kind === 'shared' && si !== '') {
      if (body !== '') {
        this.masters.set(si, { row, col, text: body });
        return `=${body}`;
      }
      const master = this.masters.get(si);
      return master ? `=${shiftFormula(master.text, row - master.row, col - master.col)}` : '';
    }
    return body === '' ? '' : `=${body}`;
  }
}
