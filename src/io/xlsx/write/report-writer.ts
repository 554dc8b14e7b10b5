import type { GridCell, ReportGrid } from '../../../core/grid';
import type { WriteMode, WriteResult } from '../../../core/port';
import { parseRangeA1, rangeA1 } from '../../../core/address';
import type { RangeRef } from '../../../core/address';
import type { CellValue, SheetSnapshot } from '../../../core/snapshot';
import { cellAt } from '../../../core/snapshot';
import { uniqueDefinedName, uniqueSheetName } from '../../../core/sheet-names';
import { XlsxWriteError } from '../errors';
import { openPackage } from '../pkg/package';
import { SheetReading } from '../read/sheet-reader';
import type { WorkbookInfo, WorkbookSheet } from '../read/workbook-info';
import { splitRef } from '../read/defined-names';
import { readMeta, rowKeysKey, writeMeta } from '../metadata';
import { draftsKey, oldCommentary, refreshCommentary } from '../../../core/commentary/refresh-commentary';
import { blockRange, newSheetXml, renderBlock } from './sheet-xml';
import { maxPriorityOutside, mergeBlock } from './sheet-merge';
import { nameText, setDefinedName } from './workbook-part';
import type { WorkbookEdit } from './workbook-edit';
import { writeCharts } from './chart-parts';
import { addSheetPart, currentInfo, dropCalcChain, finishWorkbookEdit, metaRows, openWorkbookEdit, setMetaRows, stylesOf } from './workbook-edit';

/**
 * Writes one grid into a package. Insert: a new sheet part (a free sheet name), the block at A1,
 * a free defined name. Refresh: the block named grid.name is rewritten at the same place inside
 * its sheet part; the Kommentar column keeps the user's text for rows whose key still exists
 * (keys from KR_Metadata, or the row's first-column label when the block was written without
 * keys). Like the Office.js writer (io/excel/refresh.ts), refresh never changes a cell of the
 * user's: a larger new block that would cover a non-empty cell outside the old block is refused
 * with 'refresh-would-overwrite' (naming the first such cell, row by row) before anything is
 * written, and a refresh whose name is gone is refused with 'report-not-found'. Mode
 * 'refresh-or-insert' refreshes when the named block exists, else inserts. Only the report's
 * sheet part and KR_Metadata are written; the package parts that list them are appended to.
 */
export type FileWriteMode = WriteMode | 'refresh-or-insert';

type Located = { readonly sheet: WorkbookSheet; readonly range: RangeRef };

function locate(info: WorkbookInfo, name: string): Located | null {
  const dn = info.definedNames.find((n) => n.name === name && n.localSheetId === undefined);
  const ref = dn ? splitRef(dn.text) : null;
  const sheet = ref ? info.sheets.find((s) => s.name === ref.sheet && s.kind === 'worksheet') : undefined;
  const range = ref ? parseRangeA1(ref.range) : null;
  return sheet && range ? { sheet, range } : null;
}

/** The first non-empty cell (row by row) the new block would cover outside the old one. */
function collision(snap: SheetSnapshot, at: Located, grid: ReportGrid): string | null {
  const fresh = parseRangeA1(blockRange(grid, { row: at.range.row, col: at.range.col }))!;
  for (let i = 0; i < fresh.rows; i++) {
    for (let j = 0; j < fresh.cols; j++) {
      if (i < at.range.rows && j < at.range.cols) continue;
      const v = cellAt(snap, fresh.row + i, fresh.col + j);
      if (v !== null && v !== '') return rangeA1(fresh.row + i, fresh.col + j, 1, 1);
    }
  }
  return null;
}

const labelKey = (v: CellValue | undefined): string | null => (v === null || v === undefined || typeof v === 'object' ? null : `label:${String(v).trim()}`);

/** How rows are matched on refresh: by the stored and the new row keys, else (either has none) by the first column's text. */
type Matcher = { readonly oldKey: (i: number) => string | null; readonly newKey: (r: number) => string | null };

function matcher(stored: unknown, snap: SheetSnapshot, at: Located, grid: ReportGrid): Matcher {
  const newKeys = grid.rowKeys;
  if (Array.isArray(stored) && newKeys) {
    const key = (k: unknown): string | null => (typeof k === 'string' && k !== '' ? `key:${k}` : null);
    return { oldKey: (i) => key(stored[i]), newKey: (r) => key(newKeys[r]) };
  }
  return {
    oldKey: (i) => labelKey(cellAt(snap, at.range.row + i, at.range.col)),
    newKey: (r) => labelKey(grid.rows[r]?.[0]?.value),
  };
}

/** The grid with the user's comments, read from the old block, in its comment column. */
function withKeptComments(grid: ReportGrid, snap: SheetSnapshot, at: Located, match: Matcher): ReportGrid {
  const column = grid.commentColumn;
  if (column === undefined) return grid;
  const kept = new Map<string, string | number>();
  for (let i = 0; i < at.range.rows; i++) {
    const text = cellAt(snap, at.range.row + i, at.range.col + column);
    const key = match.oldKey(i);
    if ((typeof text === 'string' || typeof text === 'number') && text !== '' && key) kept.set(key, text);
  }
  const rows = grid.rows.map((cells, r) => {
    const key = match.newKey(r);
    const text = key ? kept.get(key) : undefined;
    if (text === undefined) return cells;
    const out: GridCell[] = [...cells];
    while (out.length <= column) out.push({});
    out[column] = { ...out[column], value: text, formula: undefined };
    return out;
  });
  return { ...grid, rows };
}

function insert(w: WorkbookEdit, info: WorkbookInfo, grid: ReportGrid): WriteResult {
  const sheet = uniqueSheetName(grid.sheetName, new Set(info.sheets.map((s) => s.name.toLowerCase())));
  const name = uniqueDefinedName(grid.name, new Set(info.definedNames.map((n) => n.name.toLowerCase())));
  const { styles, part: stylesPart } = stylesOf(w, info);
  const block = renderBlock(grid, { row: 0, col: 0 }, styles);
  w.edit.set(stylesPart, styles.toXml());
  // The add-in's own data sheets (the forecast history) go in hidden; the user can unhide them.
  const part = addSheetPart(w, sheet, newSheetXml(grid, block, w.flavour), grid.visibility === 'hidden' ? 'hidden' : undefined);
  writeCharts(w, part, sheet, name, grid, { row: 0, col: 0 });
  w.edit.set(w.workbookPart, setDefinedName(w.edit.text(w.workbookPart), name, nameText(sheet, parseRangeA1(block.range)!)));
  setMetaRows(w, withDrafts(writeMeta(metaRows(w), rowKeysKey(name), grid.rowKeys ?? null), { ...grid, name }));
  return { sheet, address: block.range, name };
}

/** The metadata with the block's drafted commentary stored beside its row keys (when it has any). */
function withDrafts(rows: ReturnType<typeof metaRows>, grid: ReportGrid): ReturnType<typeof metaRows> {
  return grid.drafts !== undefined ? writeMeta(rows, draftsKey(grid.name), grid.drafts) : rows;
}

/** Refresh reads the old block from the package as opened: its sheet part must not be edited yet. */
function refresh(w: WorkbookEdit, info: WorkbookInfo, fresh: ReportGrid, at: Located): WriteResult {
  const snap = new SheetReading(w.edit.pkg, w.opened, at.sheet).result();
  const rows = metaRows(w);
  const storedKeys = readMeta(rows, rowKeysKey(fresh.name));
  // Paragraphs of the drafted commentary that the user edited stay (core/commentary).
  const old = oldCommentary(storedKeys, (i) => cellAt(snap, at.range.row + i, at.range.col));
  const { grid, edited } = refreshCommentary(fresh, old, readMeta(rows, draftsKey(fresh.name)));
  const hit = collision(snap, at, grid);
  if (hit) throw new XlsxWriteError('refresh-would-overwrite', { name: grid.name, sheet: at.sheet.name, address: hit });
  const match = matcher(storedKeys, snap, at, grid);
  const kept = withKeptComments(grid, snap, at, match);
  const { styles, part: stylesPart } = stylesOf(w, info);
  const sheetXml = w.edit.text(at.sheet.part);
  const block = renderBlock(kept, { row: at.range.row, col: at.range.col }, styles, maxPriorityOutside(sheetXml, at.range) + 1);
  w.edit.set(stylesPart, styles.toXml());
  w.edit.set(at.sheet.part, mergeBlock(sheetXml, at.range, block, at.sheet.part));
  writeCharts(w, at.sheet.part, at.sheet.name, grid.name, grid, { row: at.range.row, col: at.range.col });
  w.edit.set(w.workbookPart, setDefinedName(w.edit.text(w.workbookPart), grid.name, nameText(at.sheet.name, parseRangeA1(block.range)!)));
  setMetaRows(w, withDrafts(writeMeta(rows, rowKeysKey(grid.name), grid.rowKeys ?? null), grid));
  dropCalcChain(w);
  const keptParagraphs = edited.map((e) => ({ key: e.key, numbersChanged: e.numbersChanged }));
  return { sheet: at.sheet.name, address: block.range, name: grid.name, ...(keptParagraphs.length > 0 ? { keptParagraphs } : {}) };
}

/**
 * The package with the grids written into it, in one session (the ledger's bytes are copied
 * once), and where each went. A refresh of a sheet part already edited in this session (the
 * same block twice) first writes the session out and reads it back.
 */
export function writeGridsToPackage(bytes: Uint8Array, grids: readonly ReportGrid[], mode: FileWriteMode): { bytes: Uint8Array; results: WriteResult[] } {
  let w = openWorkbookEdit(openPackage(bytes));
  const results: WriteResult[] = [];
  for (const grid of grids) {
    let info = currentInfo(w);
    let at = locate(info, grid.name);
    if (mode === 'refresh' && !at) throw new XlsxWriteError('report-not-found', { name: grid.name });
    if (mode !== 'insert' && at && (w.edit.changed(at.sheet.part) || !w.opened.sheets.some((s) => s.part === at!.sheet.part))) {
      w = openWorkbookEdit(openPackage(finishWorkbookEdit(w, 'recalc')));
      info = currentInfo(w);
      at = locate(info, grid.name);
    }
    results.push(mode !== 'insert' && at ? refresh(w, info, grid, at) : insert(w, info, grid));
  }
  return { bytes: finishWorkbookEdit(w, 'recalc'), results };
}
