import type { ZipEntry } from './zip-guard';
import { entryRawBytes, inspectXlsxBytes } from './zip-guard';

/**
 * Rebuilds a zip with some entries' contents replaced (browser and Node 20: CompressionStream).
 * Unchanged entries are copied as stored, compressed bytes and all; replaced ones are deflated
 * anew. Entry order and names stay. Meant for the zips exceljs writes: no zip64, no encryption.
 */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const UTF8_NAMES = 0x0800;

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

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes.slice()]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

type Part = { readonly name: Uint8Array; readonly data: Uint8Array; readonly method: number; readonly crc: number; readonly size: number; readonly dosTime: number };

async function partFor(data: Uint8Array, entry: ZipEntry, replacement: Uint8Array | undefined): Promise<Part> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const dosTime = view.getUint32(entry.offset + 10, true);
  const name = new TextEncoder().encode(entry.name);
  if (!replacement) {
    return { name, data: entryRawBytes(data, entry), method: entry.method, crc: entry.crc, size: entry.uncompressed, dosTime };
  }
  return { name, data: await deflateRaw(replacement), method: 8, crc: crc32(replacement), size: replacement.length, dosTime };
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

/** The zip with the named entries' contents replaced by the given (uncompressed) bytes. */
export async function replaceZipEntries(data: Uint8Array, replacements: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const entries = inspectXlsxBytes(data).entries;
  const parts = await Promise.all(entries.map((e) => partFor(data, e, replacements.get(e.name))));
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    chunks.push(header(p, false, 0), p.name, p.data);
    centrals.push(header(p, true, offset), p.name);
    offset += 30 + p.name.length + p.data.length;
  }
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, SIG_EOCD, true);
  v.setUint16(8, parts.length, true);
  v.setUint16(10, parts.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const all = [...chunks, ...centrals, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
