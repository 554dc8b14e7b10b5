import fc from 'fast-check';
import { readLedger } from '../../src/core/ledger/read';
import { ledgerSummary } from '../../src/core/ledger/summary';
import type { Ledger } from '../../src/core/ledger/types';
import type { CellValue } from '../../src/core/snapshot';
import { ledgerBook, sheet, workbook } from '../helpers/snapshot-builder';
import { said } from '../helpers/issue-text';

const codes = (issues: { code: string }[]): string[] => [...new Set(issues.map((i) => i.code))].sort();
const entries = (l: Ledger): string[] =>
  Array.from({ length: l.size }, (_, i) => `${l.accounts[l.account[i]]}@${l.period[i]}:${l.kind[i]}=${l.amount[i]}`);

describe('readLedger, long form', () => {
  it('gives one entry per amount column and row, and keeps dimensions', () => {
    const { ledger } = readLedger(ledgerBook(['Konto', 'Period', 'Ansvar', 'Utfall', 'Budget', 'Prognos'], [[5110, 202503, 'A1', 10, 12, 14]]));
    const l = ledger as Ledger;
    expect(entries(l)).toEqual(['5110@202503:0=10', '5110@202503:1=12', '5110@202503:2=14']);
    expect(Array.from(l.dimensions.Ansvar.index).map((i) => l.dimensions.Ansvar.values[i])).toEqual(['A1', 'A1', 'A1']);
  });

  it('puts Årsbudget at month 0 of the row year', () => {
    const { ledger } = readLedger(ledgerBook(['Konto', 'Period', 'Utfall', 'Årsbudget'], [[5110, '2025-03', 10, 120]]));
    expect(entries(ledger as Ledger)).toEqual(['5110@202503:0=10', '5110@202500:1=120']);
  });

  it('reports a text amount that is not a number with its cell, and keeps the rest of the row', () => {
    const { ledger, issues } = readLedger(ledgerBook(['Konto', 'Period', 'Utfall', 'Budget'], [[5110, 202501, 'abc', 5], [5110, 202502, 'x', 5]], { name: 'Huvudbok' }));
    const bad = issues.find((i) => i.code === 'bad-amount');
    expect(bad?.address).toBe('C2');
    expect(bad?.count).toBe(2);
    expect(said(bad).sv).toBe(
      "Bladet 'Huvudbok', cell C2: beloppet 'abc' är inte ett tal. Skriv beloppet som ett tal, t.ex. 1 234,50, eller töm cellen. Samma problem finns i 2 celler: C2, C3.",
    );
    expect(entries(ledger as Ledger)).toEqual(['5110@202501:1=5', '5110@202502:1=5']);
  });

  it('reports an account with letters as bad-account and leaves the row out', () => {
    const { ledger, issues } = readLedger(ledgerBook(['Konto', 'Period', 'Utfall'], [['ABC', 202501, 5], [5110, 202501, 7]]));
    expect(codes(issues)).toContain('bad-account');
    expect((ledger as Ledger).size).toBe(1);
  });

  it('combines a month-only period with an År column, and errs without one', () => {
    const ok = readLedger(ledgerBook(['År', 'Månad', 'Konto', 'Utfall'], [[2025, 'feb', 5110, 1]]));
    expect(entries(ok.ledger as Ledger)).toEqual(['5110@202502:0=1']);
    const bad = readLedger(ledgerBook(['Månad', 'Konto', 'Utfall'], [['feb', 5110, 1]]));
    expect(codes(bad.issues)).toContain('month-without-year');
    const given = readLedger(ledgerBook(['Månad', 'Konto', 'Utfall'], [['feb', 5110, 1]]), { year: 2024 });
    expect(entries(given.ledger as Ledger)).toEqual(['5110@202402:0=1']);
  });

  it('counts hidden rows that were read', () => {
    const { issues } = readLedger(ledgerBook(['Konto', 'Period', 'Utfall'], [[5110, 202501, 1], [5110, 202502, 1]], { hiddenRows: [2] }));
    expect(issues.find((i) => i.code === 'hidden-rows')?.count).toBe(1);
  });

  it('summarises what validate --json prints', () => {
    const { ledger } = readLedger(ledgerBook(['Konto', 'Period', 'Motpart', 'Utfall', 'Budget'], [[3110, 202501, 8, -5, -4], [5110, 202501, 1, 9, 9]], { title: 'Huvudbok' }));
    expect(ledgerSummary(ledger as Ledger)).toEqual({
      sheet: 'Huvudbok',
      range: 'A3:E5',
      form: 'long',
      columns: { account: 'Konto', period: 'Period', 'dimension:Motpart': 'Motpart', actual: 'Utfall', budget: 'Budget' },
      rows: 2,
      entries: 4,
      years: [2025],
      signConvention: 'income-negative',
    });
  });
});

describe('readLedger, type column', () => {
  it('reads Typ + Belopp and complains about an unknown type', () => {
    const { ledger, issues } = readLedger(
      ledgerBook(['Konto', 'Period', 'Typ', 'Belopp'], [[5110, 202501, 'Utfall', 1], [5110, 202501, 'budget', 2], [5110, 202501, 'Prognos', 3], [5110, 2025, 'Budget helår', 4], [5110, 202501, 'Plan', 5]]),
    );
    expect(entries(ledger as Ledger)).toEqual(['5110@202501:0=1', '5110@202501:1=2', '5110@202501:2=3', '5110@202500:1=4']);
    expect(issues.find((i) => i.code === 'bad-type')?.address).toBe('C6');
  });
});

describe('readLedger, type column without a period column', () => {
  it('takes the period from the title, and errs without one', () => {
    const withTitle = readLedger(ledgerBook(['Konto', 'Belopp', 'Typ'], [[5110, 7, 'Utfall']], { title: 'Period: 2025-08' }));
    expect(entries(withTitle.ledger as Ledger)).toEqual(['5110@202508:0=7']);
    const none = readLedger(ledgerBook(['Konto', 'Belopp', 'Typ'], [[202501, 0]]));
    expect(none.ledger).toBeNull();
    expect(none.issues.map((i) => i.code)).toEqual(['no-report-period']);
  });
});

describe('readLedger, aggregated listing', () => {
  const header = ['Konto', 'Budget helår', 'Utfall ack', 'Utfall fg år ack', 'Prognos helår'];
  const row: CellValue[] = [5110, 120, 70, 60, 118];

  it.each([['Period: 2025-08'], ['Saldolista 202508'], ['Utfall jan–aug 2025']])('takes the period from the title %s', (title) => {
    const { ledger } = readLedger(ledgerBook(header, [row], { title }));
    expect(entries(ledger as Ledger).sort()).toEqual(['5110@202408:0=60', '5110@202500:1=120', '5110@202500:2=118', '5110@202508:0=70']);
  });

  it('takes the period from the options, and errs when there is none', () => {
    const given = readLedger(ledgerBook(header, [row]), { year: 2024, throughMonth: 6 });
    expect(entries(given.ledger as Ledger)).toContain('5110@202406:0=70');
    expect(entries(given.ledger as Ledger)).toContain('5110@202306:0=60');
    const none = readLedger(ledgerBook(header, [row]));
    expect(none.ledger).toBeNull();
    expect(codes(none.issues)).toEqual(['no-report-period']);
  });

  it('points no-report-period at the first header cell, not column A', () => {
    // The listing starts in column C (two empty columns before it): the header's first cell is C1.
    const shifted = readLedger(workbook(sheet('Saldo', [[null, null, ...header], [null, null, ...row]])));
    expect(shifted.issues.find((i) => i.code === 'no-report-period')?.address).toBe('C1');
    // The message names a flag the CLI accepts and the task pane's own field.
    expect(said(shifted.issues[0]).sv).toContain('(i kommandoraden: --period 2025-08; i fönstret: Till och med månad)');
    expect(said(shifted.issues[0]).en).toContain('(on the command line: --period 2025-08; in the task pane: Through month)');
    const offset = readLedger(ledgerBook(header, [row], { originRow: 4, originCol: 3 }));
    expect(offset.issues.find((i) => i.code === 'no-report-period')?.address).toBe('D5');
  });

  it('assumes the whole year when the title has a year only, and says so', () => {
    const { ledger, issues } = readLedger(ledgerBook(header, [row], { title: 'Bokslut 2024' }));
    expect(entries(ledger as Ledger)).toContain('5110@202412:0=70');
    expect(codes(issues)).toContain('period-assumed');
  });
});

describe('readLedger, finding nothing', () => {
  it('no-ledger names the sheets it searched', () => {
    const { ledger, issues } = readLedger(workbook(sheet('Blad1', [['Hej'], [1]]), sheet('Blad2', [])));
    expect(ledger).toBeNull();
    expect(issues[0].code).toBe('no-ledger');
    expect(said(issues[0]).sv).toContain('Blad1, Blad2');
  });

  it('sheet-not-found lists the sheets', () => {
    const { issues } = readLedger(ledgerBook(['Konto', 'Utfall'], []), { sheet: 'Budget' });
    expect(issues[0].code).toBe('sheet-not-found');
    expect(said(issues[0]).sv).toContain('Huvudbok');
  });

  it('missing-column when no amount column is there', () => {
    const { ledger, issues } = readLedger(ledgerBook(['Konto', 'Period', 'Ansvar'], [[5110, 202501, 1]]));
    expect(ledger).toBeNull();
    expect(issues.map((i) => [i.code, i.params.role])).toEqual([['missing-column', 'amount']]);
  });
});

describe('readLedger on random snapshots', () => {
  it('never throws, and every entry points at a real account and row', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Konto', 'Period', 'Utfall', 'Budget', 'Typ', 'Belopp', 'Ansvar', 'Årsbudget', 'År', 'Summa', '2025-08', 'aug 2025', '1 234,50', 'Utfall', '5110 Löner'),
      fc.integer({ min: -1e6, max: 3e5 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.constantFrom('#REF!', '#N/A') }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 15 }), fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }), (values, year) => {
        const { ledger, issues } = readLedger(workbook(sheet('S', values)), year === undefined ? {} : { year });
        expect(Array.isArray(issues)).toBe(true);
        if (!ledger) return;
        for (let i = 0; i < ledger.size; i++) {
          expect(ledger.account[i]).toBeLessThan(ledger.accounts.length);
          expect(ledger.sourceRow[i]).toBeGreaterThan(ledger.headerRow);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('readLedger, the sheet as a whole', () => {
  it('empty-ledger when there are headers but no rows', () => {
    const { ledger, issues } = readLedger(ledgerBook(['Konto', 'Period', 'Utfall'], []));
    expect(ledger?.size).toBe(0);
    expect(issues.map((i) => [i.code, i.severity, i.address])).toEqual([['empty-ledger', 'error', 'A1:C1']]);
  });

  it('empty-ledger names the first row under the header as the one without data', () => {
    // Header on sheet row 1 → data expected from row 2; with a title and a blank row, header on row 3 → row 4.
    const onFirst = readLedger(ledgerBook(['Konto', 'Period', 'Utfall'], [])).issues[0];
    expect(onFirst.params.row).toBe(2);
    expect(said(onFirst).sv).toContain('inga data från rad 2)');
    const titled = readLedger(ledgerBook(['Konto', 'Period', 'Utfall'], [], { title: 'Huvudbok 2025' })).issues[0];
    expect(titled.address).toBe('A3:C3');
    expect(said(titled).en).toContain('no data from row 4)');
  });

  it('warns on an amount like 1.234 with both readings, and counts it as 1 234', () => {
    const { ledger, issues } = readLedger(ledgerBook(['Konto', 'Period', 'Utfall'], [[5110, 202501, '1.234'], [5110, 202502, '2.500'], [5110, 202503, '12,5']]));
    expect(entries(ledger as Ledger)).toEqual(['5110@202501:0=1234', '5110@202502:0=2500', '5110@202503:0=12.5']);
    const warn = issues.filter((i) => i.code === 'ambiguous-amount');
    expect(warn.map((i) => [i.severity, i.address, i.count])).toEqual([['warning', 'C2', 2]]);
    expect(said(warn[0]).sv).toBe(
      "Bladet 'Huvudbok', cell C2: 1.234 kan betyda 1\u00a0234 eller 1,234; 1\u00a0234 används nu (ett belopp i kronor har högst två decimaler). Skriv beloppet utan punkt, t.ex. 1\u00a0234, eller med decimalkomma, t.ex. 1,234. Samma problem finns i 2 celler: C2, C3.",
    );
  });

  it('says nothing about 1.234 on a row it did not read (a subtotal row)', () => {
    const { issues } = readLedger(ledgerBook(['Konto', 'Period', 'Utfall'], [[5110, 202501, 5], ['Summa', null, '1.234']]));
    expect(codes(issues)).not.toContain('ambiguous-amount');
  });

  it('hidden-sheet when the ledger sheet is hidden', () => {
    const s = { ...sheet('Huvudbok', [['Konto', 'Period', 'Utfall'], [5110, 202501, 1]]), visibility: 'veryHidden' as const };
    const hidden = readLedger(workbook(sheet('Start', []), s)).issues.find((i) => i.code === 'hidden-sheet');
    expect(hidden).toMatchObject({ severity: 'warning', sheet: 'Huvudbok' });
    expect(said(hidden).sv).toContain('mycket dolt');
  });

  it('external-links for amounts that are formulas into another workbook', () => {
    const s = {
      ...sheet('Huvudbok', [['Konto', 'Period', 'Utfall'], [5110, 202501, 1], [5110, 202502, 2], [5110, 202503, 3]]),
      formulas: [['', '', ''], ['', '', "='[Budget.xlsx]Blad1'!A1"], ['', '', '=1+1'], ['', '', '=[1]Blad1!A2']],
    };
    const ext = readLedger(workbook(s)).issues.find((i) => i.code === 'external-links');
    expect(ext).toMatchObject({ address: 'C2', count: 2, severity: 'warning' });
    expect(said(ext).en).toContain('another workbook');
  });
});
