/**
 * One SIE line as fields: separated by spaces or tabs; a field with spaces is quoted, `\"`
 * inside quotes is a quote; `{ … }` is an object list (dimension and object numbers in pairs,
 * each quoted or bare). A line that stops inside quotes or inside a list keeps what it has and
 * says so.
 */
export type Field =
  | { readonly kind: 'text'; readonly value: string; readonly quoted: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export type TokenProblem = 'unterminated-quote' | 'unterminated-list';

export type TokenizedLine = { readonly fields: readonly Field[]; readonly problem?: TokenProblem };

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/** Reads a quoted value starting after the opening quote; returns the value and the index after the closing quote. */
function readQuoted(line: string, start: number): { value: string; next: number; closed: boolean } {
  let value = '';
  let i = start;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\' && line[i + 1] === '"') {
      value += '"';
      i += 2;
      continue;
    }
    if (ch === '"') return { value, next: i + 1, closed: true };
    value += ch;
    i++;
  }
  return { value, next: i, closed: false };
}

function readBare(line: string, start: number, stops: string): { value: string; next: number } {
  let i = start;
  while (i < line.length && !isSpace(line[i]) && !stops.includes(line[i])) i++;
  return { value: line.slice(start, i), next: i };
}

function readList(line: string, start: number): { items: string[]; next: number; problem?: TokenProblem } {
  const items: string[] = [];
  let i = start;
  while (i < line.length) {
    const ch = line[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '}') return { items, next: i + 1 };
    if (ch === '"') {
      const q = readQuoted(line, i + 1);
      items.push(q.value);
      i = q.next;
      if (!q.closed) return { items, next: i, problem: 'unterminated-quote' };
      continue;
    }
    const b = readBare(line, i, '}"');
    items.push(b.value);
    i = b.next;
  }
  return { items, next: i, problem: 'unterminated-list' };
}

export function tokenizeLine(line: string): TokenizedLine {
  const fields: Field[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const q = readQuoted(line, i + 1);
      fields.push({ kind: 'text', value: q.value, quoted: true });
      if (!q.closed) return { fields, problem: 'unterminated-quote' };
      i = q.next;
      continue;
    }
    if (ch === '{' && fields.length > 0) {
      const l = readList(line, i + 1);
      fields.push({ kind: 'list', items: l.items });
      if (l.problem) return { fields, problem: l.problem };
      i = l.next;
      continue;
    }
    const b = readBare(line, i, fields.length > 0 ? '"{' : '"');
    fields.push({ kind: 'text', value: b.value, quoted: false });
    i = b.next === i ? i + 1 : b.next;
  }
  return { fields };
}

/** Splits a text into lines at CRLF, LF or a lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
