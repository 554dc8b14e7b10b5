/** Byte helpers of the streaming sheet reader. */
export const EMPTY_BYTES = new Uint8Array(0);

/** Position just after the last occurrence of `needle` in `bytes`, or -1. */
export function lastEnd(bytes: Uint8Array, needle: Uint8Array): number {
  const last = needle[needle.length - 1];
  let k = bytes.length;
  for (;;) {
    k = bytes.lastIndexOf(last, k - 1);
    if (k < needle.length - 1) return -1;
    let j = needle.length - 2;
    while (j >= 0 && bytes[k - (needle.length - 1 - j)] === needle[j]) j--;
    if (j < 0) return k + 1;
  }
}

/** Inflated bytes per batch of the asynchronous read. */
export const BATCH_BYTES = 1 << 20;

export function joinBytes(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
