import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSie } from '../../src/core/sie';
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { AMOUNT_KIND } from '../../src/core/ledger/types';
import { said } from '../helpers/issue-text';

/**
 * Every real SIE export in test/fixtures/sie (MIT, from idstam/jsisie) read into the Ledger:
 * per account and month the ledger equals the file. The expected sums are made here without
 * the reader: a plain regular expression over the file's #PSALDO / #PBUDGET / #TRANS / #RES
 * lines, amounts turned into öre by string surgery. A few figures are checked by hand too.
 */
const DIR = join(__dirname, '..', 'fixtures', 'sie');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));
const lines = (name: string): string[] => readFileSync(join(DIR, name), 'latin1').split(/\r?\n/);

function ore(text: string): number {
  const [whole, dec = ''] = text.replace('-', '').split('.');
  const v = Number(whole) * 100 + Number((dec + '00').slice(0, 2));
  return text.startsWith('-') ? -v : v;
}

const isResult = (account: string): boolean => account[0] >= '3' && account[0] <= '8';

type Sums = Map<string, number>;
function add(m: Sums, key: string, v: number): void {
  m.set(key, (m.get(key) ?? 0) + v);
}

/** The calendar year of each year index, from the #RAR lines (these samples have calendar years). */
function rarYears(name: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of lines(name)) {
    const x = /^#RAR\s+(-?\d+)\s+(\d{4})/.exec(l);
    if (x) m.set(x[1], x[2]);
  }
  return m;
}

/**
 * Independent: #PSALDO or #PBUDGET per account|YYYYMM, every row (with or without objects),
 * except rows whose month is not in their year index's #RAR year (the type-2 and type-3
 * samples repeat the 2011 budget as "#PBUDGET -1 2011…": year -1 is 2010).
 */
function periodSums(name: string, label: 'PSALDO' | 'PBUDGET'): Sums {
  const re = new RegExp(`^\\s*#${label}\\s+(-?\\d+)\\s+(\\d{6})\\s+(\\d+)\\s+\\{[^}]*\\}\\s+(-?[\\d.]+)`);
  const years = rarYears(name);
  const m: Sums = new Map();
  for (const l of lines(name)) {
    const x = re.exec(l);
    if (x && isResult(x[3]) && years.get(x[1]) === x[2].slice(0, 4)) add(m, `${x[3]}|${x[2]}`, ore(x[4]));
  }
  return m;
}

/** Independent: #TRANS per account|YYYYMM, by the row's own date or else its #VER date. */
function transSums(name: string): Sums {
  const m: Sums = new Map();
  let verDate = '';
  for (const l of lines(name)) {
    const v = /^\s*#VER\s+\S+\s+\S+\s+(\d{8})/.exec(l);
    if (v) verDate = v[1];
    const t = /^\s*#TRANS\s+(\d+)\s+\{[^}]*\}\s+(-?[\d.]+)(?:\s+(\d{8}))?/.exec(l);
    if (t && isResult(t[1])) add(m, `${t[1]}|${(t[3] ?? verDate).slice(0, 6)}`, ore(t[2]));
  }
  return m;
}

function ledgerSums(ledger: Ledger, kind: number): Sums {
  const m: Sums = new Map();
  for (let i = 0; i < ledger.size; i++) {
    if (ledger.kind[i] !== kind) continue;
    add(m, `${ledger.accounts[ledger.account[i]]}|${ledger.period[i]}`, Math.round(ledger.amount[i] * 100));
  }
  for (const [k, v] of m) if (v === 0) m.delete(k);
  return m;
}

function nonZero(m: Sums): Sums {
  return new Map([...m].filter(([, v]) => v !== 0));
}

function read(name: string): Ledger {
  const r = readSie(bytes(name));
  expect(r.snapshot).not.toBeNull();
  // The file agrees with itself: months (or vouchers) add up to each account's #RES.
  expect(r.issues.filter((i) => i.code === 'sie.psaldo-res' || i.code === 'sie.trans-res')).toEqual([]);
  const l = readLedger(r.snapshot!, { roles: r.roles });
  expect(l.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return l.ledger!;
}

describe('SIE samples: the ledger equals the file, per account and month', () => {
  it.each(['periodsaldo_ovnbolag.se', 'objektsaldo_ovnbolag.se', 'magenta_bokföring_SIE4E.se'])('%s: #PSALDO actuals and #PBUDGET budgets', (name) => {
    const ledger = read(name);
    expect(ledgerSums(ledger, AMOUNT_KIND.actual)).toEqual(nonZero(periodSums(name, 'PSALDO')));
    expect(ledgerSums(ledger, AMOUNT_KIND.budget)).toEqual(nonZero(periodSums(name, 'PBUDGET')));
  });

  it.each(['typ4.se', 'Sie4.si', 'SIE4_Exempelfil_med_underdim.SE'])('%s: #TRANS by date', (name) => {
    const ledger = read(name);
    expect(ledgerSums(ledger, AMOUNT_KIND.actual)).toEqual(nonZero(transSums(name)));
  });

  it('MAMUT (type 1): #RES in the last month of each financial year', () => {
    const ledger = read('MAMUT_SIE1_EXPORT.SE');
    const expected: Sums = new Map();
    for (const l of lines('MAMUT_SIE1_EXPORT.SE')) {
      const x = /^#RES\s+(-?\d)\s+(\d+)\s+(-?[\d.]+)/.exec(l);
      if (x && isResult(x[2])) add(expected, `${x[2]}|${x[1] === '0' ? 201012 : 200912}`, ore(x[3]));
    }
    expect(ledgerSums(ledger, AMOUNT_KIND.actual)).toEqual(nonZero(expected));
  });
});

describe('SIE samples: hand-checked figures', () => {
  const at = (ledger: Ledger, account: string, period: number, kind: number): number =>
    ledgerSums(ledger, kind).get(`${account}|${period}`) ?? 0;

  it('periodsaldo: 3041 Försäljn tjänst, January to March 2011 add up to #RES', () => {
    const l = read('periodsaldo_ovnbolag.se');
    // lines 1824–1826: -169 975.00, -102 750.00, -113 455.00; line 1823 #RES 0 3041 -386 180.00
    expect(at(l, '3041', 201101, AMOUNT_KIND.actual)).toBe(-16997500);
    expect(at(l, '3041', 201102, AMOUNT_KIND.actual)).toBe(-10275000);
    expect(at(l, '3041', 201103, AMOUNT_KIND.actual)).toBe(-11345500);
    expect(-16997500 - 10275000 - 11345500).toBe(-38618000);
    // line 2640: #PBUDGET 0 201101 3041 {} -150000.00
    expect(at(l, '3041', 201101, AMOUNT_KIND.budget)).toBe(-15000000);
    expect(l.accountTexts[l.accounts.indexOf('3041')]).toBe('Försäljn tjänst 25% sv');
  });

  it('objektsaldo (type 3): the object cells of 3041 in January add up to the type-2 total, not twice', () => {
    const l = read('objektsaldo_ovnbolag.se');
    // lines 1865–1868: {7 4} -103 850 + {1 Nord 7 4} -7 225 + {1 Syd 7 4} -8 500 + {1 Syd 6 0001 7 4} -50 400
    // = -169 975.00, the same as periodsaldo_ovnbolag.se's {} row for 3041 in 201101.
    expect(-103850 - 7225 - 8500 - 50400).toBe(-169975);
    expect(at(l, '3041', 201101, AMOUNT_KIND.actual)).toBe(-16997500);
    const dim = l.dimensions['Resultatenheter'];
    expect(dim.values).toEqual(expect.arrayContaining(['Nord', 'Syd']));
  });

  it('typ4: 3010 in January 2012 is the sum of its #TRANS rows by their dates', () => {
    const l = read('typ4.se');
    // lines 981, 982, 997, 1020, 1027: -3000.00 -35.00 -800.00 -5000.00 -427.50 = -9262.50
    expect(at(l, '3010', 201201, AMOUNT_KIND.actual)).toBe(-300000 - 3500 - 80000 - 500000 - 42750);
    expect(l.accountTexts[l.accounts.indexOf('3010')]).toBe('Försäljning material');
  });

  it('MAMUT: 3051 for 2010 and 2009 from #RES', () => {
    const l = read('MAMUT_SIE1_EXPORT.SE');
    const res = lines('MAMUT_SIE1_EXPORT.SE').filter((x) => /^#RES\s+-?\d\s+3051\s/.test(x));
    expect(res.length).toBe(2);
    expect(at(l, '3051', 201012, AMOUNT_KIND.actual)).toBe(-1047879311); // -10 478 793.11 kr
    expect(at(l, '3051', 200912, AMOUNT_KIND.actual)).toBe(-929229274); // -9 292 292.74 kr
  });

  it('BokSald.SE, an HTML page saved as .SE, is refused plainly', () => {
    const r = readSie(bytes('BokSald.SE'));
    expect(r.snapshot).toBeNull();
    expect(r.issues.map((i) => [i.code, i.severity, i.params.line])).toEqual([['sie.not-sie', 'error', 1]]);
    expect(said(r.issues[0]).sv).toContain('ingen SIE-fil');
  });

  it('the UTF-8 sample whose names were already damaged says so instead of showing them as if fine', () => {
    const r = readSie(bytes('SIE4_Exempelfil_med_underdim.SE'));
    expect(r.file.encoding).toBe('utf-8');
    expect(r.issues.some((i) => i.code === 'sie.damaged-text')).toBe(true);
  });
});
