import * as fs from 'node:fs';
import * as path from 'node:path';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';
import { validateWorkbook } from '../../src/core/validate/validate-workbook';
import { ledgerSummary } from '../../src/core/ledger/summary';
import type { Ledger } from '../../src/core/ledger/types';
import { hasErrors } from '../../src/core/issue';

/** Golden ledgers: each .xlsx beside a hand-written .expected.json (sums computed by hand there). */
const dir = path.join(__dirname, '..', 'fixtures', 'ledger');

type Expected = {
  file?: string;
  options?: { sheet?: string };
  sheet?: string;
  ledger: null | {
    sheet: string;
    range: string;
    form: string;
    columns: Record<string, string>;
    rows: number;
    years: number[];
    signConvention: string;
    totals: Record<'actual' | 'budget' | 'forecast', Record<string, number>>;
    periods?: number[];
  };
  issues: string[];
  firstAddress?: Record<string, string>;
  addresses?: Record<string, string[]>;
  counts?: Record<string, number>;
  exitsWithErrors: boolean;
};

const KINDS = ['actual', 'budget', 'forecast'] as const;

function totals(ledger: Ledger): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (let i = 0; i < ledger.size; i++) {
    const k = KINDS[ledger.kind[i]];
    const y = String(Math.floor(ledger.period[i] / 100));
    out[k] ??= {};
    out[k][y] = (out[k][y] ?? 0) + ledger.amount[i];
  }
  return out;
}

const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort();

describe('ledger golden fixtures', () => {
  it('has at least 12 workbooks, each with an expected file', () => {
    const books = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    expect(books.length).toBeGreaterThanOrEqual(12);
    for (const b of books) expect(fs.existsSync(path.join(dir, b.replace(/\.xlsx$/, '.expected.json')))).toBe(true);
  });

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Expected;
    const file = expected.file ?? name.replace(/\.expected\.json$/, '.xlsx');
    const snapshot = await readWorkbookFile(path.join(dir, file));
    const { ledger, issues } = validateWorkbook(snapshot, expected.options ?? {});
    expect([...new Set(issues.map((i) => i.code))].sort()).toEqual(expected.issues);
    expect(hasErrors(issues)).toBe(expected.exitsWithErrors);
    expect(file.startsWith('error.')).toBe(expected.exitsWithErrors);
    for (const [code, address] of Object.entries(expected.firstAddress ?? {})) {
      expect(issues.find((i) => i.code === code)?.address).toBe(address);
    }
    for (const [code, addresses] of Object.entries(expected.addresses ?? {})) {
      expect(issues.filter((i) => i.code === code).map((i) => i.address).sort()).toEqual(addresses);
    }
    for (const [code, count] of Object.entries(expected.counts ?? {})) {
      expect(issues.find((i) => i.code === code)?.count).toBe(count);
    }
    if (expected.sheet) expect(issues.every((i) => i.sheet === undefined || i.sheet === expected.sheet)).toBe(true);
    if (expected.ledger === null) {
      expect(ledger).toBeNull();
      return;
    }
    expect(ledger).not.toBeNull();
    const l = ledger as Ledger;
    const summary = ledgerSummary(l);
    const { totals: want, periods, ...rest } = expected.ledger;
    expect({ sheet: summary.sheet, range: summary.range, form: summary.form, columns: summary.columns, rows: summary.rows, years: summary.years, signConvention: summary.signConvention }).toEqual(rest);
    const got = totals(l);
    for (const k of KINDS) {
      const w = want[k] ?? {};
      expect(Object.keys(got[k] ?? {}).sort()).toEqual(Object.keys(w).sort());
      for (const [y, v] of Object.entries(w)) expect(got[k][y]).toBeCloseTo(v, 6);
    }
    if (periods) expect([...new Set(l.period)].sort((a, b) => a - b)).toEqual(periods);
  });

  it('the same ledger as numbers and as Swedish text gives identical entries', async () => {
    const a = validateWorkbook(await readWorkbookFile(path.join(dir, 'clean-long.xlsx'))).ledger as Ledger;
    const b = validateWorkbook(await readWorkbookFile(path.join(dir, 'text-numbers.xlsx'))).ledger as Ledger;
    expect(b.size).toBe(a.size);
    expect(b.accounts).toEqual(a.accounts);
    expect(b.accountTexts).toEqual(a.accountTexts);
    expect(Array.from(b.account)).toEqual(Array.from(a.account));
    expect(Array.from(b.period)).toEqual(Array.from(a.period));
    expect(Array.from(b.kind)).toEqual(Array.from(a.kind));
    expect(Array.from(b.amount)).toEqual(Array.from(a.amount));
    expect(Array.from(b.sourceRow)).toEqual(Array.from(a.sourceRow));
    for (const d of ['Ansvar', 'Motpart']) {
      const da = a.dimensions[d];
      const db = b.dimensions[d];
      expect(Array.from(db.index).map((i) => db.values[i])).toEqual(Array.from(da.index).map((i) => da.values[i]));
    }
  });
});
