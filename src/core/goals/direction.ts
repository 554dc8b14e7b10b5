import type { CellValue } from '../snapshot';
import { normalizeLabel } from '../text/normalize';
import type { Direction } from './types';

export type DirectionRead = { readonly kind: 'ok'; readonly direction: Direction } | { readonly kind: 'unknown'; readonly text: string };

const HIGHER = /\b(hogre|hog|okning|oka|okande|stigande|higher|increase|increasing|up|more)\b/;
const LOWER = /\b(lagre|lag|minskning|minska|minskande|sjunkande|lower|decrease|decreasing|down|less)\b/;

/**
 * "Högre är bättre", "Ökning", "higher is better", "↑" read as higher; "Lägre är bättre",
 * "Minskning", "lower is better", "↓" as lower. Empty means the default, higher.
 */
export function readDirection(v: CellValue): DirectionRead {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { kind: 'ok', direction: 'higher' };
  const raw = String(typeof v === 'object' ? v.error : v).trim();
  if (/^[↑⬆+]$/.test(raw)) return { kind: 'ok', direction: 'higher' };
  if (/^[↓⬇-]$/.test(raw)) return { kind: 'ok', direction: 'lower' };
  const n = normalizeLabel(raw);
  const higher = HIGHER.test(n);
  const lower = LOWER.test(n);
  if (higher && !lower) return { kind: 'ok', direction: 'higher' };
  if (lower && !higher) return { kind: 'ok', direction: 'lower' };
  return { kind: 'unknown', text: raw };
}
