import type { AccountRange, AccountRule } from './template';

export type RuleParse = { readonly rule: AccountRule; readonly bad: readonly string[] };

/**
 * Reads a Konton cell: items split on ';' or ','; an item is an account ('5', '61', '51120') or
 * a range ('4000-7999', '4000–7999'); a leading '!' excludes. Unreadable items are returned in
 * `bad` (the caller turns them into an issue naming the cell).
 */
export function parseAccountRule(text: string): RuleParse {
  const include: AccountRange[] = [];
  const exclude: AccountRange[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/[;,]/)) {
    let item = raw.trim();
    if (item === '') continue;
    const negate = item.startsWith('!');
    if (negate) item = item.slice(1).trim();
    const m = /^(\d+)\s*(?:[-\u2013\u2212]\s*(\d+))?$/.exec(item);
    if (!m) {
      bad.push(raw.trim());
      continue;
    }
    const from = m[1];
    const to = m[2] ?? m[1];
    if (compareBounds(from, to) > 0) {
      bad.push(raw.trim());
      continue;
    }
    (negate ? exclude : include).push({ from, to });
  }
  return { rule: { text: text.trim(), include, exclude }, bad };
}

/** Compares two bounds digit-wise, the shorter padded with zeros. */
function compareBounds(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  const pa = a.padEnd(n, '0');
  const pb = b.padEnd(n, '0');
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/**
 * An account lies in a range when its leading digits, as many as each bound has, lie between
 * the bounds: 51120 lies in 5000-5999 (5112 is between 5000 and 5999) and in 5 and in 51.
 */
export function inRange(account: string, r: AccountRange): boolean {
  return lead(account, r.from.length) >= r.from && lead(account, r.to.length) <= r.to;
}

function lead(account: string, n: number): string {
  return account.length >= n ? account.slice(0, n) : account.padEnd(n, '0');
}

export function matchesRule(account: string, rule: AccountRule): boolean {
  if (!rule.include.some((r) => inRange(account, r))) return false;
  return !rule.exclude.some((r) => inRange(account, r));
}

/** Builds a rule from text known to be valid (the default template). */
export function rule(text: string): AccountRule {
  return parseAccountRule(text).rule;
}
