import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpTab } from '../../src/taskpane/steps/FollowUpTab';
import { emptySnapshot, fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';
import { ExcelWriteError } from '../../src/io/excel/errors';

describe('Hela uppföljningen tab', () => {
  it('lists each section as inserted or skipped with the reason, then writes every table in order: new ones inserted, existing ones refreshed', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort({ reports: [{ name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08', address: 'A1:L30' }] });
    const refreshed: string[] = [];
    renderPane(<FollowUpTab port={port} engine={fakeEngine()} snapshot={emptySnapshot} asOf="2025-09-15" reports={[...port.reports]} refreshReports={async () => void refreshed.push('listed')} />);
    const list = screen.getByRole('list', { name: 'Avsnitt' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Driftredovisning: Rapport 2025-08Infogas',
      'Investeringar: Ingen investeringsredovisning (Projekt med Utfall och Budget) hittades.Överhoppas',
      'Mål och indikatorer: Mål 2023Infogas',
    ]);
    await user.click(screen.getByRole('button', { name: 'Infoga hela uppföljningen' }));
    expect(await screen.findByText('Hela uppföljningen finns nu i arbetsboken (3 tabeller). Dina kommentarer finns kvar.')).toBeInTheDocument();
    expect(port.writes.map((w) => [w.grid.name, w.mode])).toEqual([
      ['KR_Innehall', 'insert'],
      ['KR_Rapport_2025_08', 'refresh'],
      ['KR_Mal_2023', 'insert'],
    ]);
    expect(refreshed).toEqual(['listed']);
  });

  it('says how many tables went in when a later one fails, and that a second click refreshes them', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    const write = port.writeGrid;
    let n = 0;
    port.writeGrid = async (grid, mode) => {
      n += 1;
      if (n === 2) throw new ExcelWriteError('insert-failed', { sheet: 'Rapport 2025-08' }, new Error('GeneralException'));
      return write(grid, mode);
    };
    renderPane(<FollowUpTab port={port} engine={fakeEngine()} snapshot={emptySnapshot} asOf="2025-09-15" reports={[]} refreshReports={async () => undefined} />, 'en');
    await user.click(screen.getByRole('button', { name: 'Insert the whole follow-up' }));
    expect(
      await screen.findByText(
        "1 of 3 tables were written before the table for sheet 'Rapport 2025-08' failed: The report could not be inserted on sheet 'Rapport 2025-08'. Nothing in the workbook was changed. Save the workbook, close other windows editing it and try again. What was written stays; press the button again to refresh those and insert the rest.",
      ),
    ).toBeInTheDocument();
  });
});
