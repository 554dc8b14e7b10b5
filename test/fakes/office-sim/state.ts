import type * as ExcelJS from 'exceljs';
import type { NameRegistry } from './name-registry';

/**
 * Everything a user could see of a workbook, as one stable text: sheets in order with their
 * visibility, frozen panes and page setup, every cell with content or format (value or formula,
 * number format, font, fill, borders, alignment), column widths and hidden columns, conditional
 * formats, and the defined names with their ranges and comments. Two states are equal exactly
 * when nothing visible differs; fault-injection tests compare the state before and after.
 */
function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v instanceof Date) return { date: v.toISOString() };
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = stable(x);
  }
  return out;
}

function empty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'object' && Object.keys(stable(v) as object).length === 0);
}

function sheetState(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.value === null && empty(cell.style)) return;
      cells[cell.address] = { value: cell.value, style: empty(cell.style) ? undefined : cell.style };
    });
  });
  const columns: Record<number, unknown> = {};
  const raw = (ws as unknown as { _columns?: ({ width?: number; hidden?: boolean } | undefined)[] })._columns ?? [];
  raw.forEach((c, i) => {
    if (c && (c.width !== undefined || c.hidden)) columns[i + 1] = { width: c.width, hidden: c.hidden === true ? true : undefined };
  });
  const cf = [...(ws as unknown as { conditionalFormattings: { ref: string; rules: unknown }[] }).conditionalFormattings]
    .map((c) => stable(c))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => void (row.height !== undefined ? (heights[n] = row.height) : undefined));
  const ps = ws.pageSetup as unknown as Record<string, unknown>;
  return { name: ws.name, state: ws.state, views: ws.views, heights, page: { orientation: ps.orientation, fitToPage: ps.fitToPage, fitToWidth: ps.fitToWidth, paperSize: ps.paperSize }, cells, columns, cf };
}

export function workbookState(wb: ExcelJS.Workbook, names: NameRegistry): string {
  const list = names
    .all()
    .map((e) => ({ name: e.name, sheet: e.sheet, rect: e.rect, comment: e.comment }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return JSON.stringify(stable({ sheets: wb.worksheets.map(sheetState), names: list }));
}
