import type { DefinedName } from '../../../core/snapshot';
import type { WorkbookInfo } from './workbook-info';

/**
 * The snapshot's defined names: every name whose text is a reference to a cell or range on a
 * sheet ("'My sheet'!$A$1:$C$3" → sheet 'My sheet', range 'A1:C3'), one entry per area of a
 * union ("Blad1!$A$1,Blad1!$C$3" gives two). Formulas and constants are left out, and so are the
 * print areas and print titles, which belong to the sheet's page setup (the exceljs reader left
 * them out too).
 */
const PAGE_SETUP = new Set(['_xlnm.print_area', '_xlnm.print_titles']);

/** "'My sheet'!$A$1:$C$3" → { sheet: 'My sheet', range: 'A1:C3' }; null for formulas and constants. */
export function splitRef(ref: string): { sheet: string; range: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, range: m[3].replace(/\$/g, '') };
}

/** The areas of a reference text, split at commas outside quotes. */
export function areasOf(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

export function snapshotDefinedNames(info: WorkbookInfo): DefinedName[] {
  const out: DefinedName[] = [];
  for (const dn of info.definedNames) {
    if (PAGE_SETUP.has(dn.name.toLowerCase())) continue;
    for (const area of areasOf(dn.text)) {
      const parts = splitRef(area);
      if (parts) out.push({ name: dn.name, ...parts });
    }
  }
  return out;
}
