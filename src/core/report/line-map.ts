import type { Ledger } from '../ledger/types';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import type { Template, TemplateLine } from './template';
import { matchesRule } from './account-rule';

/**
 * Maps every distinct ledger account once (accounts are interned in the ledger) to its leaf line,
 * per motpart class, so the aggregation loop does no string work. Key = account * 2 + class,
 * class 0 external (motpart not starting 1–4, or none) and 1 internal (motpart 1–4, Kommun-Bas 13).
 * A konton line takes an account first come, first served; varav lines take it besides.
 */
export type LineMap = {
  /** Per key: index of the konton line taking it, or -1 (out of scope). */
  readonly leafOf: Int32Array;
  /** Varav lines per key, CSR style: varList[varStart[k] .. varStart[k+1]). */
  readonly varStart: Int32Array;
  readonly varList: Int32Array;
  /** Per Motpart value index: 1 internal, 0 external; null without a Motpart dimension. */
  readonly motClass: Uint8Array | null;
  readonly issues: Issue[];
};

export const MOTPART = 'Motpart';

export function isInternalMotpart(value: string): boolean {
  const c = value.trim().charAt(0);
  return c >= '1' && c <= '4';
}

function takes(line: TemplateLine, account: string, cls: number): boolean {
  if (line.motpart === 'intern' && cls !== 1) return false;
  if (line.motpart === 'extern' && cls !== 0) return false;
  return matchesRule(account, line.accounts);
}

function where(line: TemplateLine) {
  return line.source ? { sheet: line.source.sheet, address: line.source.cells.accounts } : {};
}

export function mapLines(ledger: Ledger, template: Template): LineMap {
  const issues: Issue[] = [];
  const lines = template.lines;
  const n = ledger.accounts.length;
  const leafOf = new Int32Array(n * 2).fill(-1);
  const varStart = new Int32Array(n * 2 + 1);
  const vars: number[] = [];
  const overlaps = new Map<string, number>();
  const motDim = ledger.dimensions[MOTPART];
  const usesMotpart = lines.some((l) => l.type !== 'summa' && l.motpart !== 'all');
  if (usesMotpart && !motDim) issues.push(makeIssue('report.template.motpart-missing', 'warning', { sheet: ledger.sheet }));
  for (let a = 0; a < n; a++) {
    const account = ledger.accounts[a];
    for (let cls = 0; cls < 2; cls++) {
      const key = a * 2 + cls;
      varStart[key] = vars.length;
      lines.forEach((line, i) => {
        if (line.type === 'summa' || !takes(line, account, cls)) return;
        if (line.type === 'varav') vars.push(i);
        else if (leafOf[key] < 0) leafOf[key] = i;
        else if (cls === 0 || motDim) {
          const pair = `${lines[leafOf[key]].id}|${line.id}`;
          overlaps.set(pair, (overlaps.get(pair) ?? 0) + 1);
        }
      });
    }
  }
  varStart[n * 2] = vars.length;
  for (const [pair, count] of overlaps) {
    const [first, second] = pair.split('|');
    const line = lines.find((l) => l.id === second) as TemplateLine;
    issues.push(makeIssue('report.template.overlap', 'warning', { id: second, first }, { ...where(line), count }));
  }
  for (const line of lines) {
    if (line.type === 'summa') continue;
    if (!ledger.accounts.some((acc) => matchesRule(acc, line.accounts))) {
      issues.push(makeIssue('report.template.no-match', 'warning', { id: line.id, rule: line.accounts.text }, where(line)));
    }
  }
  const motClass = motDim ? Uint8Array.from(motDim.values, (v) => (isInternalMotpart(v) ? 1 : 0)) : null;
  return { leafOf, varStart, varList: Int32Array.from(vars), motClass, issues };
}
