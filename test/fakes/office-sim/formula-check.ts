/**
 * The syntax checks real Excel applies when a formula is written through Range.formulas/values:
 * a formula it cannot parse fails the whole sync with InvalidArgument instead of being stored.
 * Not a parser: only the mistakes a generator of formulas can make (brackets, quotes, the
 * separator, Excel's length and argument limits).
 */
export const MAX_FORMULA_CHARS = 8192;
export const MAX_FUNCTION_ARGS = 255;

type Frame = { readonly closer: ')' | '}' | ']'; readonly call: boolean; commas: number };

const OPENERS: Readonly<Record<string, Frame['closer']>> = { '(': ')', '{': '}', '[': ']' };
const NAME_CHAR = /[A-Za-z0-9_.]/;

/** Why Excel rejects the formula text after '=', or null when it passes these checks. */
export function formulaProblem(body: string): string | null {
  if (body.length > MAX_FORMULA_CHARS) return `formula longer than ${MAX_FORMULA_CHARS} characters (${body.length})`;
  const stack: Frame[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    const inBrackets = stack.length > 0 && stack[stack.length - 1].closer === ']';
    if (inBrackets && c === "'") {
      i += 1; // structured-reference escape: the next character is literal
      continue;
    }
    if (!inBrackets && (c === '"' || c === "'")) {
      const end = closingQuote(body, i, c);
      if (end < 0) return c === '"' ? 'unterminated string literal' : 'unterminated quoted sheet name';
      i = end;
      continue;
    }
    if (c in OPENERS) {
      stack.push({ closer: OPENERS[c], call: c === '(' && i > 0 && NAME_CHAR.test(body[i - 1]), commas: 0 });
    } else if (c === ')' || c === '}' || c === ']') {
      const top = stack.pop();
      if (!top || top.closer !== c) return `unbalanced '${c}' at position ${i + 1}`;
      if (top.call && top.commas + 1 > MAX_FUNCTION_ARGS) return `a function call with ${top.commas + 1} arguments (at most ${MAX_FUNCTION_ARGS})`;
    } else if (c === ',' && stack.length > 0) {
      stack[stack.length - 1].commas += 1;
    } else if (c === ';' && !inBrackets) {
      return `';' at position ${i + 1}: the API takes the invariant ',' separator`;
    }
  }
  return stack.length > 0 ? `unclosed '${stack.map((f) => f.closer).join('')}'` : null;
}

/** Index of the quote closing the literal opened at `start` (a doubled quote is an escaped one), or -1. */
function closingQuote(s: string, start: number, q: string): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] !== q) continue;
    if (s[i + 1] === q) i += 1;
    else return i;
  }
  return -1;
}
