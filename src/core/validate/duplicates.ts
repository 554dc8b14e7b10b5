import { cellA1 } from '../address';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { Ledger } from '../ledger/types';

/**
 * Rows that repeat an earlier row exactly (same account, period, dimensions and every amount),
 * typically an export pasted twice. A row is the run of entries with the same source row.
 * Open addressing over typed arrays: a million rows hash without a string per row.
 */
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

function entryHash(l: Ledger, dims: readonly Int32Array[], i: number, h: number): number {
  f64[0] = l.amount[i];
  h = Math.imul(h ^ l.account[i], 0x9e3779b1);
  h = Math.imul(h ^ l.period[i], 0x85ebca6b);
  h = Math.imul(h ^ l.kind[i], 0xc2b2ae35);
  h = Math.imul(h ^ i32[0], 0x27d4eb2f);
  h = Math.imul(h ^ i32[1], 0x165667b1);
  for (let k = 0; k < dims.length; k++) h = Math.imul(h ^ dims[k][i], 0x9e3779b1);
  return h;
}

/** murmur3's finaliser: spreads every input bit over the low bits the table uses. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function sameEntry(l: Ledger, dims: readonly Int32Array[], a: number, b: number): boolean {
  if (l.account[a] !== l.account[b] || l.period[a] !== l.period[b] || l.kind[a] !== l.kind[b] || l.amount[a] !== l.amount[b]) return false;
  for (let k = 0; k < dims.length; k++) if (dims[k][a] !== dims[k][b]) return false;
  return true;
}

/** 0-based sheet rows that repeat an earlier row, in sheet order. */
export function duplicateSourceRows(l: Ledger): number[] {
  const dims = Object.values(l.dimensions).map((d) => d.index);
  let cap = 16;
  while (cap < l.size * 2) cap *= 2;
  const mask = cap - 1;
  const table = new Int32Array(cap).fill(-1);
  const runEnd = new Int32Array(l.size);
  const out: number[] = [];
  let start = 0;
  while (start < l.size) {
    let end = start;
    let h = 0x811c9dc5;
    while (end < l.size && l.sourceRow[end] === l.sourceRow[start]) h = entryHash(l, dims, end++, h);
    runEnd[start] = end;
    let slot = mix(h) & mask;
    for (;;) {
      const other = table[slot];
      if (other < 0) {
        table[slot] = start;
        break;
      }
      const otherEnd = runEnd[other];
      let same = otherEnd - other === end - start;
      for (let k = 0; same && k < end - start; k++) same = sameEntry(l, dims, other + k, start + k);
      if (same) {
        out.push(l.sourceRow[start]);
        break;
      }
      slot = (slot + 1) & mask;
    }
    start = end;
  }
  return out;
}

export function duplicateRows(ledger: Ledger, addressCol: number): Issue[] {
  const dup = duplicateSourceRows(ledger);
  if (dup.length === 0) return [];
  const rows = dup.slice(0, 5).map((r) => r + 1).join(', ');
  return [makeIssue('duplicate-rows', 'warning', { rows }, { sheet: ledger.sheet, address: cellA1(dup[0], addressCol), count: dup.length })];
}
