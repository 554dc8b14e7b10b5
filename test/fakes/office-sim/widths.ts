import type * as ExcelJS from 'exceljs';

/**
 * Column widths as Excel keeps them, by ECMA-376 Part 1 §18.3.1.13 (col/@width) for the default
 * font Calibri 11, whose widest digit is 7 pixels wide (MDW). Excel holds a width as whole
 * pixels; Office.js gives and takes points (a pixel is 0.75 pt at 96 dpi); the file stores
 *   width = Truncate(pixels / MDW × 256) / 256
 * and a width read from a file shows as
 *   pixels = Truncate((256 × width + Truncate(128 / MDW)) / 256 × MDW).
 * A column never given a width is Excel's standard 8.43 characters: 64 pixels, 48 pt. This is
 * the simulator's own conversion, taken from the standard, not from the adapter.
 */
const MDW = 7;
const DEFAULT_PIXELS = 64;

export function pixelsOfFileWidth(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / MDW)) / 256) * MDW);
}

export function fileWidthOfPixels(pixels: number): number {
  return Math.trunc((pixels / MDW) * 256) / 256;
}

function existing(ws: ExcelJS.Worksheet, col: number): { width?: number } | undefined {
  return (ws as unknown as { _columns?: ({ width?: number } | undefined)[] })._columns?.[col];
}

/** The width of a 0-based column, in points as Office.js reports it. */
export function columnPoints(ws: ExcelJS.Worksheet, col: number): number {
  const w = existing(ws, col)?.width;
  return (w === undefined ? DEFAULT_PIXELS : pixelsOfFileWidth(w)) * 0.75;
}

/** Sets a 0-based column's width from points: Excel rounds to whole pixels. */
export function setColumnPoints(ws: ExcelJS.Worksheet, col: number, points: number): void {
  const pixels = Math.max(0, Math.round(points / 0.75));
  ws.getColumn(col + 1).width = fileWidthOfPixels(pixels);
}
