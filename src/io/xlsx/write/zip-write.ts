import { deflateSync } from 'fflate';
import { XlsxWriteError } from '../errors';
import type { ZipEntry } from '../zip-guard';
import { entryRawBytes } from '../zip-guard';

/**
 * Writes the package back as a zip with some parts replaced, added or removed (fflate, so Node
 * and the browser alike). Every other entry is copied as it is stored, compressed bytes and CRC
 * unchanged, so writing costs one copy of the bytes whatever the ledger's size; replaced and new
 * parts are deflated anew. Entry order stays; new parts go last. No zip64: a package of 4 GB or
 * more is 'too-large' (the reader refuses far less).
 */
export type PartChanges = {
  /** Uncompressed contents by part name (the name as stored for a part that exists). */
  readonly set: ReadonlyMap<string, Uint8Array>;
  readonly remove: ReadonlySet<string>;
};

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const UTF8_NAMES = 0x0800;
const MAX32 = 0xffffffff;

let crcTable: Uint32Array | undefined;

export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

type Part = { readonly name: Uint8Array; readonly data: Uint8Array; readonly method: number; readonly crc: number; readonly size: number; readonly dosTime: number };

const encoder = new TextEncoder();

function dosTimeOf(source: Uint8Array, entry: ZipEntry): number {
  if (entry.offset + 14 > source.length) return 0x00210000; // 1980-01-01 00:00
  return new DataView(source.buffer, source.byteOffset, source.byteLength).getUint32(entry.offset + 10, true);
}

function fresh(name: string, content: Uint8Array, dosTime: number): Part {
  return { name: encoder.encode(name), data: deflateSync(content, { level: 6 }), method: 8, crc: crc32(content), size: content.length, dosTime };
}

function header(part: Part, central: boolean, offset: number): Uint8Array {
  const out = new Uint8Array(central ? 46 : 30);
  const v = new DataView(out.buffer);
  const s = central ? 2 : 0; // the central record has "version made by" before the shared fields
  v.setUint32(0, central ? SIG_CENTRAL : SIG_LOCAL, true);
  if (central) v.setUint16(4, 20, true);
  v.setUint16(4 + s, 20, true);
  v.setUint16(6 + s, UTF8_NAMES, true);
  v.setUint16(8 + s, part.method, true);
  v.setUint32(10 + s, part.dosTime, true);
  v.setUint32(14 + s, part.crc, true);
  v.setUint32(18 + s, part.data.length, true);
  v.setUint32(22 + s, part.size, true);
  v.setUint16(26 + s, part.name.length, true);
  if (central) v.setUint32(42, offset, true);
  return out;
}

function partsOf(source: Uint8Array, entries: readonly ZipEntry[], changes: PartChanges): Part[] {
  const parts: Part[] = [];
  const done = new Set<string>();
  const time = entries.length > 0 ? dosTimeOf(source, entries[0]) : 0x00210000;
  for (const e of entries) {
    if (changes.remove.has(e.name) || done.has(e.name)) continue;
    done.add(e.name);
    const replacement = changes.set.get(e.name);
    if (replacement) parts.push(fresh(e.name, replacement, dosTimeOf(source, e)));
    else parts.push({ name: encoder.encode(e.name), data: entryRawBytes(source, e), method: e.method, crc: e.crc, size: e.uncompressed, dosTime: dosTimeOf(source, e) });
  }
  for (const [name, content] of changes.set) if (!done.has(name)) parts.push(fresh(name, content, time));
  return parts;
}

/** The zip of `entries` (from `source`) with the changes applied. */
export function rewriteZip(source: Uint8Array, entries: readonly ZipEntry[], changes: PartChanges): Uint8Array {
  const parts = partsOf(source, entries, changes);
  let localSize = 0;
  let centralSize = 0;
  for (const p of parts) {
    if (p.size > MAX32 || p.data.length > MAX32) throw new XlsxWriteError('too-large');
    localSize += 30 + p.name.length + p.data.length;
    centralSize += 46 + p.name.length;
  }
  if (localSize + centralSize > MAX32 || parts.length > 0xffff) throw new XlsxWriteError('too-large');
  const out = new Uint8Array(localSize + centralSize + 22);
  let at = 0;
  let central = localSize;
  for (const p of parts) {
    out.set(header(p, true, at), central);
    out.set(p.name, central + 46);
    central += 46 + p.name.length;
    out.set(header(p, false, 0), at);
    out.set(p.name, at + 30);
    out.set(p.data, at + 30 + p.name.length);
    at += 30 + p.name.length + p.data.length;
  }
  const v = new DataView(out.buffer, out.byteOffset + central, 22);
  v.setUint32(0, SIG_EOCD, true);
  v.setUint16(8, parts.length, true);
  v.setUint16(10, parts.length, true);
  v.setUint32(12, centralSize, true);
  v.setUint32(16, localSize, true);
  return out;
}
