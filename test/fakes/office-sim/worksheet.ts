import type * as ExcelJS from 'exceljs';
import { checkRect, MAX_COLS, MAX_ROWS, parseAddress } from './a1';
import type { Rect } from './a1';
import { invalidArgument, SimOfficeError } from './errors';
import { SimProxy } from './proxy';
import type { SimQueue } from './proxy';
import { SimRange } from './range';
import { SimChartCollection } from './charts';

const VISIBILITY: Record<string, 'Visible' | 'Hidden' | 'VeryHidden'> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/** The bounding rectangle of the cells holding values (exceljs skips empty cells), or null. */
export function usedRect(ws: ExcelJS.Worksheet): Rect | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (bottom < 0) return null;
  return { row: top - 1, col: left - 1, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Excel.Worksheet over an exceljs worksheet. */
export class SimWorksheet extends SimProxy<ExcelJS.Worksheet> {
  constructor(q: SimQueue, source: { kind: string; resolve: () => ExcelJS.Worksheet | null } | { now: ExcelJS.Worksheet }) {
    super(q, source);
  }

  protected fetch(prop: string): unknown {
    const ws = this.target();
    switch (prop) {
      case 'name':
        return ws.name;
      case 'id':
        return String(ws.id);
      case 'visibility':
        return VISIBILITY[ws.state] ?? 'Visible';
      case 'position':
        return this.q.session.wb.worksheets.indexOf(ws);
      default:
        throw invalidArgument(`Worksheet.${prop} is not supported by the simulator`);
    }
  }

  get name(): string { return this.read('name'); }
  set name(v: string) {
    this.queueWrite('worksheet.name', v, (ws) => {
      const from = ws.name;
      const clash = this.q.session.wb.worksheets.find((w) => w !== ws && w.name.toLowerCase() === v.toLowerCase());
      if (clash) throw new SimOfficeError('ItemAlreadyExists', `A worksheet named "${v}" already exists.`);
      if (v.trim() === '' || v.length > 31 || /[[\]:*?/\\]/.test(v)) throw invalidArgument(`worksheet name "${v}"`);
      ws.name = v;
      this.q.session.names.sheetRenamed(from, v);
    });
  }
  get visibility(): string { return this.read('visibility'); }
  /** Excel.SheetVisibility: 'Visible', 'Hidden' or 'VeryHidden' (only code can show it again); the last visible sheet cannot be hidden. */
  set visibility(v: string) {
    const state = ({ Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as Record<string, ExcelJS.WorksheetState>)[v];
    if (state === undefined) throw invalidArgument(`sheet visibility "${v}"`);
    this.queueWrite('worksheet.visibility', v, (ws) => {
      const visible = this.q.session.wb.worksheets.filter((w) => w.state === 'visible');
      if (state !== 'visible' && visible.length === 1 && visible[0] === ws) throw new SimOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      ws.state = state;
    });
  }
  get position(): number { return this.read('position'); }

  private range(kind: string, f: (ws: ExcelJS.Worksheet) => Rect | null): SimRange {
    return new SimRange(this.q, kind, () => {
      const ws = this.targetOrNull();
      if (ws === null) return null;
      const r = f(ws);
      return r === null ? null : { ws, rect: checkRect(r) };
    });
  }

  getRange(address?: string): SimRange {
    return this.range('worksheet.getRange', () => (address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address)));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): SimRange {
    this.q.requireApi('Worksheet.getRangeByIndexes');
    return this.range('worksheet.getRangeByIndexes', () => ({ row, col, rows, cols }));
  }
  getCell(row: number, col: number): SimRange {
    return this.range('worksheet.getCell', () => ({ row, col, rows: 1, cols: 1 }));
  }
  /** valuesOnly is accepted; the simulator always bounds the cells with values. An empty sheet gives A1. */
  getUsedRange(_valuesOnly?: boolean): SimRange {
    return this.range('worksheet.getUsedRange', (ws) => usedRect(ws) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): SimRange {
    this.q.requireApi('Worksheet.getUsedRangeOrNullObject');
    return this.range('worksheet.getUsedRange', (ws) => usedRect(ws));
  }

  /** The sheet's charts (charts.ts). */
  get charts(): SimChartCollection {
    return new SimChartCollection(this.q, () => this.target());
  }

  activate(): void {
    this.queueWrite('worksheet.activate', undefined, (ws) => (this.q.session.active = { sheetId: ws.id, address: `${ws.name}!A1` }));
  }

  delete(): void {
    this.queueWrite('worksheet.delete', undefined, (ws) => {
      const s = this.q.session;
      // Office.js: deleting a 'VeryHidden' sheet fails; make it 'Hidden' (or visible) first.
      if (ws.state === 'veryHidden') throw new SimOfficeError('InvalidOperation', 'A very hidden worksheet cannot be deleted.');
      const visible = s.wb.worksheets.filter((w) => w.state === 'visible');
      if (visible.length === 1 && visible[0] === ws) throw new SimOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      s.wb.removeWorksheet(ws.id);
      s.names.sheetDeleted(ws.name);
      if (s.active.sheetId === ws.id) {
        const next = s.wb.worksheets.find((w) => w.state === 'visible');
        if (next) s.active = { sheetId: next.id, address: `${next.name}!A1` };
      }
    });
  }

  get freezePanes(): { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(r: SimRange | string): void; unfreeze(): void; getLocationOrNullObject(): SimRange } {
    this.q.requireApi('Worksheet.freezePanes');
    const set = (kind: string, f: (ws: ExcelJS.Worksheet) => { x: number; y: number }): void =>
      this.queueWrite(kind, kind, (ws) => {
        const { x, y } = f(ws);
        ws.views = x === 0 && y === 0 ? [{ state: 'normal' }] : [{ state: 'frozen', xSplit: x, ySplit: y }];
      });
    const current = (ws: ExcelJS.Worksheet): { x: number; y: number } => {
      const v = (ws.views?.[0] ?? {}) as { xSplit?: number; ySplit?: number };
      return { x: v.xSplit ?? 0, y: v.ySplit ?? 0 };
    };
    return {
      freezeRows: (n) => set('freezePanes', (ws) => ({ x: current(ws).x, y: n })),
      freezeColumns: (n) => set('freezePanes', (ws) => ({ x: n, y: current(ws).y })),
      freezeAt: (r) => set('freezePanes', () => {
        const rect = typeof r === 'string' ? parseAddress(r) : (r as unknown as { target(): { rect: Rect } }).target().rect;
        return { x: rect.col + rect.cols, y: rect.row + rect.rows };
      }),
      unfreeze: () => set('freezePanes', () => ({ x: 0, y: 0 })),
      // The frozen cells of the top-left pane: whole rows when only rows are frozen, whole
      // columns when only columns are, a null object when nothing is (ExcelApi 1.7).
      getLocationOrNullObject: () =>
        this.range('freezePanes.getLocation', (ws) => {
          const { x, y } = current(ws);
          if (x === 0 && y === 0) return null;
          return { row: 0, col: 0, rows: y === 0 ? MAX_ROWS : y, cols: x === 0 ? MAX_COLS : x };
        }),
    };
  }

  /** PageLayout (ExcelApi 1.9): orientation and fit-to-pages zoom. */
  get pageLayout(): { paperSize: string; orientation: string; zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } } {
    this.q.requireApi('Worksheet.pageLayout');
    const write = (kind: string, v: unknown, f: (ws: ExcelJS.Worksheet) => void): void => this.queueWrite(kind, v, f);
    return {
      set paperSize(v: string) {
        const sizes: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };
        if (!(v in sizes)) throw invalidArgument(`paper size ${v}`);
        write('pageLayout', v, (ws) => (ws.pageSetup.paperSize = sizes[v] as ExcelJS.PaperSize));
      },
      set orientation(v: string) {
        write('pageLayout', v, (ws) => (ws.pageSetup.orientation = v === 'Landscape' ? 'landscape' : 'portrait'));
      },
      set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        write('pageLayout', z, (ws) => {
          if (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined) {
            Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: z.horizontalFitToPages ?? 0, fitToHeight: z.verticalFitToPages ?? 0 });
          } else if (z.scale !== undefined) ws.pageSetup.scale = z.scale;
        });
      },
    } as { paperSize: string; orientation: string; zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } };
  }
}
