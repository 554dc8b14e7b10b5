/**
 * Which projects a structure line takes: codes and ranges separated by semicolons or commas,
 * `4001-4003; 4120`, and `!4002` to leave one out. A range compares numerically when both ends
 * and the code are whole numbers; any other token matches the code exactly (case-insensitively),
 * so codes like "INV-12" work as single codes.
 */
export type ProjectRange = { readonly from: number; readonly to: number };
export type ProjectRule = {
  readonly text: string;
  readonly ranges: readonly ProjectRange[];
  readonly codes: ReadonlySet<string>;
  readonly excludeRanges: readonly ProjectRange[];
  readonly excludeCodes: ReadonlySet<string>;
};

const RANGE = /^(\d+)\s*[-–]\s*(\d+)$/;

export function parseProjectRule(text: string): ProjectRule {
  const ranges: ProjectRange[] = [];
  const codes = new Set<string>();
  const excludeRanges: ProjectRange[] = [];
  const excludeCodes = new Set<string>();
  for (const raw of text.split(/[;,]/)) {
    let token = raw.trim();
    if (token === '') continue;
    const exclude = token.startsWith('!');
    if (exclude) token = token.slice(1).trim();
    const m = RANGE.exec(token);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      (exclude ? excludeRanges : ranges).push({ from: Math.min(a, b), to: Math.max(a, b) });
    } else if (token !== '') (exclude ? excludeCodes : codes).add(token.toLowerCase());
  }
  return { text: text.trim(), ranges, codes, excludeRanges, excludeCodes };
}

function hits(code: string, ranges: readonly ProjectRange[], codes: ReadonlySet<string>): boolean {
  if (codes.has(code.toLowerCase())) return true;
  if (ranges.length === 0 || !/^\d+$/.test(code)) return false;
  const n = Number(code);
  return ranges.some((r) => n >= r.from && n <= r.to);
}

export function matchesProject(code: string, rule: ProjectRule): boolean {
  return hits(code, rule.ranges, rule.codes) && !hits(code, rule.excludeRanges, rule.excludeCodes);
}

export function isEmptyRule(rule: ProjectRule): boolean {
  return rule.ranges.length === 0 && rule.codes.size === 0;
}
