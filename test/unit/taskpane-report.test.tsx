import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { Frame } from '../../src/taskpane/components/Frame';
import { SETTINGS_KEY } from '../../src/taskpane/hooks/useReportOptions';
import { duplicateIssue, fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';
import { ExcelWriteError } from '../../src/io/excel/errors';

const ASOF = '2025-09-15';
// jsdom renders Fluent slowly on a loaded machine; this is a ceiling, not a budget.
jest.setTimeout(60_000);

describe('task pane, Rapport tab', () => {
  it('shows what was found and the preview in tkr with Swedish number display', async () => {
    renderPane(<App port={fakePort()} engine={fakeEngine()} asOf={ASOF} />);
    expect(await screen.findByText('Bladet Huvudbok, område A3:F40')).toBeInTheDocument();
    expect(screen.getByText('2024, 2025')).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Rapportens rader, belopp i tkr' });
    const row = within(preview).getByRole('row', { name: /Personalkostnader/ });
    // −109 182 000 kr shown as tkr: "−109 182" (space-grouped, minus sign in front; the
    // queries normalise the no-break space to a plain one).
    expect(within(row).getByText('\u2212109 182')).toBeInTheDocument();
    expect(row.querySelector('td')?.textContent).toBe('\u2212109\u00a0182');
    expect(within(preview).getByRole('row', { name: /Verksamhetens nettokostnad/ })).toHaveTextContent('\u221217 315');
  });

  it('defaults to the last month with an outcome and the remaining-budget forecast', async () => {
    const engine = fakeEngine();
    renderPane(<App port={fakePort()} engine={engine} asOf={ASOF} />);
    expect(await screen.findByRole('combobox', { name: 'Till och med månad' })).toHaveTextContent('augusti 2025');
    expect(engine.calls.report.at(-1)).toMatchObject({ through: 202508, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative' });
  });

  it('inserts the report, names the new sheet and remembers the options for the workbook', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('combobox', { name: 'Enhet' }));
    await user.click(screen.getByRole('option', { name: 'mnkr' }));
    await user.click(screen.getByRole('button', { name: 'Infoga rapport' }));
    expect(await screen.findByText('Rapporten finns nu på bladet Rapport 2025-08.')).toBeInTheDocument();
    expect(port.writes.map((w) => [w.grid.name, w.mode])).toEqual([['KR_Rapport_2025_08', 'insert']]);
    expect(port.settings[SETTINGS_KEY]).toMatchObject({ unit: 'mnkr', through: 202508 });
    // The workbook now has the report: the pane offers to update it.
    expect(await screen.findByRole('button', { name: 'Uppdatera rapport' })).toBeEnabled();
  });

  it('updates an existing report of the same name in place', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort({ reports: [{ name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08', address: 'A1:L20' }] });
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('button', { name: 'Uppdatera rapport' }));
    expect(await screen.findByText(/Rapporten på bladet Rapport 2025-08 är uppdaterad/)).toBeInTheDocument();
    expect(port.writes.map((w) => w.mode)).toEqual(['refresh']);
  });

  it('says which of the user’s own commentary paragraphs a refresh kept, and that the figures under one changed', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort({ reports: [{ name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08', address: 'A1:L20' }] });
    const write = port.writeGrid;
    port.writeGrid = async (grid, mode) => ({ ...(await write(grid, mode)), keptParagraphs: [{ key: 'commentary:net', numbersChanged: true }, { key: 'commentary:personnel', numbersChanged: false }] });
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('button', { name: 'Uppdatera rapport' }));
    expect(
      await screen.findByText('2 kommentarstycken som du har skrivit om har behållits i stället för de nya utkasten. Siffrorna under ett av dem har ändrats sedan utkastet: läs igenom texten.'),
    ).toBeInTheDocument();
  });

  it('shows each comment a refresh could not write back, with its line and text, so the user can copy it', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort({ reports: [{ name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08', address: 'A1:L20' }] });
    const write = port.writeGrid;
    port.writeGrid = async (grid, mode) => ({ ...(await write(grid, mode)), droppedComments: [{ label: 'Intäkter', text: 'Engångsbidrag från staten' }] });
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('button', { name: 'Uppdatera rapport' }));
    expect(
      await screen.findByText("Kommentaren till 'Intäkter' hör till en rad som inte längre finns i rapporten: 'Engångsbidrag från staten'. Den har inte skrivits tillbaka; kopiera den om du vill behålla den."),
    ).toBeInTheDocument();
  });

  it('starts from the options saved in the workbook', async () => {
    const engine = fakeEngine();
    const port = fakePort({ settings: { [SETTINGS_KEY]: { through: 202506, forecast: 'budget-ratio', unit: 'kr', signs: 'income-negative' } } });
    renderPane(<App port={port} engine={engine} asOf={ASOF} />);
    expect(await screen.findByRole('combobox', { name: 'Prognosmetod' })).toHaveTextContent('Budgetkvot');
    expect(engine.calls.report.at(-1)).toMatchObject({ through: 202506, forecast: 'budget-ratio', unit: 'kr', signs: 'income-negative' });
  });

  it('warns that the run-rate method overstates surpluses when it is chosen', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderPane(<App port={fakePort()} engine={fakeEngine()} asOf={ASOF} />);
    expect(screen.queryByText(/överskattar ofta överskottet/)).not.toBeInTheDocument();
    await user.click(await screen.findByRole('combobox', { name: 'Prognosmetod' }));
    await user.click(screen.getByRole('option', { name: 'Linjär uppräkning' }));
    expect(screen.getByText(/Linjär uppräkning överskattar ofta överskottet/)).toBeInTheDocument();
    expect(screen.getByText('Utfallet hittills räknat upp till tolv månader.')).toBeInTheDocument();
  });

  it('passes a corrected column role to the engine', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const engine = fakeEngine();
    renderPane(<App port={fakePort()} engine={engine} asOf={ASOF} />);
    await user.click(await screen.findByRole('combobox', { name: 'Roll för kolumnen Anteckning' }));
    await user.click(screen.getByRole('option', { name: 'Kontotext' }));
    expect(engine.calls.report.at(-1)?.roles).toEqual({ Anteckning: 'accountText' });
    expect(screen.getByRole('combobox', { name: 'Roll för kolumnen Anteckning' })).toHaveTextContent('Kontotext');
  });

  it('lists errors by severity, selects their cell, and blocks the insert', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    renderPane(<App port={port} engine={fakeEngine({ issues: [duplicateIssue()] })} asOf={ASOF} />);
    const errors = await screen.findByRole('region', { name: /Fel/ });
    await user.click(within(errors).getByRole('button', { name: 'Gå till cell Huvudbok!B7' }));
    expect(port.selected).toEqual(['Huvudbok!B7']);
    expect(screen.getByRole('button', { name: 'Infoga rapport' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Ingen förhandsgranskning: rätta felen under Data först.')).toBeInTheDocument();
  });

  it('shows the adapter’s own words when Excel refuses the write', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    port.failWrite = new ExcelWriteError('insert-failed', { sheet: 'Rapport 2025-08' }, new Error('GeneralException'));
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('button', { name: 'Infoga rapport' }));
    expect(
      await screen.findByText("Rapporten kunde inte infogas på bladet 'Rapport 2025-08'. Inget i arbetsboken har ändrats. Spara arbetsboken, stäng andra fönster som redigerar den och försök igen."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/GeneralException/)).not.toBeInTheDocument();
  });

  it('says what to do when the workbook cannot be read', async () => {
    const port = fakePort();
    port.snapshot = async () => {
      throw new Error('RichApi.Error');
    };
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    expect(await screen.findByText(/Arbetsboken gick inte att läsa\. .*Läs in arbetsboken igen och försök en gång till/)).toBeInTheDocument();
  });

  it('tells the user what to add when there is no ledger', async () => {
    renderPane(<App port={fakePort()} engine={fakeEngine({ noLedger: true })} asOf={ASOF} />);
    expect(await screen.findByText(/Ingen huvudbok hittades/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Infoga rapport' })).not.toBeInTheDocument();
  });

  it('switches to English with the visible language switch, keeping the choices', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderPane(
      <Frame>
        <App port={fakePort()} engine={fakeEngine()} asOf={ASOF} />
      </Frame>,
    );
    await screen.findByRole('button', { name: 'Infoga rapport' });
    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('button', { name: 'Insert report' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Goals' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Through month' })).toHaveTextContent('August 2025');
    expect(document.documentElement.lang).toBe('en');
  });
});
