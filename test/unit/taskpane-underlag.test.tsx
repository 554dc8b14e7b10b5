import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { engine } from '../../src/taskpane/engine';
import { cellA1 } from '../../src/core/address';
import { COLUMN_IDS } from '../../src/core/report/report-types';
import { offsetIn } from '../../src/taskpane/hooks/useUnderlag';
import { ledgerBook } from '../helpers/snapshot-builder';
import { fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';

jest.setTimeout(60_000);

/**
 * Huvudbok (header on sheet row 1): rows 2–3 wages 5010 January 100 000 and February 50 000,
 * row 4 social fees 5410 January 30 000, row 5 the 5010 annual budget 2 400 000. Through
 * February, Personalkostnader Utfall = −180 000 kr (costs negative) = −150 tkr on 5010 + −30 tkr on 5410.
 */
const book = ledgerBook(
  ['Konto', 'Kontotext', 'Period', 'Utfall', 'Budget'],
  [
    [5010, 'Löner', '2025-01', 100_000, null],
    [5010, 'Löner', '2025-02', 50_000, null],
    [5410, 'Sociala avgifter', '2025-01', 30_000, null],
    [5010, 'Löner', '2025', null, 2_400_000],
  ],
);

describe('task pane: Visa underlag for the selected report cell', () => {
  const options = { through: 202502, forecast: 'remaining-budget' as const, unit: 'tkr' as const, signs: 'costs-negative' as const };
  const grid = engine.report(book, options, 'sv').grid;

  it('lists the accounts and ledger rows behind the cell, and Gå till selects a row', async () => {
    if (!grid) throw new Error('no grid');
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const reportRef = { name: grid.name, sheet: grid.sheetName, address: `A1:${cellA1(grid.rows.length - 1, 11)}` };
    const port = fakePort({ reports: [reportRef] });
    const row = (grid.rowKeys ?? []).indexOf('personnel');
    const address = cellA1(row, 1 + COLUMN_IDS.indexOf('actualPeriod'));
    Object.assign(port, { snapshot: async () => book, selectedCell: async () => ({ sheet: grid.sheetName, address }) });
    renderPane(<App port={port} engine={engine} asOf="2025-03-01" />);
    await user.click(await screen.findByRole('button', { name: 'Visa underlag' }));
    const list = await screen.findByRole('region', { name: /^Personalkostnader \(inkl\. PO\), Utfall jan–feb 2025$/ });
    expect(list).toHaveTextContent('Personalkostnader (inkl. PO), Utfall jan–feb 2025: \u2212180 tkr');
    expect(list).toHaveTextContent('5010 Löner: \u2212150 tkr');
    expect(list).toHaveTextContent('Rad 2: \u2212100 tkr');
    expect(list).toHaveTextContent('5410 Sociala avgifter: \u221230 tkr');
    await user.click(within(list).getByRole('button', { name: 'Gå till rad 4 på bladet Huvudbok' }));
    expect(port.selected).toEqual(['Huvudbok!A4']);
    // Infoga underlag writes the list to a sheet of its own.
    await user.click(within(list).getByRole('button', { name: 'Infoga underlag' }));
    expect(await screen.findByText('Underlaget finns nu på bladet Underlag.')).toBeInTheDocument();
    expect(port.writes.map((w) => [w.grid.name, w.grid.sheetName, w.mode])).toEqual([['KR_Underlag_personnel_actualPeriod', 'Underlag', 'insert']]);
  });

  it('says so when the selected cell is no amount cell of a report', async () => {
    if (!grid) throw new Error('no grid');
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort({ reports: [{ name: grid.name, sheet: grid.sheetName, address: 'A1:L30' }] });
    Object.assign(port, { snapshot: async () => book, selectedCell: async () => ({ sheet: 'Huvudbok', address: 'B2' }) });
    renderPane(<App port={port} engine={engine} asOf="2025-03-01" />);
    await user.click(await screen.findByRole('button', { name: 'Visa underlag' }));
    expect(await screen.findByText(/Den markerade cellen är ingen beloppscell i rapporten/)).toBeInTheDocument();
  });

  it('offers no Visa underlag where the port cannot read the selection', async () => {
    renderPane(<App port={fakePort({ reports: [{ name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08', address: 'A1:L20' }] })} engine={fakeEngine()} asOf="2025-09-15" />);
    await screen.findByRole('button', { name: 'Uppdatera rapport' });
    expect(screen.queryByRole('button', { name: 'Visa underlag' })).toBeNull();
  });

  it('places a selected cell inside a report block by its sheet and range', () => {
    const reports = [{ name: 'KR_A', sheet: 'Rapport', address: 'B3:M40' }];
    expect(offsetIn(reports, 'Rapport', '$D$10')).toMatchObject({ row: 7, col: 2 });
    expect(offsetIn(reports, 'Rapport', 'A10')).toBeNull();
    expect(offsetIn(reports, 'Annat', 'D10')).toBeNull();
  });
});
