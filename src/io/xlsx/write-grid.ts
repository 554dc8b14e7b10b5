import type { Workbook, Worksheet } from 'exceljs';
import type { ReportGrid } from '../../core/grid';
import type { WriteMode, WriteResult } from '../../core/port';
import { parseRangeA1, rangeA1 } from '../../core/address';
import type { RangeRef } from '../../core/address';
import { definedNamesOf } from './read-buffer';
import { blockRange, nameBlock, renderGridToWorksheet } from './render-grid';
import { readMeta, rowKeysKey, writeMeta } from './metadata';
import { uniqueDefinedName, uniqueSheetName } from './sheet-name';
import { plainValue } from './cell-value';
import { XlsxReadError } from './errors';

/**
 * Writes one grid into a loaded workbook. Insert: a new sheet (a free name), the block at A1, a
 * free defined name. Refresh: the block named grid.name is cleared and rewritten at the same
 * place; the Kommentar column keeps the user's text for rows whose key still exists (keys from
 * KR_Metadata, or the row's first-column label when the block was written without keys). Like
 * the Office.js writer (io/excel/refresh.ts), refresh never changes a cell of the user's: a
 * larger new block that would cover a non-empty cell outside the old block is refused with
 * 'refresh-would-overwrite' (naming the first such cell, row by row) before anything is
 * written, and a refresh whose name is gone (the user deleted it or its sheet) is refused with
 * 'report-not-found' rather than silently inserting a second copy. Callers that want "refresh
 * if it exists, else insert" ask for it with reportExists (write-file.ts does). Only the report
 * sheet and KR_Metadata are touched, never a source sheet.
 */
type Located = { ws: Worksheet; range: RangeRef };

function locate(wb: Workbook, name: string): Located | null {
  const dn = definedNamesOf(wb).find((n) => n.name === name);
  const ws = dn ? wb.getWorksheet(dn.sheet) : undefined;
  const range = dn ? parseRangeA1(dn.range) : null;
  return ws && range ? { ws, range } : null;
}

/** Whether the workbook holds the block named `name` (its defined name and its sheet). */
export function reportExists(wb: Workbook, name: string): boolean {
  return locate(wb, name) !== null;
}

/** The first non-empty cell (row by row) the new block would cover outside the old one. */
function collision(at: Located, grid: ReportGrid): string | null {
  const fresh = parseRangeA1(blockRange(grid, { row: at.range.row, col: at.range.col }));
  if (!fresh) return null;
  const { range } = at;
  for (let i = 0; i < fresh.rows; i++) {
    for (let j = 0; j < fresh.cols; j++) {
      if (i < range.rows && j < range.cols) continue;
      const v = at.ws.findCell(fresh.row + i + 1, fresh.col + j + 1)?.value;
      if (v !== null && v !== undefined && v !== '') return rangeA1(fresh.row + i, fresh.col + j, 1, 1);
    }
  }
  return null;
}

function labelKey(v: unknown): string | null {
  const p = plainValue(v);
  return p === null || typeof p === 'object' ? null : `label:${String(p).trim()}`;
}

/**
 * How rows are matched on refresh: by the row keys stored when the block was written and given
 * again now, else (either side has none) by the text of the block's first column.
 */
type Matcher = { readonly oldKey: (i: number) => string | null; readonly newKey: (r: number) => string | null };

function matcher(wb: Workbook, at: Located, grid: ReportGrid): Matcher {
  const stored = readMeta(wb, rowKeysKey(grid.name));
  const newKeys = grid.rowKeys;
  if (Array.isArray(stored) && newKeys) {
    const key = (k: unknown): string | null => (typeof k === 'string' && k !== '' ? `key:${k}` : null);
    return { oldKey: (i) => key(stored[i]), newKey: (r) => key(newKeys[r]) };
  }
  return {
    oldKey: (i) => labelKey(at.ws.getCell(at.range.row + i + 1, at.range.col + 1).value),
    newKey: (r) => labelKey(grid.rows[r]?.[0]?.value),
  };
}

/** Comment text by row key, read from the old block before it is cleared. */
function keptComments(at: Located, commentColumn: number, match: Matcher): Map<string, string | number> {
  const kept = new Map<string, string | number>();
  for (let i = 0; i < at.range.rows; i++) {
    const text = plainValue(at.ws.getCell(at.range.row + i + 1, at.range.col + commentColumn + 1).value);
    if (typeof text !== 'string' && typeof text !== 'number') continue;
    if (text === '') continue;
    const key = match.oldKey(i);
    if (key) kept.set(key, text);
  }
  return kept;
}

function clearBlock(at: Located): void {
  const { ws, range } = at;
  for (let r = 0; r < range.rows; r++) {
    for (let c = 0; c < range.cols; c++) {
      const cell = ws.getCell(range.row + r + 1, range.col + c + 1);
      cell.value = null;
      cell.style = {};
    }
  }
  const inside = (ref: string): boolean => {
    const cf = parseRangeA1(ref.split(' ')[0]);
    return !!cf && cf.row >= range.row && cf.col >= range.col && cf.row < range.row + range.rows && cf.col < range.col + range.cols;
  };
  ws.removeConditionalFormatting((cf: { ref: string }) => !inside(cf.ref));
}

function insert(wb: Workbook, grid: ReportGrid): WriteResult {
  const sheet = uniqueSheetName(wb, grid.sheetName);
  const ws = wb.addWorksheet(sheet);
  const address = renderGridToWorksheet(ws, grid);
  const name = uniqueDefinedName(wb, grid.name);
  nameBlock(wb, name, sheet, address);
  writeMeta(wb, rowKeysKey(name), grid.rowKeys ?? null);
  return { sheet, address, name };
}

function refresh(wb: Workbook, grid: ReportGrid, at: Located): WriteResult {
  const hit = collision(at, grid);
  if (hit) throw new XlsxReadError('refresh-would-overwrite', { name: grid.name, sheet: at.ws.name, address: hit });
  const column = grid.commentColumn;
  const match = matcher(wb, at, grid);
  const kept = column === undefined ? new Map<string, string | number>() : keptComments(at, column, match);
  clearBlock(at);
  const anchor = { row: at.range.row, col: at.range.col };
  const address = renderGridToWorksheet(at.ws, grid, anchor);
  if (column !== undefined) {
    grid.rows.forEach((_cells, r) => {
      const key = match.newKey(r);
      const text = key ? kept.get(key) : undefined;
      if (text !== undefined) at.ws.getCell(anchor.row + r + 1, anchor.col + column + 1).value = text;
    });
  }
  nameBlock(wb, grid.name, at.ws.name, address);
  writeMeta(wb, rowKeysKey(grid.name), grid.rowKeys ?? null);
  return { sheet: at.ws.name, address, name: grid.name };
}

export function writeGridToWorkbook(wb: Workbook, grid: ReportGrid, mode: WriteMode): WriteResult {
  let result: WriteResult;
  if (mode === 'refresh') {
    const at = locate(wb, grid.name);
    if (!at) throw new XlsxReadError('report-not-found', { name: grid.name });
    result = refresh(wb, grid, at);
  } else {
    result = insert(wb, grid);
  }
  // Excel recomputes every formula when it opens the file (LibreOffice does for formulas without a cached value).
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return result;
}
