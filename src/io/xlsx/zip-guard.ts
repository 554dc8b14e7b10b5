import { XlsxReadError } from './errors';

/**
 * A cheap look at the bytes before exceljs sees them: is it a zip at all (else an old .xls, an
 * encrypted workbook or something else), is its central directory whole, and does it promise a
 * sane amount of data (no zip bomb). Reads only the central directory; inflates nothing.
 */
export const zipLimits = {
  /** Declared uncompressed total of all entries. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** An entry inflating more than this many times its compressed size is a bomb... */
  maxRatio: 1000,
  /** ...once it is bigger than this (tiny entries compress absurdly well and are harmless). */
  ratioFloorBytes: 16 * 1024 * 1024,
} as const;

export type ZipLimits = { readonly maxTotalBytes: number; readonly maxRatio: number; readonly ratioFloorBytes: number };

export type ZipEntry = {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
  /** CRC-32 of the uncompressed data, from the central directory. */
  readonly crc: number;
};
export type ZipInfo = { readonly entries: readonly ZipEntry[]; readonly totalUncompressed: number };

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE form of `text` occurs anywhere in the bytes. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pat: number[] = [];
  for (const ch of text) pat.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
    if (bytes[i] !== pat[0]) continue;
    for (let j = 1; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function corrupt(detail: string): XlsxReadError {
  return new XlsxReadError('corrupt', { detail });
}

type Directory = { offset: number; size: number; count: number };

function findDirectory(bytes: Uint8Array, view: DataView): Directory {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let at = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw corrupt('zip-innehållsförteckningen saknas / zip directory missing');
  let count = view.getUint16(at + 10, true);
  let size = view.getUint32(at + 12, true);
  let offset = view.getUint32(at + 16, true);
  const loc = at - 20;
  if (loc >= 0 && view.getUint32(loc, true) === SIG_LOCATOR64) {
    const at64 = u64(view, loc + 8);
    if (at64 + 56 > bytes.length || view.getUint32(at64, true) !== SIG_EOCD64) throw corrupt('zip64');
    count = u64(view, at64 + 32);
    size = u64(view, at64 + 40);
    offset = u64(view, at64 + 48);
  }
  if (offset + size > bytes.length) throw corrupt('zip-innehållsförteckningen är avkortad / zip directory truncated');
  return { offset, size, count };
}

/** Sizes from the zip64 extra field, where the 32-bit fields say 0xFFFFFFFF. */
function zip64Sizes(view: DataView, extraAt: number, extraLen: number, uncompressed: number, compressed: number): [number, number] {
  let p = extraAt;
  const end = extraAt + extraLen;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      if (uncompressed === MAX32 && q + 8 <= end) {
        uncompressed = u64(view, q);
        q += 8;
      }
      if (compressed === MAX32 && q + 8 <= end) compressed = u64(view, q);
      break;
    }
    p += 4 + len;
  }
  return [uncompressed, compressed];
}

function readEntries(bytes: Uint8Array, view: DataView, dir: Directory): ZipEntry[] {
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  const end = dir.offset + dir.size;
  for (let n = 0; n < dir.count; n++) {
    if (p + 46 > end || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt('zip-posten är ogiltig / invalid zip entry');
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen + commentLen > end) throw corrupt('zip-posten är avkortad / zip entry truncated');
    const [uncompressed, compressed] = zip64Sizes(
      view,
      p + 46 + nameLen,
      extraLen,
      view.getUint32(p + 24, true),
      view.getUint32(p + 20, true),
    );
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      compressed,
      uncompressed,
      method: view.getUint16(p + 10, true),
      offset: view.getUint32(p + 42, true),
      crc: view.getUint32(p + 16, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkSizes(entries: readonly ZipEntry[], limits: ZipLimits): number {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (e.uncompressed > limits.ratioFloorBytes && e.uncompressed > e.compressed * limits.maxRatio) {
      throw new XlsxReadError('too-large', { detail: `${e.name}: ${e.compressed} → ${e.uncompressed} bytes` });
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new XlsxReadError('too-large', { detail: `${Math.round(total / 1024 / 1024)} MiB` });
  }
  return total;
}

/**
 * Checks the bytes and returns the zip's entries, or throws an XlsxReadError: 'encrypted' /
 * 'legacy-xls' for an OLE compound file, 'not-xlsx' for other bytes or a zip without a
 * workbook part, 'corrupt' for a broken directory, 'too-large' for a bomb.
 */
export function inspectXlsxBytes(data: Uint8Array | ArrayBuffer, limits: ZipLimits = zipLimits): ZipInfo {
  const bytes = toBytes(data);
  if (startsWith(bytes, CFB_SIGNATURE)) {
    throw new XlsxReadError(containsUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'legacy-xls');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint32(0, true) !== SIG_LOCAL) throw new XlsxReadError('not-xlsx');
  if (bytes.length < 22) throw corrupt('zip');
  const entries = readEntries(bytes, view, findDirectory(bytes, view));
  const totalUncompressed = checkSizes(entries, limits);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new XlsxReadError('not-xlsx');
  return { entries, totalUncompressed };
}

/** An .xlsm: the zip holds a VBA project. */
export function hasMacros(info: ZipInfo): boolean {
  return info.entries.some((e) => /^xl\/vbaProject\.bin$/i.test(e.name));
}

/** The stored (usually deflated) bytes of one entry, as they sit in the zip. */
export function entryRawBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.offset;
  if (at + 30 > data.length || view.getUint32(at, true) !== SIG_LOCAL) throw corrupt(entry.name);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > data.length) throw corrupt(entry.name);
  return data.subarray(start, start + entry.compressed);
}

/** The inflated bytes of one small entry (browser and Node 20: DecompressionStream). */
export async function entryBytes(data: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const raw = entryRawBytes(data, entry).slice();
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw corrupt(`${entry.name}: method ${entry.method}`);
  const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
