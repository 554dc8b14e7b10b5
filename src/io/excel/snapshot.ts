import type { SnapshotRequest } from '../../core/port';
import type { CellValue, DefinedName, SheetSnapshot, SnapshotPart, WorkbookSnapshot } from '../../core/snapshot';
import { parseRangeA1, rangeA1 } from '../../core/address';
import { toCellRows, toFormatRows } from './cell-values';
import { halve, inSequence, packBlocks } from './chunks';
import type { RowBlock } from './chunks';
import { ExcelReadError, isPayloadLimit } from './errors';
import type { Limits, Supports } from './options';
import { areasOf, queueExtras, readFormulas, readHiddenRows } from './snapshot-extras';
import type { Extras } from './snapshot-extras';
import { inventoryOf } from './inventory';
import { METADATA_SHEET } from './meta-sheet';
import type { Inventory } from './inventory';

/**
 * Reads the used ranges in few round trips: sync 1 lists sheets and names (and, when the caller
 * names the sheets, already fetches their used ranges and a first block of rows); sync 2 fetches
 * used ranges plus that first block for the other case; then the rest in blocks packed to the
 * sync budget, each sync as full as the per-cell size measured on the first block allows.
 */
const HEAD_COLS = 16;
const HEAD_BUDGET = 3_000_000;
const ASSUMED_BYTES_PER_CELL = 12;
const MAX_SHEET_ROWS = 1_048_576;

type Geometry = { name: string; used: Excel.Range; head: Excel.Range | null; headRows: number; extras: Extras };
type Sheet = {
  name: string; row: number; col: number; rows: number; cols: number; values: CellValue[][]; formats: (string | null)[][] | null; bytesPerCell: number;
  formulas: string[][] | null; hiddenRows: number[];
};

function queueGeometry(context: Excel.RequestContext, names: readonly string[], withFormats: boolean, headOn: boolean, supports: Supports): Geometry[] {
  const headRows = headOn ? Math.max(1, Math.floor(HEAD_BUDGET / (HEAD_COLS * ASSUMED_BYTES_PER_CELL * Math.max(1, names.length) * (withFormats ? 2 : 1)))) : 0;
  return names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    let head: Excel.Range | null = null;
    if (headRows > 0) {
      // The first rows of the used range, within the top-left headRows × HEAD_COLS of the sheet:
      // anchored at A1 it never runs past the sheet's edge (resizing the used range's first cell
      // would, for data near row 1 048 576 or column XFD). A ledger starts there; a used range
      // starting further away gets a shorter first block, or none (a null object).
      head = used.getIntersectionOrNullObject(ws.getRangeByIndexes(0, 0, Math.min(headRows, MAX_SHEET_ROWS), HEAD_COLS));
      head.load(withFormats ? 'values,numberFormat' : 'values');
    }
    return { name, used, head, headRows, extras: queueExtras(used, supports) };
  });
}

function sheetFrom(g: Geometry, withFormats: boolean): Sheet {
  const { rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols } = g.used;
  if (g.head === null || g.head.isNullObject) return { name: g.name, row, col, rows, cols, values: [], formats: withFormats ? [] : null, bytesPerCell: ASSUMED_BYTES_PER_CELL * (withFormats ? 2 : 1), formulas: null, hiddenRows: [] };
  const raw = g.head.values;
  const rawFormats = withFormats ? g.head.numberFormat : null;
  const cells = Math.max(1, raw.length * (raw[0]?.length ?? 1));
  const bytes = JSON.stringify(raw).length + (rawFormats ? JSON.stringify(rawFormats).length : 0);
  return {
    name: g.name, row, col, rows, cols,
    values: toCellRows(raw as unknown[][]),
    formats: rawFormats ? toFormatRows(rawFormats as unknown[][]) : null,
    // A margin over the measured size: later rows may hold longer texts.
    bytesPerCell: Math.max(2, (bytes / cells) * 1.05),
    formulas: null,
    hiddenRows: [],
  };
}

/** The parts of a sheet's used range the first block did not cover. */
function remainder(s: Sheet, key: number): RowBlock[] {
  const headRows = s.values.length;
  const headCols = headRows > 0 ? s.values[0].length : 0;
  const out: RowBlock[] = [];
  if (headRows > 0 && s.cols > headCols) out.push({ key, row: s.row, col: s.col + headCols, rows: headRows, cols: s.cols - headCols });
  if (s.rows > headRows) out.push({ key, row: s.row + headRows, col: s.col, rows: s.rows - headRows, cols: s.cols });
  return out;
}

function store(s: Sheet, b: RowBlock, values: unknown[][], formats: unknown[][] | null): void {
  const v = toCellRows(values);
  const f = formats ? toFormatRows(formats) : null;
  const at = b.row - s.row;
  for (let i = 0; i < b.rows; i++) {
    if (b.col === s.col) {
      s.values[at + i] = v[i];
      if (f && s.formats) s.formats[at + i] = f[i];
    } else {
      s.values[at + i] = s.values[at + i].concat(v[i]);
      if (f && s.formats) s.formats[at + i] = s.formats[at + i].concat(f[i]);
    }
  }
}

async function readBlocks(context: Excel.RequestContext, sheets: Sheet[], blocks: RowBlock[], withFormats: boolean): Promise<void> {
  const ranges = blocks.map((b) => {
    const r = context.workbook.worksheets.getItem(sheets[b.key].name).getRangeByIndexes(b.row, b.col, b.rows, b.cols);
    r.load(withFormats ? 'values,numberFormat' : 'values');
    return r;
  });
  try {
    await context.sync();
  } catch (e) {
    // The estimate was low for these rows: read them again in halves, one sync each.
    if (!isPayloadLimit(e) || blocks.every((b) => b.rows < 2)) throw e;
    const halves = blocks.flatMap(halve).map((b) => [b]);
    return inSequence(halves, (chunk) => readBlocks(context, sheets, chunk, withFormats));
  }
  blocks.forEach((b, i) => store(sheets[b.key], b, ranges[i].values as unknown[][], withFormats ? (ranges[i].numberFormat as unknown[][]) : null));
}

async function syncGeometry(context: Excel.RequestContext, names: readonly string[], withFormats: boolean, queued: Geometry[] | null, requeue: () => void, supports: Supports): Promise<Geometry[]> {
  const geometry = queued ?? queueGeometry(context, names, withFormats, true, supports);
  try {
    await context.sync();
    return geometry;
  } catch (e) {
    // A first block wider or denser than assumed: fetch the geometry alone, then plan from it.
    if (!isPayloadLimit(e)) throw e;
    requeue();
    const plain = queueGeometry(context, names, withFormats, false, supports);
    await context.sync();
    return plain;
  }
}

/** Refuses, before any bulk read, a used range too large to read (see MAX_CELLS_PER_SHEET). */
function checkSize(geometry: readonly Geometry[], limits: Limits): void {
  const size = (g: Geometry): number => g.used.rowCount * g.used.columnCount;
  const address = (g: Geometry): string => rangeA1(g.used.rowIndex, g.used.columnIndex, g.used.rowCount, g.used.columnCount);
  let total = 0;
  let largest: Geometry | null = null;
  for (const g of geometry) {
    const cells = size(g);
    if (cells > limits.maxCellsPerSheet) throw new ExcelReadError('too-large', { sheet: g.name, address: address(g), cells, limit: limits.maxCellsPerSheet, scope: 'sheet' });
    total += cells;
    if (largest === null || cells > size(largest)) largest = g;
  }
  if (largest !== null && total > limits.maxCellsTotal) {
    throw new ExcelReadError('too-large', { sheet: largest.name, address: address(largest), cells: total, limit: limits.maxCellsTotal, scope: 'workbook' });
  }
}

export async function readSnapshot(run: typeof Excel.run, request: SnapshotRequest, limits: Limits, supports: Supports): Promise<{ snapshot: WorkbookSnapshot; inventory: Inventory }> {
  const withFormats = request.withFormats === true;
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;
    const list = (): void => {
      worksheets.load('items/name,items/visibility');
      names.load('items/name,items/formula,items/type');
    };
    list();
    let geometry: Geometry[];
    if (request.sheets) {
      geometry = await syncGeometry(context, request.sheets, withFormats, queueGeometry(context, request.sheets, withFormats, true, supports), list, supports);
    } else {
      await context.sync();
      geometry = await syncGeometry(context, worksheets.items.map((w) => w.name).filter((n) => n !== METADATA_SHEET), withFormats, null, () => undefined, supports);
    }
    const inventory = inventoryOf(worksheets.items.map((w) => w.name), names.items.map((n) => n.name));
    checkSize(geometry, limits);
    const sheets = geometry.map((g) => sheetFrom(g, withFormats));
    const items = sheets.flatMap((s, key) => remainder(s, key).map((block) => ({ block, bytesPerCell: s.bytesPerCell })));
    const plan = packBlocks(items, limits.syncBudgetBytes, limits.maxCellsPerRead);
    await inSequence(plan, (chunk) => readBlocks(context, sheets, chunk, withFormats));
    await inSequence(geometry, (g, i) => readExtras(context, g, sheets[i], limits));
    const visibility = new Map(worksheets.items.map((w) => [w.name, w.visibility]));
    const unread: SnapshotPart[] = supports('ExcelApi', '1.9') ? [] : ['formulas'];
    return { snapshot: { sheets: sheets.map((s) => toSnapshot(s, visibility.get(s.name), unread)), definedNames: definedNames(names.items) }, inventory };
  });
}

/** Formulas of the cells holding one, and the hidden rows (snapshot-extras.ts). */
async function readExtras(context: Excel.RequestContext, g: Geometry, s: Sheet, limits: Limits): Promise<void> {
  const cells = g.extras.formulaCells;
  if (cells !== null) s.formulas = cells.isNullObject ? [] : await readFormulas(context, s.name, areasOf(cells.address), { row: s.row, col: s.col, cols: s.cols }, limits);
  s.hiddenRows = await readHiddenRows(context, s.name, { row: s.row, rows: s.rows, col: s.col }, g.used.rowHidden);
}

function toSnapshot(s: Sheet, visibility: string | undefined, unread: SnapshotPart[]): SheetSnapshot {
  const vis = visibility === 'Hidden' ? 'hidden' : visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
  return {
    name: s.name, originRow: s.row, originCol: s.col, values: s.values,
    ...(s.formats ? { formats: s.formats } : {}),
    ...(s.formulas ? { formulas: s.formulas } : {}),
    hiddenRows: s.hiddenRows,
    ...(unread.length > 0 ? { unread } : {}),
    visibility: vis,
  };
}

/** Range names as sheet + A1 range ('Blad 1'!$A$1:$C$9 → Blad 1, A1:C9); other names are left out. */
export function definedNames(items: readonly Excel.NamedItem[]): DefinedName[] {
  const out: DefinedName[] = [];
  for (const n of items) {
    if (n.type !== 'Range') continue;
    const f = n.formula.replace(/^=/, '');
    const bang = f.lastIndexOf('!');
    const r = parseRangeA1(f.replace(/\$/g, ''));
    if (bang < 0 || !r) continue;
    out.push({ name: n.name, sheet: f.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"), range: rangeA1(r.row, r.col, r.rows, r.cols) });
  }
  return out;
}
