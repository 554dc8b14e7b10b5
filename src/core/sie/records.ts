import type { Field } from './tokenize';
import type { ObjectRef, ProblemParams, SieCode, SieFile, SieProblem } from './model';
import { objectKey, sieProblem } from './model';
import { isAccountCode, parseAmount, parseDate, parsePeriod, parseYearIndex } from './values';

/**
 * The non-voucher records, one handler per label. Unknown labels and extra trailing fields are
 * ignored, as the standard requires; a record whose required field cannot be read is skipped
 * with a warning naming the field.
 */
export type RecordContext = { readonly file: SieFile; readonly line: number };

export function text(f: Field | undefined): string {
  if (!f) return '';
  return f.kind === 'text' ? f.value : '';
}

export function problem<C extends SieCode>(ctx: RecordContext, code: C, params: ProblemParams<C>, severity: SieProblem['severity'] = 'warning'): void {
  ctx.file.problems.push(sieProblem(code, ctx.line, params, severity));
}

function badField(ctx: RecordContext, label: string, field: string, value: string): null {
  problem(ctx, 'sie.bad-field', { label: `#${label}`, field, value });
  return null;
}

/** An object list: dimension/object pairs; objects of an undeclared dimension are noted by the checks. */
export function objectList(ctx: RecordContext, label: string, f: Field | undefined): ObjectRef[] | null {
  if (!f || f.kind !== 'list') return badField(ctx, label, 'objektlista', text(f));
  const out: ObjectRef[] = [];
  for (let i = 0; i + 1 < f.items.length; i += 2) out.push({ dim: f.items[i], obj: f.items[i + 1] });
  if (f.items.length % 2 === 1) problem(ctx, 'sie.bad-field', { label: `#${label}`, field: 'objektlista', value: f.items.join(' ') });
  return out;
}

export function amountOf(ctx: RecordContext, label: string, f: Field | undefined): number | null {
  const v = text(f);
  const a = parseAmount(v);
  if (a === null) return badField(ctx, label, 'belopp', v);
  if (a.rounded) problem(ctx, 'sie.amount-rounded', { label: `#${label}`, value: v }, 'info');
  return a.ore;
}

export function accountOf(ctx: RecordContext, label: string, f: Field | undefined): string | null {
  const v = text(f);
  return isAccountCode(v) ? v : badField(ctx, label, 'konto', v);
}

function yearOf(ctx: RecordContext, label: string, f: Field | undefined): number | null {
  const v = text(f);
  const y = parseYearIndex(v);
  return y === null ? badField(ctx, label, 'årsnr', v) : y;
}

type Handler = (ctx: RecordContext, fields: readonly Field[]) => void;

const META: Readonly<Record<string, keyof SieFile['meta']>> = {
  FLAGGA: 'flagga', FORMAT: 'format', SIETYP: 'sieType', PROGRAM: 'program', GEN: 'generated', FNAMN: 'company', ORGNR: 'orgnr', KPTYP: 'chart',
};

function meta(label: string): Handler {
  return (ctx, f) => {
    ctx.file.meta[META[label]] = text(f[1]);
  };
}

function rar(ctx: RecordContext, f: readonly Field[]): void {
  const index = yearOf(ctx, 'RAR', f[1]);
  const start = parseDate(text(f[2]));
  const end = parseDate(text(f[3]));
  if (index === null) return;
  if (start === null) return void badField(ctx, 'RAR', 'start', text(f[2]));
  if (end === null || end < start) return void badField(ctx, 'RAR', 'slut', text(f[3]));
  ctx.file.years.set(index, { index, start, end, line: ctx.line });
}

function konto(ctx: RecordContext, f: readonly Field[]): void {
  const account = accountOf(ctx, 'KONTO', f[1]);
  if (account !== null) ctx.file.accounts.set(account, { name: text(f[2]), line: ctx.line });
}

function dim(parentAt: number | null): Handler {
  return (ctx, f) => {
    const nr = text(f[1]);
    if (!/^\d+$/.test(nr)) return void badField(ctx, parentAt === null ? 'DIM' : 'UNDERDIM', 'dimensionsnr', nr);
    const parent = parentAt === null ? undefined : text(f[parentAt]);
    ctx.file.dims.set(nr, { name: text(f[2]), line: ctx.line, ...(parent ? { parent } : {}) });
  };
}

function objekt(ctx: RecordContext, f: readonly Field[]): void {
  const d = text(f[1]);
  const o = text(f[2]);
  if (d === '' || o === '') return void badField(ctx, 'OBJEKT', 'objektnr', o);
  ctx.file.objects.set(objectKey(d, o), { name: text(f[3]), line: ctx.line });
}

function balance(label: 'IB' | 'UB' | 'OIB' | 'OUB'): Handler {
  const hasObjects = label === 'OIB' || label === 'OUB';
  return (ctx, f) => {
    const year = yearOf(ctx, label, f[1]);
    const account = year === null ? null : accountOf(ctx, label, f[2]);
    if (year === null || account === null) return;
    const objects = hasObjects ? objectList(ctx, label, f[3]) : [];
    if (objects === null) return;
    const ore = amountOf(ctx, label, f[hasObjects ? 4 : 3]);
    if (ore !== null) ctx.file.balances.push({ label, year, account, objects, ore, line: ctx.line });
  };
}

function res(ctx: RecordContext, f: readonly Field[]): void {
  const year = yearOf(ctx, 'RES', f[1]);
  const account = year === null ? null : accountOf(ctx, 'RES', f[2]);
  if (year === null || account === null) return;
  const ore = amountOf(ctx, 'RES', f[3]);
  if (ore !== null) ctx.file.results.push({ year, account, ore, line: ctx.line });
}

function periodRow(label: 'PSALDO' | 'PBUDGET'): Handler {
  return (ctx, f) => {
    const year = yearOf(ctx, label, f[1]);
    if (year === null) return;
    const period = parsePeriod(text(f[2]));
    if (period === null) return void badField(ctx, label, 'period', text(f[2]));
    const account = accountOf(ctx, label, f[3]);
    if (account === null) return;
    // Some programs leave out the (empty) object list: the amount then stands where the list should.
    const listed = f[4]?.kind === 'list';
    const objects = listed ? objectList(ctx, label, f[4]) : [];
    if (objects === null) return;
    const ore = amountOf(ctx, label, f[listed ? 5 : 4]);
    if (ore === null) return;
    (label === 'PSALDO' ? ctx.file.psaldo : ctx.file.pbudget).push({ year, period, account, objects, ore, line: ctx.line });
  };
}

const ignore: Handler = () => undefined;

/** Handlers for the labels outside vouchers; #VER, #TRANS, #RTRANS, #BTRANS and #KSUMMA are handled by the reader. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  FLAGGA: meta('FLAGGA'), FORMAT: meta('FORMAT'), SIETYP: meta('SIETYP'), PROGRAM: meta('PROGRAM'), GEN: meta('GEN'),
  FNAMN: meta('FNAMN'), ORGNR: meta('ORGNR'), KPTYP: meta('KPTYP'),
  RAR: rar, KONTO: konto, KTYP: ignore, SRU: ignore, DIM: dim(null), UNDERDIM: dim(3), OBJEKT: objekt,
  IB: balance('IB'), UB: balance('UB'), OIB: balance('OIB'), OUB: balance('OUB'),
  RES: res, PSALDO: periodRow('PSALDO'), PBUDGET: periodRow('PBUDGET'),
};

export function isKnownLabel(label: string): boolean {
  return Object.prototype.hasOwnProperty.call(HANDLERS, label) || ['VER', 'TRANS', 'RTRANS', 'BTRANS', 'KSUMMA'].includes(label);
}
