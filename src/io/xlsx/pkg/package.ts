import { Inflate, inflateSync } from 'fflate';
import { XlsxReadError } from '../errors';
import type { ZipEntry } from '../zip-guard';
import { entryRawBytes, inspectXlsxBytes, toBytes } from '../zip-guard';

/**
 * An .xlsx/.xlsm package opened for reading: the zip's entries from its central directory
 * (checked by zip-guard first: not a zip, encrypted, old .xls, damaged directory, zip bomb), and
 * each part inflated only when asked for (fflate, so it runs in Node and the browser alike).
 *
 * Part names are looked up without regard to case and with or without a leading '/', as OPC
 * requires (producers disagree on both: "xl/sharedStrings.xml" vs "/xl/SharedStrings.xml").
 * A part whose compressed data is damaged is an XlsxReadError 'corrupt' naming the part, never
 * the inflater's own message.
 */
export type XlsxPackage = {
  readonly bytes: Uint8Array;
  /** Every entry under its name as stored in the zip. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
  has(name: string): boolean;
  /** The inflated bytes of a part; throws 'corrupt' when it is missing or damaged. */
  data(name: string): Uint8Array;
  /** The part as UTF-8 text (a leading byte-order mark removed). */
  text(name: string): string;
  /** The entry of a part (case-insensitive), or undefined. */
  entry(name: string): ZipEntry | undefined;
};

const key = (name: string): string => (name.startsWith('/') ? name.slice(1) : name).toLowerCase();

export function partCorrupt(part: string): XlsxReadError {
  return new XlsxReadError('corrupt', { detail: part });
}

/** The stored bytes of an entry, checked for a method we can inflate. */
function rawOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method !== 0 && entry.method !== 8) throw partCorrupt(entry.name);
  return entryRawBytes(bytes, entry);
}

export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const raw = rawOf(bytes, entry);
  if (entry.method === 0) return raw;
  let out: Uint8Array;
  try {
    out = inflateSync(raw, { out: new Uint8Array(entry.uncompressed) });
  } catch {
    throw partCorrupt(entry.name);
  }
  if (out.length !== entry.uncompressed) throw partCorrupt(entry.name);
  return out;
}

/**
 * Inflates an entry piece by piece, handing each piece to `onChunk` as it comes, so a large sheet
 * never sits inflated in memory whole. `chunkBytes` is the size of the compressed pieces fed in.
 */
export function inflateEntryChunks(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array, final: boolean) => void, chunkBytes = 1 << 20): void {
  const raw = rawOf(bytes, entry);
  if (entry.method === 0) {
    onChunk(raw, true);
    return;
  }
  let produced = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (final) done = true;
    onChunk(chunk, final);
  });
  try {
    for (let at = 0; at < raw.length; at += chunkBytes) {
      const end = Math.min(raw.length, at + chunkBytes);
      inflater.push(raw.subarray(at, end), end === raw.length);
    }
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw partCorrupt(entry.name);
  }
  if (!done || produced !== entry.uncompressed) throw partCorrupt(entry.name);
}

const decoder = new TextDecoder('utf-8');

export function decodeText(data: Uint8Array): string {
  const text = decoder.decode(data);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function openPackage(data: Uint8Array | ArrayBuffer): XlsxPackage {
  const bytes = toBytes(data);
  const info = inspectXlsxBytes(bytes);
  const entries = new Map<string, ZipEntry>();
  const byKey = new Map<string, ZipEntry>();
  for (const e of info.entries) {
    entries.set(e.name, e);
    if (!byKey.has(key(e.name))) byKey.set(key(e.name), e);
  }
  const entry = (name: string): ZipEntry | undefined => byKey.get(key(name));
  const dataOf = (name: string): Uint8Array => {
    const e = entry(name);
    if (!e) throw partCorrupt(name);
    return inflateEntry(bytes, e);
  };
  return {
    bytes,
    entries,
    has: (name) => byKey.has(key(name)),
    data: dataOf,
    text: (name) => decodeText(dataOf(name)),
    entry,
  };
}

/**
 * The part a relationship target points at: "worksheets/sheet1.xml" from "xl" is
 * "xl/worksheets/sheet1.xml"; "/xl/worksheets/sheet1.xml" is absolute; "../media/a.png" from
 * "xl/drawings" is "xl/media/a.png". Percent-escapes are decoded. No leading '/' in the result.
 */
export function resolvePartPath(baseDir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A stray '%' is kept as it is.
  }
  const absolute = t.startsWith('/');
  const parts = absolute ? [] : baseDir.split('/').filter((p) => p !== '');
  for (const p of t.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

/** "xl/workbook.xml" → "xl"; "a.xml" → "". */
export function partDir(part: string): string {
  const at = part.lastIndexOf('/');
  return at < 0 ? '' : part.slice(0, at);
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const dir = partDir(part);
  const file = part.slice(dir.length === 0 ? 0 : dir.length + 1);
  return `${dir === '' ? '' : `${dir}/`}_rels/${file}.rels`;
}
