import type { Field } from './tokenize';
import type { SieEncoding } from './encoding';
import { encodeAs } from './encoding';

/**
 * #KSUMMA (SIE 4B, "Kontrollsummering"): a CRC-32 (ISO 3309, the zip/zlib CRC: reflected
 * polynomial 0xEDB88320, start 0xFFFFFFFF, final complement) over the records between the
 * opening `#KSUMMA` and the closing `#KSUMMA <sum>`: for every record its label and the
 * contents of its fields, in the file's own bytes, without the separators, quotes and braces
 * (an escaped quote counts as a quote). The closing value may be written signed or unsigned.
 */
let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
}

/** A running CRC-32: start with 0xFFFFFFFF, feed bytes, finish with `finishCrc`. */
export function updateCrc(crc: number, bytes: readonly number[]): number {
  const t = crcTable();
  let c = crc;
  for (const b of bytes) c = t[(c ^ b) & 0xff] ^ (c >>> 8);
  return c >>> 0;
}

export function finishCrc(crc: number): number {
  return (crc ^ 0xffffffff) >>> 0;
}

export function crc32(bytes: readonly number[]): number {
  return finishCrc(updateCrc(0xffffffff, bytes));
}

/** The bytes one record contributes: label and field contents, nothing between them. */
export function checksumBytes(fields: readonly Field[], encoding: SieEncoding): number[] {
  const parts: string[] = [];
  for (const f of fields) {
    if (f.kind === 'list') parts.push(...f.items);
    else parts.push(f.value);
  }
  return encodeAs(parts.join(''), encoding);
}

/** The declared sum as an unsigned 32-bit number, or null when it is no number. */
export function declaredSum(text: string): number | null {
  if (!/^-?\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  if (n < -2147483648 || n > 4294967295) return null;
  return n >>> 0;
}
