/**
 * The import cycle the catalog once had (catalog → a message module → place from catalog) must not
 * come back through the message modules added later: imported first, each must still leave a
 * catalog that knows its codes.
 */
// Order matters: the message modules first, then the catalog.
import { personnelMessages } from '../../src/core/i18n/personnel-messages';
import { investmentMessages } from '../../src/core/i18n/investment-messages';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { messageFor } from '../../src/core/i18n/catalog';

describe('message modules loaded before the catalog', () => {
  it('still give their real texts (sick leave, investments)', () => {
    expect(personnelMessages['sick-empty']).toBeDefined();
    expect(investmentMessages['investments.no-ledger']).toBeDefined();
    expect(messageFor('sick-no-table', 'sv', {})).toMatch(/^Ingen tabell med sjukfrånvaro hittades\./);
    expect(messageFor('investments.no-ledger', 'en', { sheets: 'Blad1', wanted: '' })).not.toMatch(/Unknown problem/);
  });

  it('take place from its own module, never from the catalog', () => {
    const dir = path.join(__dirname, '..', '..', 'src', 'core', 'i18n');
    const cyclic = readdirSync(dir).filter((f) => f.endsWith('-messages.ts') && /from '\.\/catalog'/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(cyclic).toEqual([]);
  });
});
