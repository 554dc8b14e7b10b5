import type { ReportGrid } from '../../../core/grid';
import { planBlock } from '../../../core/block/plan';
import type { BlockPlan, Placement } from '../../../core/block/plan';
import type { WriteMode, WriteResult } from '../../../core/port';
import { parseRangeA1, rangeA1 } from '../../../core/address';
import type { RangeRef } from '../../../core/address';
import type { SheetSnapshot } from '../../../core/snapshot';
import { cellAt } from '../../../core/snapshot';
import { uniqueDefinedName, uniqueSheetName } from '../../../core/sheet-names';
import { XlsxWriteError } from '../errors';
import { openPackage } from '../pkg/package';
import { SheetReading } from '../read/sheet-reader';
import type { WorkbookInfo, WorkbookSheet } from '../read/workbook-info';
import { splitRef } from '../read/defined-names';
import { readMeta, rowKeysKey, writeMeta } from '../metadata';
import { draftsKey, oldCommentary, refreshCommentary } from '../../../core/commentary/refresh-commentary';
import { newSheetXml, renderPlan } from './sheet-xml';
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

/** Whether the cell holds a formula (<f>), whatever its cached value: a formula showing "" is the user's too. */
function hasFormula(snap: SheetSnapshot, row: number, col: number): boolean {
  const f = snap.formulas?.[row - snap.originRow]?.[col - snap.originCol];
  return f !== undefined && f !== '';
}

/** The first cell (row by row) with a value or a formula the plan would clear outside the old block: the user's, never overwritten. */
function collision(snap: SheetSnapshot, at: Located, plan: BlockPlan): string | null {
  const clear = plan.clear;
  if (!clear) return null;
  for (let i = 0; i < clear.rows; i++) {
    for (let j = 0; j < clear.cols; j++) {
      if (i < at.range.rows && j < at.range.cols) continue;
      const v = cellAt(snap, clear.row + i, clear.col + j);
      if ((v !== null && v !== '') || hasFormula(snap, clear.row + i, clear.col + j)) return rangeA1(clear.row + i, clear.col + j, 1, 1);
    }
  }
  return null;
}

/** The old block as read (core/block/comments decides whether the stored keys still fit it): its row keys, first and Kommentar cells. */
function placement(storedKeys: unknown, snap: SheetSnapshot, at: Located, grid: ReportGrid): Placement {
  const column = grid.commentColumn;
  const rows = Array.from({ length: at.range.rows }, (_, i) => at.range.row + i);
  return {
    rows: at.range.rows,
    cols: at.range.cols,
    storedKeys,
    firstColumn: rows.map((r) => cellAt(snap, r, at.range.col)),
    comments: rows.map((r) => (column !== undefined ? cellAt(snap, r, at.range.col + column) : null)),
  };
}

/** The metadata with the plan's row keys under `rowKeys:<name>` (null when the grid has none). */
function withKeys(rows: ReturnType<typeof metaRows>, plan: BlockPlan): ReturnType<typeof metaRows> {
  return plan.keys?.kind === 'metadata' ? writeMeta(rows, plan.keys.key, plan.keys.value) : writeMeta(rows, rowKeysKey(plan.name.name), null);
}

function insert(w: WorkbookEdit, info: WorkbookInfo, original: ReportGrid): WriteResult {
  const sheet = uniqueSheetName(original.sheetName, new Set(info.sheets.map((s) => s.name.toLowerCase())));
  const name = uniqueDefinedName(original.name, new Set(info.definedNames.map((n) => n.name.toLowerCase())));
  const grid = { ...original, name };
  const plan = planBlock(grid, { row: 0, col: 0 }, undefined, 'metadata');
  const { styles, part: stylesPart } = stylesOf(w, info);
  const block = renderPlan(plan, grid, styles);
  w.edit.set(stylesPart, styles.toXml());
  // The add-in's own data sheets (the forecast history) go in hidden; the user can unhide them.
  const part = addSheetPart(w, sheet, newSheetXml(block, w.flavour), grid.visibility === 'hidden' ? 'hidden' : undefined);
  writeCharts(w, part, sheet, name, original, plan.anchor);
  w.edit.set(w.workbookPart, setDefinedName(w.edit.text(w.workbookPart), plan.name.name, nameText(sheet, parseRangeA1(plan.name.address)!)));
  setMetaRows(w, withDrafts(withKeys(metaRows(w), plan), grid));
  return { sheet, address: plan.address, name };
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
  const read = placement(storedKeys, snap, at, fresh);
  // Paragraphs of the drafted commentary that the user edited stay (core/commentary).
  const old = oldCommentary(storedKeys, read.firstColumn);
  const { grid, edited } = refreshCommentary(fresh, old, readMeta(rows, draftsKey(fresh.name)));
  const plan = planBlock(grid, { row: at.range.row, col: at.range.col }, read, 'metadata');
  const hit = collision(snap, at, plan);
  if (hit) throw new XlsxWriteError('refresh-would-overwrite', { name: grid.name, sheet: at.sheet.name, address: hit });
  const { styles, part: stylesPart } = stylesOf(w, info);
  const sheetXml = w.edit.text(at.sheet.part);
  const block = renderPlan(plan, grid, styles, maxPriorityOutside(sheetXml, at.range) + 1);
  w.edit.set(stylesPart, styles.toXml());
  w.edit.set(at.sheet.part, mergeBlock(sheetXml, at.range, plan.clear ?? at.range, block, at.sheet.part));
  writeCharts(w, at.sheet.part, at.sheet.name, grid.name, grid, plan.anchor);
  w.edit.set(w.workbookPart, setDefinedName(w.edit.text(w.workbookPart), plan.name.name, nameText(at.sheet.name, parseRangeA1(plan.name.address)!)));
  setMetaRows(w, withDrafts(withKeys(rows, plan), grid));
  dropCalcChain(w);
  const keptParagraphs = edited.map((e) => ({ key: e.key, numbersChanged: e.numbersChanged }));
  const dropped = plan.droppedComments.length > 0 ? { droppedComments: plan.droppedComments } : {};
  return { sheet: at.sheet.name, address: plan.address, name: grid.name, ...(keptParagraphs.length > 0 ? { keptParagraphs } : {}), ...dropped };
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
