import type { SheetSnapshot } from '../snapshot';
import { cellAt } from '../snapshot';
import { normalizeLabel } from '../text/normalize';

/** What a goal-table column holds. Outcome-like columns carry the year in their header, if any. */
export type GoalColumnRole =
  | { readonly role: 'area' | 'goal' | 'indicator' | 'unit' | 'direction' | 'manual' }
  | { readonly role: 'target' | 'outcome' | 'prelOutcome'; readonly year: number | null };

export type GoalColumn = GoalColumnRole & { readonly col: number; readonly header: string };

const SIMPLE: readonly [RegExp, 'area' | 'goal' | 'indicator' | 'unit' | 'direction' | 'manual'][] = [
  [/^(malomrade|goal area|omrade|fokusomrade|area|strategiskt omrade)$/, 'area'],
  [/^(mal|goal|namndmal|namndens mal|verksamhetsmal|ks mal|objective)$/, 'goal'],
  [/^(indikator|indikatorer|nyckeltal|indicator|indicators|kpi|matt)$/, 'indicator'],
  [/^(enhet|unit|mattenhet)$/, 'unit'],
  [/^(riktning|direction|onskad riktning|polaritet|polarity)$/, 'direction'],
  [/^(bedomning|assessment|manuell bedomning|maluppfyllelse|status|samlad bedomning)$/, 'manual'],
];

const YEARED: readonly [RegExp, 'target' | 'outcome' | 'prelOutcome'][] = [
  [/^(malvarde|mal|target|target value|goal value)$/, 'target'],
  [/^(prel|prel utfall|preliminart utfall|preliminary outcome|preliminary|prel outcome)$/, 'prelOutcome'],
  [/^(utfall|outcome|resultat|actual|result)$/, 'outcome'],
];

/** Classifies one header text; null when it is no goal-table header. */
export function classifyGoalHeader(text: string): GoalColumnRole | null {
  const n = normalizeLabel(text);
  if (n === '') return null;
  for (const [re, role] of SIMPLE) if (re.test(n)) return { role };
  const m = /^(.*?)\s*(?:ar\s*)?((?:19|20)\d\d)$/.exec(n);
  const stem = m ? m[1].trim() : n;
  const year = m ? Number(m[2]) : null;
  for (const [re, role] of YEARED) if (re.test(stem)) return { role, year };
  return null;
}

export type GoalHeader = { readonly row: number; readonly columns: readonly GoalColumn[] };

/** The first row (of the first 30) that names an indicator, a target and an outcome column. */
export function findGoalHeader(sheet: SheetSnapshot, maxRows = 30): GoalHeader | null {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const last = Math.min(sheet.originRow + sheet.values.length, sheet.originRow + maxRows);
  for (let row = sheet.originRow; row < last; row++) {
    const columns: GoalColumn[] = [];
    for (let col = sheet.originCol; col < sheet.originCol + width; col++) {
      const v = cellAt(sheet, row, col);
      if (typeof v !== 'string') continue;
      const role = classifyGoalHeader(v);
      if (!role) continue;
      const yeared = role.role === 'target' || role.role === 'outcome' || role.role === 'prelOutcome';
      // The first column of a simple role wins; outcome-like roles repeat, one per year.
      if (yeared || !columns.some((c) => c.role === role.role)) columns.push({ ...role, col, header: v.trim() });
    }
    const has = (r: string): boolean => columns.some((c) => c.role === r);
    if (has('indicator') && has('target') && (has('outcome') || has('prelOutcome'))) return { row, columns };
  }
  return null;
}
