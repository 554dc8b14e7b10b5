import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { engine } from '../../src/taskpane/engine';
import { fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';
import { ledgerBook } from '../helpers/snapshot-builder';

const ASOF = '2025-09-15';
jest.setTimeout(120_000);

describe('the detail table layout in the Rapport tab', () => {
  it('offers the layout once a breakdown is chosen, and asks the engine for the table', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const fake = fakeEngine();
    renderPane(<App port={fakePort()} engine={fake} asOf={ASOF} />);
    await user.click(await screen.findByRole('combobox', { name: 'Uppdelning' }));
    expect(screen.queryByRole('combobox', { name: 'Uppställning' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Ansvar' }));
    await user.click(await screen.findByRole('combobox', { name: 'Uppställning' }));
    await user.click(screen.getByRole('option', { name: /En tabell/ }));
    expect(fake.calls.report.at(-1)).toMatchObject({ by: 'Ansvar', layout: 'table' });
  });

  it('offers the breakdown by account whatever dimensions the ledger has', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const fake = fakeEngine();
    renderPane(<App port={fakePort()} engine={fake} asOf={ASOF} />);
    await user.click(await screen.findByRole('combobox', { name: 'Uppdelning' }));
    await user.click(screen.getByRole('option', { name: 'Konto' }));
    expect(fake.calls.report.at(-1)).toMatchObject({ by: 'Konto' });
  });
});

describe('the pane engine', () => {
  it('writes the per-account table: each line with its accounts beneath, summing them', () => {
    const snapshot = ledgerBook(
      ['Konto', 'Kontotext', 'Period', 'Utfall', 'Budget'],
      [
        [3110, 'Avgifter', 202501, -100, -120],
        [5110, 'Löner', 202501, 400, 380],
        [5410, 'Sociala avgifter', 202501, 120, 110],
      ],
    );
    const run = engine.report(snapshot, { through: 202501, forecast: 'remaining-budget', unit: 'kr', signs: 'costs-negative', by: 'Konto', layout: 'table' }, 'sv');
    const grid = run.grid!;
    expect(grid.sheetName).toBe('Rapport 2025-01 Konto tabell');
    const labels = grid.rows.map((r) => r[0].value);
    const personnel = labels.indexOf('Personalkostnader (inkl. PO)');
    expect(labels.slice(personnel, personnel + 3)).toEqual(['Personalkostnader (inkl. PO)', '5110 Löner', '5410 Sociala avgifter']);
    // Costs negative: 400 + 120 = 520 kr of personnel costs to date, −520.
    expect(grid.rows[personnel][3]).toMatchObject({ value: -520, formula: `=SUM(D${personnel + 2}:D${personnel + 3})` });
  });
});
