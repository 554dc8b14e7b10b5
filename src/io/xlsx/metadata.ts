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

/** An entry that is there but is not valid JSON (hand-edited, or cut short by another tool). */
export class MetadataDamagedError extends Error {
  readonly code = 'metadata-damaged';
  readonly key: string;
  readonly messages: { readonly sv: string; readonly en: string };

  constructor(key: string, detail: string) {
    const rows = key.startsWith('rowKeys:');
    const messages = rows
      ? {
          sv: `Uppgifterna som kommunrapport sparade om rapporten '${key.slice(8)}' (det dolda bladet ${METADATA_SHEET}) är skadade (${detail}), så det går inte att veta vilka rader kommentarerna hör till. Inget har ändrats. Infoga rapporten på nytt (inte Uppdatera), så skrivs uppgifterna om.`,
          en: `The data kommunrapport saved about the report '${key.slice(8)}' (the hidden sheet ${METADATA_SHEET}) is damaged (${detail}), so which rows the comments belong to cannot be told. Nothing was changed. Insert the report again (not Refresh), which writes the data anew.`,
        }
      : {
          sv: `Inställningarna som kommunrapport sparade i arbetsboken (det dolda bladet ${METADATA_SHEET}, posten '${key}') är skadade (${detail}) och används inte. Inget har ändrats. Använd en tidigare sparad kopia av arbetsboken, eller be den som förvaltar kommunrapport att ta bort bladet ${METADATA_SHEET}; det innehåller bara tilläggets egna uppgifter.`,
          en: `The settings kommunrapport saved in the workbook (the hidden sheet ${METADATA_SHEET}, entry '${key}') are damaged (${detail}) and are not used. Nothing was changed. Use an earlier saved copy of the workbook, or ask whoever maintains kommunrapport to delete the sheet ${METADATA_SHEET}; it holds only the add-in's own data.`,
        };
    super(messages.en);
    this.name = 'MetadataDamagedError';
    this.key = key;
    this.messages = messages;
  }
}

export function isMetadataDamaged(e: unknown): e is MetadataDamagedError {
  return e instanceof MetadataDamagedError;
}

export type MetaRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'damaged'; readonly key: string; readonly detail: string };

/** The entry under `key`: absent, its value, or damaged (not valid JSON) with the parser's reason. */
export function readMetaEntry(wb: Workbook, key: string): MetaRead {
  const ws = sheetOf(wb, 'find');
  if (!ws) return { kind: 'absent' };
  const r = rowOf(ws, key);
  if (r < 0) return { kind: 'absent' };
  let text = '';
  for (let c = 2; ; c++) {
    const v = ws.getCell(r, c).value;
    if (typeof v !== 'string' || v === '') break;
    text += v;
  }
  try {
    return { kind: 'value', value: JSON.parse(text) as unknown };
  } catch (e) {
    return { kind: 'damaged', key, detail: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The value under `key`, undefined when there is none. A damaged entry throws
 * MetadataDamagedError (Swedish and English messages): silently falling back to defaults would
 * reset the user's settings, or lose which comment belongs to which row, without a word.
 */
export function readMeta(wb: Workbook, key: string): unknown {
  const entry = readMetaEntry(wb, key);
  if (entry.kind === 'damaged') throw new MetadataDamagedError(entry.key, entry.detail);
  return entry.kind === 'value' ? entry.value : undefined;
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
