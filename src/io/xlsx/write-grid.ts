import type { Workbook, Worksheet } from 'exceljs';
import type { GridCell, ReportGrid } from '../../core/grid';
import type { WriteMode, WriteResult } from '../../core/port';
import { parseRangeA1 } from '../../core/address';
import type { RangeRef } from '../../core/address';
import { definedNamesOf } from './read-buffer';
import { nameBlock, renderGridToWorksheet } from './render-grid';
import { readMeta, rowKeysKey, writeMeta } from './metadata';
import { uniqueDefinedName, uniqueSheetName } from './sheet-name';
import { plainValue } from './cell-value';

/**
 * Writes one grid into a loaded workbook. Insert: a new sheet (a free name), the block at A1, a
 * free defined name. Refresh: the block named grid.name is cleared and rewritten at the same
 * place; the Kommentar column keeps the user's text for rows whose key still exists (keys from
 * KR_Metadata, or the row's first-column label when the block was written without keys). A
 * refresh whose name is gone (the user deleted the sheet) inserts instead. Only the report
 * sheet and KR_Metadata are touched, never a source sheet.
 */
type Located = { ws: Worksheet; range: RangeRef };

function locate(wb: Workbook, name: string): Located | null {
  const dn = definedNamesOf(wb).find((n) => n.name === name);
  const ws = dn ? wb.getWorksheet(dn.sheet) : undefined;
  const range = dn ? parseRangeA1(dn.range) : null;
  return ws && range ? { ws, range } : null;
}

function labelKey(v: unknown): string | null {
  const p = plainValue(v);
  return p === null || typeof p === 'object' ? null : `label:${String(p).trim()}`;
}

/** Comment text by row key, read from the old block before it is cleared. */
function keptComments(wb: Workbook, at: Located, grid: ReportGrid): Map<string, GridCell['value']> {
  const kept = new Map<string, GridCell['value']>();
  if (grid.commentColumn === undefined) return kept;
  const stored = readMeta(wb, rowKeysKey(grid.name));
  const keys = Array.isArray(stored) ? (stored as unknown[]) : null;
  for (let i = 0; i < at.range.rows; i++) {
    const row = at.range.row + i + 1;
    const text = plainValue(at.ws.getCell(row, at.range.col + grid.commentColumn + 1).value);
    if (text === null || text === '' || typeof text === 'object' || typeof text === 'boolean') continue;
    const key = keys ? (typeof keys[i] === 'string' ? `key:${keys[i] as string}` : null) : labelKey(at.ws.getCell(row, at.range.col + 1).value);
    if (key) kept.set(key, text);
  }
  return kept;
}

function newKey(grid: ReportGrid, r: number, storedKeys: 'keys' | 'labels'): string | null {
  if (storedKeys === 'keys') {
    const k = grid.rowKeys?.[r];
    return k ? `key:${k}` : null;
  }
  return labelKey(grid.rows[r]?.[0]?.value);
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
  const kept = keptComments(wb, at, grid);
  const storedKeys = Array.isArray(readMeta(wb, rowKeysKey(grid.name))) ? 'keys' : 'labels';
  clearBlock(at);
  const anchor = { row: at.range.row, col: at.range.col };
  const address = renderGridToWorksheet(at.ws, grid, anchor);
  if (grid.commentColumn !== undefined) {
    grid.rows.forEach((_cells, r) => {
      const key = newKey(grid, r, grid.rowKeys ? storedKeys : 'labels');
      const text = key ? kept.get(key) : undefined;
      if (text !== undefined && text !== null) at.ws.getCell(anchor.row + r + 1, anchor.col + (grid.commentColumn as number) + 1).value = text;
    });
  }
  nameBlock(wb, grid.name, at.ws.name, address);
  writeMeta(wb, rowKeysKey(grid.name), grid.rowKeys ?? null);
  return { sheet: at.ws.name, address, name: grid.name };
}

export function writeGridToWorkbook(wb: Workbook, grid: ReportGrid, mode: WriteMode): WriteResult {
  const at = mode === 'refresh' ? locate(wb, grid.name) : null;
  const result = at ? refresh(wb, grid, at) : insert(wb, grid);
  // Excel recomputes every formula when it opens the file (LibreOffice does for formulas without a cached value).
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return result;
}
