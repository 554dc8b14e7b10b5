import type { Workbook, Worksheet } from 'exceljs';

/**
 * What the file adapter remembers inside the workbook: the add-in's settings and, per report
 * block, the row keys it was written with (so "Uppdatera" keeps the comments of lines that still
 * exist). It lives on one very hidden sheet, `KR_Metadata`, as key / JSON pairs in columns A/B
 * (long JSON continues in C, D, ... because a cell holds at most 32 767 characters). A very
 * hidden sheet survives Excel's save and copy, needs no custom XML part (exceljs cannot write
 * one), and the user never sees it; the snapshot leaves it out.
 */
export const METADATA_SHEET = 'KR_Metadata';
const CHUNK = 32_000;
const HEADER = 'kommunrapport-metadata v1';

function sheetOf(wb: Workbook, create: 'create' | 'find'): Worksheet | undefined {
  const found = wb.getWorksheet(METADATA_SHEET);
  if (found || create === 'find') return found;
  const ws = wb.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  ws.getCell('A1').value = HEADER;
  return ws;
}

function rowOf(ws: Worksheet, key: string): number {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
  return -1;
}

export function readMeta(wb: Workbook, key: string): unknown {
  const ws = sheetOf(wb, 'find');
  if (!ws) return undefined;
  const r = rowOf(ws, key);
  if (r < 0) return undefined;
  let text = '';
  for (let c = 2; ; c++) {
    const v = ws.getCell(r, c).value;
    if (typeof v !== 'string' || v === '') break;
    text += v;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A hand-edited or damaged entry counts as absent; the caller falls back to defaults.
    return undefined;
  }
}

export function writeMeta(wb: Workbook, key: string, value: unknown): void {
  const ws = sheetOf(wb, 'create') as Worksheet;
  let r = rowOf(ws, key);
  if (r < 0) r = Math.max(ws.rowCount, 1) + 1;
  const row = ws.getRow(r);
  row.values = [];
  ws.getCell(r, 1).value = key;
  const text = JSON.stringify(value);
  for (let i = 0, c = 2; i < text.length; i += CHUNK, c++) ws.getCell(r, c).value = text.slice(i, i + CHUNK);
}

export const rowKeysKey = (gridName: string): string => `rowKeys:${gridName}`;
export const SETTINGS_KEY = 'settings';
