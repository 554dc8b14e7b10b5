import type { CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import { parseSwedishNumber } from '../text/number';
import type { GoalValue } from './types';

/** A cell read as a target or outcome, or why it could not be read. */
export type ValueRead = GoalValue | { readonly kind: 'invalid'; readonly text: string };

const MISSING = /^(-|–|—|\u2212|n\/?a|saknas|ej tillg[aä]nglig|uppgift saknas|\.\.)$/i;

/** A number format shows percent when it has a '%' outside quoted literals. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

/**
 * Reads a target or outcome: numbers pass (a %-formatted 0.526 becomes 52.6 percent points);
 * text is read the Swedish way with a trailing '%' ("52,6%", "52,6 %"), a preliminary mark
 * ("(72)", "Prel 72", "prel. 72") and '-' or empty as missing. Note that "(72)" here is a
 * preliminary 72, never an accounting negative.
 */
export function readGoalValue(v: CellValue, format?: string | null, preliminaryColumn = false): ValueRead {
  if (v === null || v === undefined) return { kind: 'missing' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v) };
    const percent = isPercentFormat(format);
    return { kind: 'number', value: percent ? roundPoints(v * 100) : v, preliminary: preliminaryColumn, percent };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'SANT' : 'FALSKT' };
  if (isCellError(v)) return { kind: 'invalid', text: v.error };
  let s = v.trim();
  if (s === '' || MISSING.test(s)) return { kind: 'missing' };
  let preliminary = preliminaryColumn;
  const prel = /^prel(?:iminärt|iminart|\.)?\s*:?\s*(.+)$/i.exec(s);
  if (prel) {
    preliminary = true;
    s = prel[1].trim();
  }
  const paren = /^\((.+)\)$/.exec(s);
  if (paren) {
    preliminary = true;
    s = paren[1].trim();
  }
  const prelAfter = /^(.+?)\s*\(prel(?:iminärt|\.)?\)$/i.exec(s);
  if (prelAfter) {
    preliminary = true;
    s = prelAfter[1].trim();
  }
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const n = parseSwedishNumber(s);
  if (n === null || /^\(/.test(s)) return { kind: 'invalid', text: v };
  return { kind: 'number', value: n, preliminary, percent };
}

/** 0.526 × 100 is 52.60000000000001 in floating point; percent points keep 10 decimals. */
function roundPoints(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

/** The value as a number, or null when missing. */
export function numberOf(v: GoalValue): number | null {
  return v.kind === 'number' ? v.value : null;
}
