import fc from 'fast-check';
import { roleOfHeader } from '../../src/core/ledger/headers';
import { detectHeader, findTable } from '../../src/core/ledger/find-table';
import { sheet, workbook } from '../helpers/snapshot-builder';
import type { CellValue } from '../../src/core/snapshot';

describe('roleOfHeader', () => {
  it.each([
    ['Konto', 'account'],
    ['Kto', 'account'],
    ['Kontonr.', 'account'],
    ['KOSTNADSSLAG', 'account'],
    ['Account', 'account'],
    ['Benämning', 'accountText'],
    ['Månad', 'period'],
    ['ÅÅÅÅMM', 'period'],
    ['Bokföringsperiod', 'period'],
    ['År', 'year'],
    ['Utfall', 'actual'],
    ['Saldo', 'actual'],
    ['Redovisat', 'actual'],
    ['Utfall jan–aug', 'actual'],
    ['Utfall ack.', 'actual'],
    ['Utfall fg år ack', 'actualPrior'],
    ['Utfall föreg. år', 'actualPrior'],
    ['Budget', 'budget'],
    ['Periodbudget', 'budget'],
    ['Budget ack', 'budget'],
    ['Årsbudget', 'budgetYear'],
    ['Budget helår', 'budgetYear'],
    ['Budget 2025', 'budgetYear'],
    ['Prognos', 'forecast'],
    ['Prognos helår', 'forecast'],
    ['Beloppstyp', 'amountType'],
    ['Version', 'amountType'],
  ])('%s is %s', (header, role) => {
    expect(roleOfHeader(header)?.role).toBe(role);
  });

  it.each([
    ['Ansvar', 'Ansvar'],
    ['Motpart', 'Motpart'],
    ['Kostnadsställe', 'Kostnadsställe'],
    ['KST', 'Kostnadsställe'],
    ['Förvaltning', 'Förvaltning'],
    ['Nämnd', 'Nämnd'],
    ['Verksamhet', 'Verksamhet'],
    ['Aktivitet', 'Aktivitet'],
    ['Projekt', 'Projekt'],
    ['Objekt', 'Objekt'],
  ])('%s is the dimension %s', (header, name) => {
    expect(roleOfHeader(header)).toEqual({ role: 'dimension', dimension: name });
  });

  it('ignores unknown headers and non-text', () => {
    expect(roleOfHeader('Kommentar')).toBeNull();
    expect(roleOfHeader(2025)).toBeNull();
    expect(roleOfHeader('constructor')).toBeNull();
  });
});

describe('detectHeader and findTable', () => {
  const rows: CellValue[][] = [['Huvudbok 2025'], [], ['Utskriven', '2025-09-05'], ['Konto', 'Period', 'Utfall'], [3110, 202501, -5]];

  it('finds the header below title rows', () => {
    const t = detectHeader(sheet('H', rows));
    expect(t?.headerRow).toBe(3);
    expect(t?.cells.map((c) => c.role)).toEqual(['account', 'period', 'actual']);
  });

  it('respects the origin of a snapshot that does not start at A1', () => {
    const t = detectHeader(sheet('H', rows.slice(3), { originRow: 10, originCol: 2 }));
    expect(t?.headerRow).toBe(10);
    expect(t?.cells[0].col).toBe(2);
  });

  it('does not look below row 50', () => {
    const deep: CellValue[][] = [...Array.from({ length: 50 }, () => [] as CellValue[]), ['Konto', 'Period', 'Utfall']];
    expect(detectHeader(sheet('H', deep))).toBeNull();
  });

  it('skips Rapportstruktur and report sheets and picks the best-scoring sheet', () => {
    const wb = workbook(
      sheet('Rapport 2025-08', [['Konto', 'Period', 'Utfall', 'Budget', 'Ansvar']]),
      sheet('Rapportstruktur', [['Konto', 'Period', 'Utfall', 'Budget', 'Ansvar']]),
      sheet('Anteckningar', [['Period', 'Utfall']]),
      sheet('Huvudbok', [['Konto', 'Period', 'Utfall']]),
    );
    const r = findTable(wb);
    expect(r.kind === 'found' && r.table.sheet.name).toBe('Huvudbok');
    expect(findTable(wb, 'anteckningar').kind).toBe('found');
    expect(findTable(wb, 'Saknas').kind).toBe('no-sheet');
  });

  it('lets the user override or ignore a header', () => {
    const t = detectHeader(sheet('H', [['Kod', 'Period', 'Utfall', 'Saldo']]), { Kod: 'account', Saldo: 'ignore' });
    expect(t?.cells.map((c) => `${c.header}:${c.role}`)).toEqual(['Kod:account', 'Period:period', 'Utfall:actual']);
  });

  it('never throws on random sheets', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('Konto', 'Period', 'Utfall', 'Budget', 'Typ', 'Ansvar'), fc.double(), fc.constant(null));
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (values) => void detectHeader(sheet('S', values))));
  });
});
