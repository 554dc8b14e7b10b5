import type { SieFile, TransRow, Voucher } from './model';
import type { Field } from './tokenize';
import { splitLines, tokenizeLine } from './tokenize';
import { decodeSie } from './encoding';
import type { RecordContext } from './records';
import { HANDLERS, accountOf, amountOf, isKnownLabel, objectList, problem, text } from './records';
import { checksumBytes, declaredSum, finishCrc, updateCrc } from './checksum';
import { parseDate } from './values';

/**
 * Bytes → the records of an SIE file. Vouchers are `#VER` followed by `{ … }` with their
 * `#TRANS` rows; an `#RTRANS` (an added row) is followed by an identical `#TRANS` for readers
 * that do not know it, so only that `#TRANS` is counted; a `#BTRANS` (a removed row) is not
 * counted. `#KSUMMA` is checked. Never throws: every problem is kept with its line number.
 */
type VoucherState = { voucher: Voucher; open: boolean; pendingR: TransRow | null; pendingLine: number };

function emptyFile(encoding: SieFile['encoding'], lineCount: number): SieFile {
  return {
    encoding, meta: {}, years: new Map(), accounts: new Map(), dims: new Map(), objects: new Map(),
    balances: [], results: [], psaldo: [], pbudget: [], vouchers: [], problems: [], lineCount,
  };
}

function transRow(ctx: RecordContext, label: string, f: readonly Field[], voucherDate: number | null): TransRow | null {
  const account = accountOf(ctx, label, f[1]);
  if (account === null) return null;
  const listed = f[2]?.kind === 'list';
  const objects = listed ? objectList(ctx, label, f[2]) : [];
  if (objects === null) return null;
  const at = listed ? 3 : 2;
  const ore = amountOf(ctx, label, f[at]);
  if (ore === null) return null;
  const own = parseDate(text(f[at + 1]));
  return { account, objects, ore, date: own ?? voucherDate, line: ctx.line };
}

function sameRow(a: TransRow, b: TransRow): boolean {
  return a.account === b.account && a.ore === b.ore && a.objects.length === b.objects.length && a.objects.every((o, i) => o.dim === b.objects[i].dim && o.obj === b.objects[i].obj);
}

function closeVoucher(ctx: RecordContext, state: VoucherState): void {
  if (state.pendingR) {
    state.voucher.rows.push(state.pendingR);
    problem({ file: ctx.file, line: state.pendingLine }, 'sie.rtrans-alone', {}, 'info');
    state.pendingR = null;
  }
  const sum = state.voucher.rows.reduce((s, r) => s + r.ore, 0);
  if (sum !== 0) {
    problem({ file: ctx.file, line: state.voucher.line }, 'sie.unbalanced-voucher', { series: state.voucher.series, number: state.voucher.number, sum: sum / 100 });
  }
}

function inVoucher(ctx: RecordContext, state: VoucherState, label: string, f: readonly Field[]): void {
  if (label === 'BTRANS') return;
  const row = transRow(ctx, label, f, state.voucher.date);
  if (label === 'RTRANS') {
    if (state.pendingR) state.voucher.rows.push(state.pendingR);
    state.pendingR = row;
    state.pendingLine = ctx.line;
    return;
  }
  if (label !== 'TRANS') return;
  if (state.pendingR && row && sameRow(state.pendingR, row)) state.pendingR = null;
  else if (state.pendingR) {
    state.voucher.rows.push(state.pendingR);
    problem({ file: ctx.file, line: state.pendingLine }, 'sie.rtrans-alone', {}, 'info');
    state.pendingR = null;
  }
  if (row) state.voucher.rows.push(row);
}

/** Whether the text looks like an SIE file at all: its first record line starts with a known label. */
function looksLikeSie(lines: readonly string[]): boolean {
  for (const raw of lines.slice(0, 50)) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.startsWith('#')) return false;
    return isKnownLabel(line.slice(1).split(/[ \t]/)[0].toUpperCase()) || /^#[A-Z]+$/.test(line.split(/[ \t]/)[0]);
  }
  return false;
}

export function parseSie(bytes: Uint8Array): SieFile {
  const { text: content, encoding } = decodeSie(bytes);
  const lines = splitLines(content);
  const file = emptyFile(encoding, lines.length);
  if (bytes.includes(0) || !looksLikeSie(lines)) {
    file.problems.push({ code: 'sie.not-sie', severity: 'error', line: 1, params: { line: 1, start: content.slice(0, 40).replace(/\s+/g, ' ').trim() } });
    return file;
  }
  let state: VoucherState | null = null;
  let crc: { value: number; line: number } | null = null;
  let closed = false;
  for (let i = 0; i < lines.length; i++) {
    const ctx: RecordContext = { file, line: i + 1 };
    const line = lines[i].trim();
    if (line === '') continue;
    if (line === '{') {
      if (state && !state.open && state.voucher.rows.length === 0) state.open = true;
      else problem(ctx, 'sie.stray-brace', { brace: '{' });
      continue;
    }
    if (line === '}') {
      if (state?.open) closeVoucher(ctx, state);
      else problem(ctx, 'sie.stray-brace', { brace: '}' });
      state = null;
      continue;
    }
    const tokens = tokenizeLine(line);
    if (tokens.problem) problem(ctx, 'sie.unterminated', { kind: tokens.problem });
    const first = text(tokens.fields[0]);
    if (!first.startsWith('#')) {
      problem(ctx, 'sie.not-a-record', { value: first });
      continue;
    }
    const label = first.slice(1).toUpperCase();
    if (label === 'KSUMMA') {
      if (crc === null && tokens.fields.length === 1) crc = { value: 0xffffffff, line: ctx.line };
      else if (crc !== null && !closed) {
        closed = true;
        const declared = declaredSum(text(tokens.fields[1]));
        const computed = finishCrc(crc.value);
        if (declared !== computed) problem(ctx, 'sie.ksumma-mismatch', { declared: text(tokens.fields[1]), computed });
      }
      continue;
    }
    if (crc !== null && !closed) crc.value = updateCrc(crc.value, checksumBytes(tokens.fields, encoding));
    if (state?.open) {
      if (label === 'TRANS' || label === 'RTRANS' || label === 'BTRANS') {
        inVoucher(ctx, state, label, tokens.fields);
        continue;
      }
      problem({ file, line: state.voucher.line }, 'sie.unclosed-voucher', { series: state.voucher.series, number: state.voucher.number });
      closeVoucher(ctx, state);
      state = null;
    }
    if (label === 'VER') {
      const voucher: Voucher = { series: text(tokens.fields[1]), number: text(tokens.fields[2]), date: parseDate(text(tokens.fields[3])), line: ctx.line, rows: [] };
      if (voucher.date === null) problem(ctx, 'sie.bad-field', { label: '#VER', field: 'verdatum', value: text(tokens.fields[3]) });
      file.vouchers.push(voucher);
      state = { voucher, open: false, pendingR: null, pendingLine: 0 };
      continue;
    }
    if (state && !state.open) state = null;
    if (label === 'TRANS' || label === 'RTRANS' || label === 'BTRANS') {
      problem(ctx, 'sie.trans-outside-voucher', { label: `#${label}` });
      continue;
    }
    const handler = Object.prototype.hasOwnProperty.call(HANDLERS, label) ? HANDLERS[label] : undefined;
    if (handler) handler(ctx, tokens.fields);
  }
  if (state?.open) {
    problem({ file, line: state.voucher.line }, 'sie.unclosed-voucher', { series: state.voucher.series, number: state.voucher.number });
    closeVoucher({ file, line: lines.length }, state);
  }
  if (crc !== null && !closed) problem({ file, line: crc.line }, 'sie.ksumma-unclosed', {});
  return file;
}
