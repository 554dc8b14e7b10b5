import type { SheetSnapshot } from '../../core/snapshot';
import { cellAt } from '../../core/snapshot';
import { cellA1 } from '../../core/address';
import { textElement } from './write/xml-escape';
import { XlsxReadError } from './errors';

/**
 * What the file adapter remembers inside the workbook: the add-in's settings and, per report
 * block, the row keys it was written with (so "Uppdatera" keeps the comments of lines that still
 * exist). It lives on one very hidden sheet, `KR_Metadata`, as key / JSON pairs in columns A/B
 * (long JSON continues in C, D, ... because a cell holds at most 32 767 characters); A1 holds a
 * header. A very hidden sheet survives Excel's save and copy, needs no custom XML part, and the
 * user never sees it; the snapshot leaves it out. The sheet is read with the package reader
 * (`metaRowsOf` of its snapshot) and written whole by `metadataSheetXml` (inline strings).
 */
export const METADATA_SHEET = 'KR_Metadata';
const CHUNK = 32_000;
const HEADER = 'kommunrapport-metadata v1';

/** One entry: its key and its JSON text in pieces, as they sit in B, C, ... */
export type MetaRow = { readonly key: string; readonly chunks: readonly string[] };

/**
 * An entry that is there but is not valid JSON (hand-edited, or cut short by another tool), as a
 * read error: `settings-damaged` for the settings entry, `metadata-damaged` (params.name: the
 * report) for a report's `rowKeys:` or `drafts:` entry, the text Excel gives for the same damage.
 * The parser's reason goes in params.detail, for a developer; the text does not show it.
 */
function metadataDamaged(key: string, detail: string): XlsxReadError {
  if (key === SETTINGS_KEY) return new XlsxReadError('settings-damaged', { sheet: METADATA_SHEET, key, detail });
  return new XlsxReadError('metadata-damaged', { name: key.slice(key.indexOf(':') + 1), detail });
}

export type MetaRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'damaged'; readonly key: string; readonly detail: string };

/**
 * Whether a sheet named KR_Metadata is the add-in's: A1 holds the header. One without it is the
 * user's own sheet that happens to have the name; neither host reads or writes it
 * (XlsxWriteError / ExcelWriteError `metadata-sheet-taken`).
 */
export function isMetaSheet(sheet: SheetSnapshot): boolean {
  return cellAt(sheet, 0, 0) === HEADER;
}

/** The entries of the metadata sheet (rows from 2 with text in A), in sheet order. */
export function metaRowsOf(sheet: SheetSnapshot | null): MetaRow[] {
  if (!sheet) return [];
  const out: MetaRow[] = [];
  const last = sheet.originRow + sheet.values.length;
  for (let r = 1; r < last; r++) {
    const key = cellAt(sheet, r, 0);
    if (typeof key !== 'string' || key === '') continue;
    const chunks: string[] = [];
    for (let c = 1; ; c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v !== 'string' || v === '') break;
      chunks.push(v);
    }
    out.push({ key, chunks });
  }
  return out;
}

/** The entry under `key`: absent, its value, or damaged (not valid JSON) with the parser's reason. */
export function readMetaEntry(rows: readonly MetaRow[], key: string): MetaRead {
  const row = rows.find((r) => r.key === key);
  if (!row) return { kind: 'absent' };
  try {
    return { kind: 'value', value: JSON.parse(row.chunks.join('')) as unknown };
  } catch (e) {
    return { kind: 'damaged', key, detail: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The value under `key`, undefined when there is none. A damaged entry throws an XlsxReadError
 * (metadataDamaged; Swedish and English messages): silently falling back to defaults would
 * reset the user's settings, or lose which comment belongs to which row, without a word.
 */
export function readMeta(rows: readonly MetaRow[], key: string): unknown {
  const entry = readMetaEntry(rows, key);
  if (entry.kind === 'damaged') throw metadataDamaged(entry.key, entry.detail);
  return entry.kind === 'value' ? entry.value : undefined;
}

/** The entries with `key` set to `value` (replacing the whole old text; a new key goes last). */
export function writeMeta(rows: readonly MetaRow[], key: string, value: unknown): MetaRow[] {
  const text = JSON.stringify(value) ?? 'null';
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  const row: MetaRow = { key, chunks };
  return rows.some((r) => r.key === key) ? rows.map((r) => (r.key === key ? row : r)) : [...rows, row];
}

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is>${textElement(text)}</is></c>`;

/** The whole KR_Metadata worksheet part: the header in A1, one entry per row from row 2 (`main`: SpreadsheetML's namespace of the workbook's flavour). */
export function metadataSheetXml(rows: readonly MetaRow[], main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'): string {
  const body = [
    `<row r="1">${inline('A1', HEADER)}</row>`,
    ...rows.map((r, i) => `<row r="${i + 2}">${[r.key, ...r.chunks].map((t, c) => inline(cellA1(i + 1, c), t)).join('')}</row>`),
  ].join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${main}">` +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

export const rowKeysKey = (gridName: string): string => `rowKeys:${gridName}`;
export const SETTINGS_KEY = 'settings';
