import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

/** Builds snapshots for core tests the way both adapters deliver them. */
export type SheetOptions = { originRow?: number; originCol?: number; hiddenRows?: number[] };

export function sheet(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetSnapshot {
  return {
    name,
    originRow: options.originRow ?? 0,
    originCol: options.originCol ?? 0,
    values: rows,
    ...(options.hiddenRows ? { hiddenRows: options.hiddenRows } : {}),
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** One sheet workbook: a title row, a blank row, then the header and the rows. */
export function ledgerBook(header: string[], rows: CellValue[][], options: { name?: string; title?: string } & SheetOptions = {}): WorkbookSnapshot {
  const title: CellValue[][] = options.title === undefined ? [] : [[options.title], []];
  return workbook(sheet(options.name ?? 'Huvudbok', [...title, header, ...rows], options));
}
