import type { ObjectRef, ProblemParams, SieCode, SieFile, SieProblem } from './model';
import { sieProblem } from './model';

/**
 * Checks across records (the record-level ones are made while parsing): a #TRANS on an account
 * the file never declares with #KONTO, an object of a dimension no #DIM or #UNDERDIM declares,
 * text already damaged in the export (U+FFFD), and which character set was read.
 */
function add<C extends SieCode>(out: SieProblem[], code: C, line: number, params: ProblemParams<C>, severity: SieProblem['severity'] = 'warning'): void {
  out.push(sieProblem(code, line, params, severity));
}

function undeclaredAccounts(file: SieFile, out: SieProblem[]): void {
  if (file.accounts.size === 0) return; // a 4I import file may carry no chart at all
  const seen = new Map<string, { line: number; count: number }>();
  for (const v of file.vouchers) {
    for (const r of v.rows) {
      if (file.accounts.has(r.account)) continue;
      const s = seen.get(r.account);
      if (s) s.count++;
      else seen.set(r.account, { line: r.line, count: 1 });
    }
  }
  for (const [account, s] of seen) add(out, 'sie.unknown-account', s.line, { account, count: s.count });
}

/** Objects the file names without an #OBJEKT record are fine (the standard allows it); only the dimension must be declared. */
function undeclaredDimensions(file: SieFile, out: SieProblem[]): void {
  const seen = new Set<string>();
  const check = (objects: readonly ObjectRef[], line: number): void => {
    for (const o of objects) {
      if (file.dims.has(o.dim) || seen.has(o.dim)) continue;
      seen.add(o.dim);
      add(out, 'sie.undeclared-dimension', line, { dim: o.dim, obj: o.obj });
    }
  };
  for (const [key, o] of file.objects) {
    const [dim, obj] = key.split('\u0000');
    check([{ dim, obj }], o.line);
  }
  for (const r of file.psaldo) check(r.objects, r.line);
  for (const r of file.pbudget) check(r.objects, r.line);
  for (const r of file.balances) check(r.objects, r.line);
  for (const v of file.vouchers) for (const r of v.rows) check(r.objects, r.line);
}

function damagedText(file: SieFile, out: SieProblem[]): void {
  let first = 0;
  let count = 0;
  const look = (name: string, line: number): void => {
    if (!name.includes('\uFFFD')) return;
    count++;
    if (first === 0 || line < first) first = line;
  };
  for (const a of file.accounts.values()) look(a.name, a.line);
  for (const o of file.objects.values()) look(o.name, o.line);
  for (const d of file.dims.values()) look(d.name, d.line);
  if (count > 0) add(out, 'sie.damaged-text', first, { count });
}

export function crossChecks(file: SieFile): SieProblem[] {
  const out: SieProblem[] = [];
  undeclaredAccounts(file, out);
  undeclaredDimensions(file, out);
  damagedText(file, out);
  const declared = (file.meta.format ?? '').toUpperCase();
  if (file.encoding === 'utf-8' || file.encoding === 'windows-1252') {
    add(out, 'sie.encoding', 1, { encoding: file.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252', declared: declared || '-' }, 'info');
  }
  return out;
}
