import { parseCellA1, parseRangeA1, rangeA1 } from '../../../core/address';
import type { RangeRef } from '../../../core/address';
import type { RenderedBlock, RenderedRow } from './sheet-xml';
import { rowXml } from './sheet-xml';
import { attrOf, brokenPart, dropAttr, findAll, findElement, rootPrefix, setAttr, withPrefix } from './xml-part';

/**
 * Refresh: the report's block rewritten inside its existing worksheet part. Cells in the plan's
 * clear rectangle (the old block and the new one together) are replaced by the rendered block; every other cell, row, merge,
 * note, drawing, hyperlink, validation and the print setup of the sheet stay as they are (the
 * sheet is the report's, but the user may have written beside the block). Column widths of the
 * block's columns, the frozen pane and the conditional formats inside the old block are the
 * report's and are replaced; the dimension is recomputed.
 */
type Cell = { readonly col: number; readonly xml: string };
type Row = { readonly row: number; readonly attrs: string; readonly cells: Cell[]; readonly xml: string };

const inside = (r: RangeRef, row: number, col: number): boolean => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

function parseRows(inner: string, p: string): Row[] {
  const rows: Row[] = [];
  const rowRe = new RegExp(`<${p}row(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, 'g');
  const cellRe = new RegExp(`<${p}c(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g');
  let prevRow = -1;
  for (const m of inner.matchAll(rowRe)) {
    const rAttr = attrOf(m[1], 'r');
    const row = rAttr !== undefined ? Number(rAttr) - 1 : prevRow + 1;
    prevRow = row;
    const cells: Cell[] = [];
    let prevCol = -1;
    for (const c of (m[2] ?? '').matchAll(cellRe)) {
      const ref = attrOf(c[1], 'r');
      const col = (ref !== undefined ? parseCellA1(ref)?.col : undefined) ?? prevCol + 1;
      prevCol = col;
      // A cell placed by its order only gets its address, so inserting cells before it cannot move it.
      cells.push({ col, xml: ref !== undefined ? c[0] : c[0].replace(new RegExp(`^<${p}c`), `<${p}c r="${rangeA1(row, col, 1, 1)}"`) });
    }
    const attrs = rAttr !== undefined ? m[1] : ` r="${row + 1}"${m[1]}`;
    rows.push({ row, attrs, cells, xml: rAttr !== undefined ? m[0] : m[0].replace(new RegExp(`^<${p}row`), `<${p}row r="${row + 1}"`) });
  }
  return rows;
}

function mergedRow(row: number, old: Row | undefined, fresh: RenderedRow | undefined, drop: (col: number) => boolean, p: string): string {
  if (!old) return withPrefix(rowXml(row, fresh!), p);
  const cells = [...old.cells.filter((c) => !drop(c.col)), ...(fresh?.cells ?? []).map((c) => ({ col: c.col, xml: withPrefix(c.xml, p) }))].sort((a, b) => a.col - b.col);
  let attrs = dropAttr(old.attrs, 'spans');
  if (fresh?.height != null) attrs = setAttr(setAttr(attrs, 'ht', String(fresh.height)), 'customHeight', '1');
  return `<${p}row${attrs}>${cells.map((c) => c.xml).join('')}</${p}row>`;
}

function mergeSheetData(xml: string, p: string, clear: RangeRef, block: RenderedBlock, part: string): { xml: string; used: RangeRef | null } {
  const sd = findElement(xml, p, 'sheetData');
  if (!sd) throw brokenPart(part);
  const rows = parseRows(sd.selfClosing ? '' : xml.slice(sd.openEnd, sd.closeStart), p);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const numbers = [...new Set([...byRow.keys(), ...block.rows.keys()])].sort((a, b) => a - b);
  let out = '';
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const see = (row: number, col: number): void => {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  };
  for (const n of numbers) {
    const old = byRow.get(n);
    const touched = n >= clear.row && n < clear.row + clear.rows;
    const drop = (col: number): boolean => inside(clear, n, col);
    if (old && !touched) out += old.xml;
    else out += mergedRow(n, old, block.rows.get(n), drop, p);
    for (const c of old?.cells ?? []) if (!touched || !drop(c.col)) see(n, c.col);
    for (const c of block.rows.get(n)?.cells ?? []) see(n, c.col);
  }
  const used = bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  return { xml: `${xml.slice(0, sd.start)}<${p}sheetData${sd.attrs}>${out}</${p}sheetData>${xml.slice(sd.end)}`, used };
}

/** The <col> elements with the block's columns taken out (ranges split around them) and the block's added. */
function mergeCols(xml: string, p: string, block: RenderedBlock): string {
  if (block.cols.length === 0) return xml;
  const first = block.cols[0].col + 1;
  const last = block.cols[block.cols.length - 1].col + 1;
  const cols = findElement(xml, p, 'cols');
  const kept: { min: number; xml: string }[] = [];
  if (cols && !cols.selfClosing) {
    for (const c of findAll(xml, p, 'col', cols.openEnd, cols.closeStart)) {
      const el = xml.slice(c.start, c.end);
      const min = Number(attrOf(c.attrs, 'min'));
      const max = Number(attrOf(c.attrs, 'max'));
      if (max < first || min > last) {
        kept.push({ min, xml: el });
        continue;
      }
      const piece = (a: number, b: number): string => `<${p}col${setAttr(setAttr(c.attrs, 'min', String(a)), 'max', String(b))}/>`;
      if (min < first) kept.push({ min, xml: piece(min, first - 1) });
      if (max > last) kept.push({ min: last + 1, xml: piece(last + 1, max) });
    }
  }
  for (const c of block.cols) kept.push({ min: c.col + 1, xml: withPrefix(c.xml, p) });
  const inner = kept.sort((a, b) => a.min - b.min).map((c) => c.xml).join('');
  if (cols) return `${xml.slice(0, cols.start)}<${p}cols${cols.attrs}>${inner}</${p}cols>${xml.slice(cols.end)}`;
  const sd = findElement(xml, p, 'sheetData')!;
  return `${xml.slice(0, sd.start)}<${p}cols>${inner}</${p}cols>${xml.slice(sd.start)}`;
}

/** The largest cfRule priority outside the old block's conditional formats (new rules go after it). */
export function maxPriorityOutside(xml: string, oldRange: RangeRef): number {
  const p = rootPrefix(xml, 'worksheet');
  let max = 0;
  for (const cf of findAll(xml, p, 'conditionalFormatting')) {
    if (cfInside(cf.attrs, oldRange)) continue;
    for (const m of xml.slice(cf.start, cf.end).matchAll(/\spriority="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  }
  return max;
}

function cfInside(attrs: string, r: RangeRef): boolean {
  const first = parseRangeA1((attrOf(attrs, 'sqref') ?? '').split(' ')[0]);
  return !!first && inside(r, first.row, first.col) && inside(r, first.row + first.rows - 1, first.col + first.cols - 1);
}

const AFTER_CF = ['dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function mergeConditional(xml: string, p: string, oldRange: RangeRef, conditional: string): string {
  let out = xml;
  for (const cf of findAll(xml, p, 'conditionalFormatting').reverse()) if (cfInside(cf.attrs, oldRange)) out = out.slice(0, cf.start) + out.slice(cf.end);
  if (conditional === '') return out;
  const sdEnd = findElement(out, p, 'sheetData')!.end;
  const remaining = findAll(out, p, 'conditionalFormatting', sdEnd);
  let at: number;
  if (remaining.length > 0) at = remaining[remaining.length - 1].end;
  else {
    const later = AFTER_CF.map((t) => findElement(out, p, t, sdEnd)).filter((f) => f !== null);
    at = later.length > 0 ? Math.min(...later.map((f) => f.start)) : out.lastIndexOf(`</${p}worksheet>`);
  }
  return out.slice(0, at) + withPrefix(conditional, p) + out.slice(at);
}

function mergePane(xml: string, p: string, pane: string | null): string {
  if (!pane) return xml;
  const fragment = withPrefix(pane, p);
  const views = findElement(xml, p, 'sheetViews');
  if (!views) {
    const before = ['sheetFormatPr', 'cols', 'sheetData'].map((t) => findElement(xml, p, t)).find((f) => f !== null)!;
    return `${xml.slice(0, before.start)}<${p}sheetViews><${p}sheetView workbookViewId="0">${fragment}</${p}sheetView></${p}sheetViews>${xml.slice(before.start)}`;
  }
  const view = findElement(xml, p, 'sheetView', views.openEnd);
  if (!view || view.start >= views.closeStart) return xml;
  if (view.selfClosing) return `${xml.slice(0, view.start)}<${p}sheetView${view.attrs}>${fragment}</${p}sheetView>${xml.slice(view.end)}`;
  const inner = xml.slice(view.openEnd, view.closeStart);
  const oldPane = findElement(inner, p, 'pane');
  const wanted = findElement(fragment, p, 'pane')!;
  const same = oldPane && ['xSplit', 'ySplit', 'state'].every((a) => attrOf(oldPane.attrs, a) === attrOf(wanted.attrs, a));
  if (same) return xml;
  const rest = inner.replace(new RegExp(`<${p}(?:pane|selection)(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}(?:pane|selection)>)`, 'g'), '');
  return `${xml.slice(0, view.openEnd)}${fragment}${rest}${xml.slice(view.closeStart)}`;
}

function setDimension(xml: string, p: string, used: RangeRef | null): string {
  const dim = findElement(xml, p, 'dimension');
  if (!dim || !used) return xml;
  const ref = rangeA1(used.row, used.col, used.rows, used.cols);
  return `${xml.slice(0, dim.start)}<${p}dimension${setAttr(dim.attrs, 'ref', ref)}/>${xml.slice(dim.end)}`;
}

/**
 * The worksheet XML with the cells of `clear` (the plan's: the old block and the new one
 * together) replaced by the rendered block, and the old block's conditional formats by the new.
 */
export function mergeBlock(xml: string, oldRange: RangeRef, clear: RangeRef, block: RenderedBlock, part: string): string {
  const p = rootPrefix(xml, 'worksheet');
  if (!findElement(xml, p, 'worksheet')) throw brokenPart(part);
  const data = mergeSheetData(xml, p, clear, block, part);
  let out = mergeConditional(data.xml, p, oldRange, block.conditional);
  out = mergeCols(out, p, block);
  out = mergePane(out, p, block.pane);
  return setDimension(out, p, data.used);
}
