/**
 * The message catalog loads whatever module is imported first. A message module imported before
 * the catalog used to start an import cycle (catalog → messages → place from catalog) in which
 * the catalog was built from undefined and every code answered "Unknown problem".
 */
// Order matters: a message module first, then the catalog.
import { ledgerMessages } from '../../src/core/i18n/ledger-messages';
import { catalog, messageFor } from '../../src/core/i18n/catalog';
import { place } from '../../src/core/i18n/place';

describe('message catalog', () => {
  it('gives the real text of no-ledger when a message module was imported first', () => {
    expect(ledgerMessages['no-ledger']).toBeDefined();
    expect(messageFor('no-ledger', 'sv', { sheets: 'Blad1' })).toBe(
      'Ingen huvudbok hittades (sökte i: Blad1). Huvudboken behöver en rubrikrad inom de 50 första raderna med minst Konto och ett belopp (Utfall, Budget eller Prognos). Lägg till rubrikerna eller välj blad med --sheet.',
    );
    expect(messageFor('no-ledger', 'en', { sheets: 'Blad1' })).toMatch(/^No ledger was found \(searched: Blad1\)\./);
  });

  it('holds every area: input, ledger, report and goal codes', () => {
    for (const code of ['no-ledger', 'bad-amount', 'report.no-actuals', 'goal.threshold-range', 'taskpane.roles-not-applied']) expect(catalog).toHaveProperty([code]);
  });

  it('place names the sheet and the cell or range, in both languages', () => {
    expect(place({ sheet: 'Huvudbok', address: 'B7' }, 'sv')).toBe("bladet 'Huvudbok', cell B7");
    expect(place({ sheet: 'Huvudbok', address: 'A1:F13' }, 'en')).toBe("sheet 'Huvudbok', range A1:F13");
    expect(place({ address: 'C2' }, 'sv')).toBe('cell C2');
  });
});
