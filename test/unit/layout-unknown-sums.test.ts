import { runReport } from '../../src/core/report/run-report';
import { ledgerBook } from '../helpers/snapshot-builder';

/**
 * An aggregated listing knows last year's outcome to date but not last year's full outcome: the
 * report leaves "Utfall helår" empty, and the table must not show a SUM of blanks (0) there.
 */
const book = ledgerBook(
  ['Konto', 'Benämning', 'Budget helår', 'Utfall jan–aug', 'Utfall fg år jan–aug', 'Prognos helår'],
  [
    [3110, 'Taxor', -12000, -8500, -8000, -12500],
    [5110, 'Löner', 60000, 41000, 39000, 61000],
    [6110, 'Lokalhyror', 9000, 6000, 5800, 9000],
  ],
  { name: 'Saldolista', title: 'Utfall jan–aug 2025' },
);

it('leaves an unknown prior full year empty on sum lines, and keeps the SUM where the value is known', () => {
  const { report, grids } = runReport(book, { forecast: 'manual', signs: 'costs-negative', unit: 'kr', lang: 'sv' });
  expect(report).not.toBeNull();
  const grid = grids[0];
  const header = grid.rows.find((r) => r.some((c) => String(c.value ?? '').startsWith('Utfall helår')))!;
  const priorYearCol = header.findIndex((c) => String(c.value ?? '').startsWith('Utfall helår'));
  const actualCol = header.findIndex((c) => String(c.value ?? '').startsWith('Utfall jan–aug 2025'));
  const costsRow = grid.rows.find((r) => r[0]?.value === 'Verksamhetens kostnader')!;
  expect(costsRow[priorYearCol]).toMatchObject({ value: null });
  expect(costsRow[priorYearCol].formula).toBeUndefined();
  // By hand: costs jan–aug = −(41 000 + 6 000) = −47 000, still a live SUM.
  expect(costsRow[actualCol]).toMatchObject({ value: -47000 });
  expect(costsRow[actualCol].formula).toMatch(/^=SUM\(/);
});
