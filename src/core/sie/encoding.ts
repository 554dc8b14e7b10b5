import { CP437_HIGH, WINDOWS_1252_HIGH } from './charset-tables';

/**
 * Which character set an SIE file is written in, and its text. `#FORMAT PC8` declares CP437,
 * but many programs write UTF-8 or Windows-1252 under that header, so the bytes decide:
 * valid UTF-8 with non-ASCII letters is UTF-8; otherwise the 8-bit set whose decoding gives
 * Swedish letters (åäöÅÄÖé) rather than box-drawing and other graphics wins; a tie is CP437,
 * the standard's set.
 */
export type SieEncoding = 'ascii' | 'utf-8' | 'cp437' | 'windows-1252';

const SWEDISH = new Set([...'åäöÅÄÖéÉüÜ']);

const tables = new Map<string, Uint16Array>();

/** Byte → UTF-16 code unit, for the 256 bytes (every character of both sets is one code unit). */
function unitsOf(high: string): Uint16Array {
  let t = tables.get(high);
  if (t) return t;
  t = new Uint16Array(256);
  for (let b = 0; b < 256; b++) t[b] = b < 0x80 ? b : high.charCodeAt(b - 0x80);
  tables.set(high, t);
  return t;
}

function decodeHigh(bytes: Uint8Array, high: string): string {
  const table = unitsOf(high);
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]];
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

/** Characters that do not belong in a Swedish ledger: box drawing, Greek/maths, C1 controls, odd punctuation. */
function isOdd(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x2500 && c <= 0x25ff) return true; // box drawing, blocks, shapes
  if (c >= 0x0080 && c <= 0x009f) return true; // C1 controls
  if (c >= 0x0390 && c <= 0x03c9) return true; // Greek
  return '∞∩≡±≥≤⌠⌡÷≈∙√ⁿ²⌐¬₧ƒ†‡‰Š‹Œ™š›œžŸ„…ˆ˜Ž¤¦¨©®¯´¶¸¹¾'.includes(ch);
}

/** How Swedish the high bytes read in a character set: + per Swedish letter, − per odd character. */
function score(counts: Uint32Array, high: string): number {
  let s = 0;
  for (let b = 0x80; b < 0x100; b++) {
    if (counts[b] === 0) continue;
    const ch = high[b - 0x80];
    if (SWEDISH.has(ch)) s += counts[b];
    else if (isOdd(ch)) s -= counts[b];
  }
  return s;
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

export type Decoded = { readonly text: string; readonly encoding: SieEncoding };

export function decodeSie(input: Uint8Array): Decoded {
  const hasBom = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = hasBom ? input.subarray(3) : input;
  if (isAscii(bytes)) return { text: decodeHigh(bytes, CP437_HIGH), encoding: 'ascii' };
  const u = utf8(bytes);
  if (u !== null) return { text: u, encoding: 'utf-8' };
  const counts = new Uint32Array(256);
  for (let i = 0; i < bytes.length; i++) counts[bytes[i]]++;
  return score(counts, WINDOWS_1252_HIGH) > score(counts, CP437_HIGH)
    ? { text: decodeHigh(bytes, WINDOWS_1252_HIGH), encoding: 'windows-1252' }
    : { text: decodeHigh(bytes, CP437_HIGH), encoding: 'cp437' };
}

let reverse: { cp437: Map<string, number>; w1252: Map<string, number> } | null = null;

function reverseTables(): { cp437: Map<string, number>; w1252: Map<string, number> } {
  if (reverse) return reverse;
  const cp437 = new Map<string, number>();
  const w1252 = new Map<string, number>();
  for (let i = 0; i < 128; i++) {
    cp437.set(CP437_HIGH[i], 0x80 + i);
    w1252.set(WINDOWS_1252_HIGH[i], 0x80 + i);
  }
  reverse = { cp437, w1252 };
  return reverse;
}

/** The bytes a text had in the file (for the #KSUMMA checksum, which is computed on bytes). */
export function encodeAs(text: string, encoding: SieEncoding): number[] {
  if (encoding === 'utf-8') return [...new TextEncoder().encode(text)];
  const table = encoding === 'windows-1252' ? reverseTables().w1252 : reverseTables().cp437;
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(c < 0x80 ? c : (table.get(ch) ?? 0x3f));
  }
  return out;
}
