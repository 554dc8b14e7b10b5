import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { drillDown, underlagGrid } from '../../src/core/analysis';
import { buildLedger } from '../helpers/ledger-builder';

/**
 * Personalkostnader through February 2025, costs negative: 5010 rows 2 and 3 (−100 000, −50 000),
 * 5410 row 4 (−30 000); the cell is −180 000.
 */
describe('Infoga underlag: the rows behind a cell as a table', () => {
  const ledger = buildLedger([
    { account: '5010', text: 'Löner', period: 202501, kind: 'actual', amount: 100_000 },
    { account: '5010', text: 'Löner', period: 202502, kind: 'actual', amount: 50_000 },
    { account: '5410', text: 'Sociala avgifter', period: 202501, kind: 'actual', amount: 30_000 },
  ]);
  const report = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr' });
  const u = drillDown(ledger, report, { lineId: 'personnel', column: 'actualPeriod' });
  if (!u) throw new Error('no underlag');
  const grid = underlagGrid(u, { title: 'Personalkostnader, Utfall jan–feb 2025', unit: 'tkr', lang: 'sv' });

  it('lists each account with a SUM of its rows, and a total that SUMs the accounts', () => {
    const body = grid.rows.slice(3).map((r) => [r[0].value ?? null, r[1].value ?? null, r[2].value ?? null, r[3].formula ?? r[3].value]);
    expect(body).toEqual([
      ['5010 Löner', null, null, '=SUM(D5:D6)'],
      [null, 'Huvudbok', 2, -100_000],
      [null, 'Huvudbok', 3, -50_000],
      ['5410 Sociala avgifter', null, null, '=SUM(D8)'],
      [null, 'Huvudbok', 4, -30_000],
      ['Summa', null, null, '=SUM(D4,D7)'],
    ]);
    // The total's cached value is the cell's: −150 000 − 30 000.
    expect(grid.rows[grid.rows.length - 1][3].value).toBe(-180_000);
    expect(grid.rows[2].map((c) => c.value)).toEqual(['Konto', 'Blad', 'Rad', 'Belopp']);
    expect(grid).toMatchObject({ name: 'KR_Underlag_personnel_actualPeriod', sheetName: 'Underlag' });
  });
});
