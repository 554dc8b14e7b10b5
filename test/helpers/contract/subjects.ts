import type * as ExcelJS from 'exceljs';
import type { ReportGrid } from '../../../src/core/grid';
import type { WriteMode, WriteResult } from '../../../src/core/port';
import { createExcelPort } from '../../../src/io/excel';
import { createFilePort } from '../../../src/io/xlsx/file-port';
import type { FilePort } from '../../../src/io/xlsx/file-port';
import { createSimulator } from '../../fakes/office-sim';
import { ledgerWorkbook } from '../../fakes/office-sim/fixtures';
import { partText, sheetParts, typeIntoCell, unzipParts, zipParts } from '../package-parts';
import type { BlockModel } from './model';
import { excelModel } from './excel-model';
import { fileModel } from './file-model';

/**
 * One adapter under the contract: the same ledger workbook to start from, the port's writes, the
 * user's own actions between them (typing into a cell, deleting a sheet, deleting a name) done
 * the way each host does them (Office.js calls on the simulator; the file's XML edited as Excel
 * would save it), and the normalised model of a block.
 */
export type Kind = 'excel' | 'file';

export type Subject = {
  readonly kind: Kind;
  write(grid: ReportGrid, mode: WriteMode): Promise<WriteResult>;
  type(sheet: string, ref: string, text: string): Promise<void>;
  deleteSheet(sheet: string): Promise<void>;
  deleteName(name: string): Promise<void>;
  model(name: string): Promise<BlockModel>;
};

async function ledgerBytes(): Promise<Uint8Array> {
  return new Uint8Array((await ledgerWorkbook(5).xlsx.writeBuffer()) as ArrayBuffer);
}

async function excelSubject(): Promise<Subject> {
  const wb: ExcelJS.Workbook = ledgerWorkbook(5);
  const sim = createSimulator(wb);
  let n = 0;
  const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => `KR tmp ${(n += 1)}` });
  const run = (f: (ctx: Excel.RequestContext) => void): Promise<void> =>
    sim.run(async (ctx) => {
      f(ctx);
      await ctx.sync();
    });
  return {
    kind: 'excel',
    write: (grid, mode) => port.writeGrid(grid, mode),
    type: (sheet, ref, text) => run((ctx) => void (ctx.workbook.worksheets.getItem(sheet).getRange(ref).values = [[text]])),
    deleteSheet: (sheet) => run((ctx) => ctx.workbook.worksheets.getItem(sheet).delete()),
    deleteName: (name) => run((ctx) => ctx.workbook.names.getItem(name).delete()),
    model: async (name) => excelModel(wb, sim.state(), name),
  };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Excel's save after the user deleted a sheet: no sheet element, relationship, part or content type; names on it read #REF!. */
function withoutSheet(bytes: Uint8Array, sheet: string): Uint8Array {
  const parts = unzipParts(bytes);
  const info = sheetParts(parts).find((s) => s.name === sheet);
  if (!info) throw new Error(`no sheet ${sheet}`);
  const enc = new TextEncoder();
  let book = partText(parts, 'xl/workbook.xml');
  const tag = new RegExp(`<(?:\\w+:)?sheet\\b[^>]*\\bname="${escapeRe(sheet)}"[^>]*/>`).exec(book);
  if (!tag) throw new Error(`no sheet element for ${sheet}`);
  const rid = /\br:id="([^"]+)"/.exec(tag[0])?.[1] ?? '';
  book = book.replace(tag[0], () => '');
  const quoted = `(?:'${escapeRe(sheet.replace(/'/g, "''"))}'|${escapeRe(sheet)})!`;
  book = book.replace(new RegExp(`(<(?:\\w+:)?definedName\\b[^>]*>)${quoted}[^<]*`, 'g'), '$1#REF!');
  parts.set('xl/workbook.xml', enc.encode(book));
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels').replace(new RegExp(`<Relationship\\b[^>]*\\bId="${escapeRe(rid)}"[^>]*/>`), '');
  parts.set('xl/_rels/workbook.xml.rels', enc.encode(rels));
  parts.delete(info.part);
  const types = partText(parts, '[Content_Types].xml').replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(info.part)}"[^>]*/>`), '');
  parts.set('[Content_Types].xml', enc.encode(types));
  return zipParts(parts);
}

/** Excel's save after the user deleted a defined name in the Name Manager. */
function withoutName(bytes: Uint8Array, name: string): Uint8Array {
  const parts = unzipParts(bytes);
  const book = partText(parts, 'xl/workbook.xml');
  const el = new RegExp(`<(\\w+:)?definedName\\b[^>]*\\bname="${escapeRe(name)}"[^>]*>[^<]*</(\\w+:)?definedName>`).exec(book);
  if (!el) throw new Error(`no defined name ${name}`);
  parts.set('xl/workbook.xml', new TextEncoder().encode(book.replace(el[0], () => '')));
  return zipParts(parts);
}

/** Excel's save after the user typed `text` into a cell (an inline string keeping the cell's style). */
function withTyped(bytes: Uint8Array, sheet: string, ref: string, text: string): Uint8Array {
  const parts = unzipParts(bytes);
  const info = sheetParts(parts).find((s) => s.name === sheet);
  if (!info) throw new Error(`no sheet ${sheet}`);
  parts.set(info.part, new TextEncoder().encode(typeIntoCell(withRow(partText(parts, info.part), Number(/\d+$/.exec(ref)?.[0])), ref, text)));
  return zipParts(parts);
}

/** The sheet XML with an (empty) row element `row` (1-based), inserted in row order when it is not there. */
function withRow(xml: string, row: number): string {
  const rows = [...xml.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)];
  if (rows.some((m) => Number(m[1]) === row)) return xml;
  const after = rows.find((m) => Number(m[1]) > row);
  const el = `<row r="${row}"></row>`;
  if (after) return xml.replace(after[0], () => `${el}${after[0]}`);
  if (/<sheetData\s*\/>/.test(xml)) return xml.replace(/<sheetData\s*\/>/, `<sheetData>${el}</sheetData>`);
  return xml.replace('</sheetData>', `${el}</sheetData>`);
}

async function fileSubject(): Promise<Subject> {
  let port: FilePort = await createFilePort(await ledgerBytes(), 'huvudbok.xlsx');
  // The user opens the saved file in Excel, acts, saves; the page then loads the file again.
  const reopen = async (edit: (b: Uint8Array) => Uint8Array): Promise<void> => {
    port = await createFilePort(edit(await port.bytes()), 'huvudbok.xlsx');
  };
  return {
    kind: 'file',
    write: (grid, mode) => port.writeGrid(grid, mode),
    type: (sheet, ref, text) => reopen((b) => withTyped(b, sheet, ref, text)),
    deleteSheet: (sheet) => reopen((b) => withoutSheet(b, sheet)),
    deleteName: (name) => reopen((b) => withoutName(b, name)),
    model: async (name) => fileModel(await port.bytes(), name),
  };
}

export const subjects: Readonly<Record<Kind, () => Promise<Subject>>> = { excel: excelSubject, file: fileSubject };
