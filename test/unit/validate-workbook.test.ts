import { validateWorkbook } from '../../src/core/validate/validate-workbook';
import { ledgerBook } from '../helpers/snapshot-builder';
import type { CellValue } from '../../src/core/snapshot';
import type { Issue } from '../../src/core/issue';
import { said } from '../helpers/issue-text';

const H = ['Konto', 'Period', 'Ansvar', 'Utfall', 'Budget'];
const find = (issues: readonly Issue[], code: string): Issue | undefined => issues.find((i) => i.code === code);

describe('validateWorkbook', () => {
  it('a clean ledger has no warnings or errors', () => {
    const r = validateWorkbook(ledgerBook(H, [[3110, 202501, 1, -10, -10], [5110, 202501, 1, 50, 50], [5110, 202401, 1, 40, null]]));
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('the report year is the latest with actuals, not a later budget year', () => {
    const r = validateWorkbook(ledgerBook(H, [[3110, 202501, 1, -10, -10], [5110, 202501, 1, 50, 50], [5110, 202601, 1, null, 60]]));
    expect(r.reportYear).toBe(2025);
    expect(find(r.issues, 'period-out-of-range')).toMatchObject({ address: 'B4', count: 1 });
  });

  it('duplicate-rows points at the repeated row', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, -10], [5110, 202501, 1, 50, 50], [5110, 202501, 1, 50, 50]];
    const d = find(validateWorkbook(ledgerBook(H, rows)).issues, 'duplicate-rows');
    expect(d).toMatchObject({ severity: 'warning', address: 'B4', count: 1 });
  });

  it('a row that repeats only some amounts of an earlier row is no duplicate', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, -10], [5110, 202501, 1, 50, 50], [5110, 202501, 1, 50, 70], [5110, 202501, 2, 50, 50]];
    expect(find(validateWorkbook(ledgerBook(H, rows)).issues, 'duplicate-rows')).toBeUndefined();
  });

  it('missing-months names the months in Swedish and English', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, -10], [5110, 202504, 1, 50, 50]];
    const m = find(validateWorkbook(ledgerBook(H, rows)).issues, 'missing-months') as Issue;
    expect(m.count).toBe(2);
    expect(said(m).sv).toContain('saknar februari och mars');
    expect(said(m).en).toContain('lack February and March');
  });

  it('period-out-of-range counts rows outside the report year and the year before', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, -10], [5110, 202301, 1, 50, null], [5110, 202201, 1, 50, null], [5110, 202401, 1, 50, null]];
    const o = find(validateWorkbook(ledgerBook(H, rows)).issues, 'period-out-of-range');
    expect(o).toMatchObject({ count: 2, address: 'B3', params: expect.objectContaining({ years: '2022, 2023' }) });
  });

  it('no-budget for the report year, also when an explicit report year is given', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, null], [3110, 202401, 1, -10, -10]];
    expect(find(validateWorkbook(ledgerBook(H, rows)).issues, 'no-budget')).toBeDefined();
    expect(find(validateWorkbook(ledgerBook(H, rows), { reportYear: 2024 }).issues, 'no-budget')).toBeUndefined();
  });

  it('inconsistent-signs when the forecast has the opposite sign to the actuals', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, -10, 120], [5110, 202501, 1, 50, 50, -600]];
    const r = validateWorkbook(ledgerBook([...H, 'Prognos'], rows));
    const s = find(r.issues, 'inconsistent-signs') as Issue;
    expect(s.severity).toBe('error');
    expect(said(s).sv).toContain('prognosen har motsatt tecken mot utfallet (klass 5 summerar till -600 mot utfallets 50)');
    // The column is a param ('forecast'), named in each language by the catalog.
    expect(s.params.kind).toBe('forecast');
    expect(said(s).en).toContain('the forecast has the opposite sign to the actuals (class 5 sums to -600 against 50 in the actuals)');
  });

  it('sign-assumed is a warning when the sign cannot be told', () => {
    const r = validateWorkbook(ledgerBook(H, [[4110, 202501, 1, 10, 10]]));
    expect(find(r.issues, 'sign-assumed')).toMatchObject({ severity: 'warning' });
    expect(r.ledger?.rawSign).toBe('unknown');
  });

  it('uncovered-accounts sums the actuals of the accounts no line takes, only when a structure is given', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, -10], [7990, 202501, 1, 25, 0], [7990, 202502, 1, 1000, 0], [8990, 202501, 1, 5, 0]];
    const isCovered = (a: string) => a.startsWith('3');
    const u = find(validateWorkbook(ledgerBook(H, rows), { isCovered }).issues, 'uncovered-accounts') as Issue;
    expect(u.count).toBe(2);
    expect(u.address).toBe('A3');
    expect(u.params.accounts).toBe('7990, 8990');
    // 25 + 1000 + 5 = 1030
    expect(said(u).sv).toContain('1\u00a0030 kr');
    expect(find(validateWorkbook(ledgerBook(H, rows)).issues, 'uncovered-accounts')).toBeUndefined();
  });

  it('subtotal-rows, excel-error, bad-period and ambiguous-column each name the sheet and cell', () => {
    const rows: CellValue[][] = [[3110, 202501, 1, -10, -10], ['Summa', null, null, -10, -10], [5110, 'vår', 1, 4, 4], [5110, 202501, { error: '#NAME?' }, 4, 4]];
    const r = validateWorkbook(ledgerBook([...H, 'Kontonummer'], rows, { name: 'Huvudbok' }));
    expect(find(r.issues, 'subtotal-rows')).toMatchObject({ sheet: 'Huvudbok', address: 'A3', severity: 'warning' });
    expect(find(r.issues, 'bad-period')).toMatchObject({ sheet: 'Huvudbok', address: 'B4', severity: 'error' });
    expect(find(r.issues, 'excel-error')).toMatchObject({ address: 'C5', params: expect.objectContaining({ error: '#NAME?' }) });
    expect(find(r.issues, 'ambiguous-column')).toMatchObject({ address: 'F1', severity: 'error' });
    for (const i of r.issues) expect(said(i).sv.length).toBeGreaterThan(20);
  });
});
