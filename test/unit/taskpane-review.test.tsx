import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { Frame } from '../../src/taskpane/components/Frame';
import { Unsupported } from '../../src/taskpane/components/Unsupported';
import { SETTINGS_KEY } from '../../src/taskpane/hooks/useReportOptions';
import type { WriteResult } from '../../src/core/port';
import { duplicateIssue, fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';
import { ExcelReadError, ExcelWriteError } from '../../src/io/excel/errors';

const ASOF = '2025-09-15';
jest.setTimeout(60_000);

describe('task pane after review: writes', () => {
  it('shows a write whose settings could not be saved as done, with a separate warning', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    port.saveSettings = async () => {
      throw new ExcelWriteError('settings-not-saved', {}, new Error('GeneralException'));
    };
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('button', { name: 'Infoga rapport' }));
    expect(await screen.findByText('Rapporten finns nu på bladet Rapport 2025-08.')).toBeInTheDocument();
    expect(await screen.findByText('Inställningarna kunde inte sparas i arbetsboken. Kontrollera att du får redigera den och försök igen.')).toBeInTheDocument();
    expect(port.writes).toHaveLength(1);
    expect(screen.queryByText(/Tabellen kunde inte skrivas/)).not.toBeInTheDocument();
  });

  it('keeps the tables already written when a later one fails, and says how many went in', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const engine = fakeEngine();
    const two = [
      { name: 'KR_Uppdrag', sheetName: 'Uppdragssammanställning', rows: [[{ value: 'Uppdrag' }]], columnWidths: [20] },
      { name: 'KR_Avvikelser', sheetName: 'Avvikelser', rows: [[{ value: 'Avvikelse' }]], columnWidths: [20] },
    ];
    engine.assignments = () => ({ found: true, counts: [{ label: { sv: 'Slutförda', en: 'Finished' }, count: 4, tone: 'green' }], grids: two, issues: [] });
    const port = fakePort();
    const write = port.writeGrid;
    port.writeGrid = async (grid, mode) => {
      if (grid.name === 'KR_Avvikelser') throw new ExcelWriteError('insert-failed', { sheet: 'Avvikelser' }, new Error('GeneralException'));
      return await write(grid, mode);
    };
    renderPane(<App port={port} engine={engine} asOf={ASOF} />);
    await user.click(await screen.findByRole('tab', { name: 'Uppdrag' }));
    await user.click(await screen.findByRole('button', { name: 'Infoga uppdragssammanställning' }));
    const alert = await screen.findByText(/1 av 2 tabeller infogades: Uppdragssammanställning\./);
    expect(alert).toHaveTextContent("Tabellen för bladet 'Avvikelser' kunde inte skrivas");
    expect(alert).toHaveTextContent('finns kvar');
    expect(port.writes.map((w) => w.grid.name)).toEqual(['KR_Uppdrag']);
  });

  it('names every sheet written when several tables go in', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const engine = fakeEngine();
    engine.assignments = () => ({
      found: true,
      counts: [],
      grids: [
        { name: 'KR_Uppdrag', sheetName: 'Uppdragssammanställning', rows: [[{ value: 'Uppdrag' }]], columnWidths: [20] },
        { name: 'KR_Avvikelser', sheetName: 'Avvikelser', rows: [[{ value: 'Avvikelse' }]], columnWidths: [20] },
      ],
      issues: [],
    });
    renderPane(<App port={fakePort()} engine={engine} asOf={ASOF} />);
    await user.click(await screen.findByRole('tab', { name: 'Uppdrag' }));
    await user.click(await screen.findByRole('button', { name: 'Infoga uppdragssammanställning' }));
    expect(await screen.findByText('Sammanställningen finns nu på bladen Uppdragssammanställning och Avvikelser.')).toBeInTheDocument();
  });

  it('keeps focus on the pressed button while the table is written', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    let finish: (r: WriteResult) => void = () => undefined;
    port.writeGrid = (grid) =>
      new Promise<WriteResult>((resolve) => {
        finish = resolve;
        void grid;
      });
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    const button = await screen.findByRole('button', { name: 'Infoga rapport' });
    await user.click(button);
    expect(await screen.findByRole('progressbar', { name: 'Skriver rapporten …' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    finish({ name: 'KR_Rapport_2025_08', sheet: 'Rapport 2025-08', address: 'A1:C9' });
    expect(await screen.findByText('Rapporten finns nu på bladet Rapport 2025-08.')).toBeInTheDocument();
  });

  it('says "Skriver tabellen" on the Mål tab', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    port.writeGrid = () => new Promise<WriteResult>(() => undefined);
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('tab', { name: 'Mål' }));
    await user.click(await screen.findByRole('button', { name: 'Infoga måltabell' }));
    expect(await screen.findByRole('progressbar', { name: 'Skriver tabellen …' })).toBeInTheDocument();
  });
});

describe('task pane after review: reading the workbook', () => {
  it('keeps unsaved choices when the workbook is read again, and inspects once per read', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const engine = fakeEngine();
    const port = fakePort({ settings: { [SETTINGS_KEY]: { unit: 'kr' } } });
    renderPane(<App port={port} engine={engine} asOf={ASOF} />);
    await user.click(await screen.findByRole('combobox', { name: 'Enhet' }));
    expect(engine.calls.inspectRoles).toHaveLength(1);
    await user.click(screen.getByRole('option', { name: 'mnkr' }));
    await user.click(screen.getByRole('combobox', { name: 'Roll för kolumnen Anteckning' }));
    await user.click(screen.getByRole('option', { name: 'Kontotext' }));
    const reads = engine.calls.inspectRoles.length;
    await user.click(screen.getByRole('button', { name: 'Läs in arbetsboken igen' }));
    await waitFor(() => expect(engine.calls.inspectRoles.length).toBe(reads + 1));
    expect(screen.getByRole('combobox', { name: 'Enhet' })).toHaveTextContent('mnkr');
    expect(screen.getByRole('combobox', { name: 'Roll för kolumnen Anteckning' })).toHaveTextContent('Kontotext');
    expect(engine.calls.report.at(-1)).toMatchObject({ unit: 'mnkr', roles: { Anteckning: 'accountText' } });
  }, 120_000);

  it('offers to read the workbook again from the error, and recovers', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    let fail = true;
    port.snapshot = async () => {
      if (fail) throw new Error('RichApi.Error');
      return { sheets: [] };
    };
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await screen.findByText(/Arbetsboken gick inte att läsa/);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Läs in arbetsboken igen' }));
    expect(await screen.findByRole('button', { name: 'Infoga rapport' })).toBeInTheDocument();
    expect(screen.queryByText(/Arbetsboken gick inte att läsa/)).not.toBeInTheDocument();
  });

  it('warns in the adapter’s words when "Gå till cell" fails', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    port.selectCell = async () => {
      throw new ExcelReadError('sheet-not-found', { sheet: 'Huvudbok', address: 'B7' }, new Error('ItemNotFound'));
    };
    renderPane(<App port={port} engine={fakeEngine({ issues: [duplicateIssue()] })} asOf={ASOF} />);
    const errors = await screen.findByRole('region', { name: /Fel/ });
    await user.click(within(errors).getByRole('button', { name: 'Gå till cell Huvudbok!B7' }));
    expect(await screen.findByText("Bladet 'Huvudbok' finns inte i arbetsboken. Det kan ha bytt namn eller tagits bort; läs in arbetsboken igen.")).toBeInTheDocument();
  });
});

describe('task pane after review: structure and words', () => {
  it('nests headings without skipping a level', async () => {
    renderPane(
      <Frame>
        <App port={fakePort()} engine={fakeEngine({ issues: [duplicateIssue()] })} asOf={ASOF} />
      </Frame>,
    );
    await screen.findByRole('region', { name: /Fel/ });
    const panel = document.getElementById('panel-report') as HTMLElement;
    const levels = [document.querySelector('h1'), ...panel.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h?.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - levels[i]).toBeLessThanOrEqual(1));
    expect(screen.getByRole('heading', { name: '1. Data', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kontroller', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Fel/, level: 4 })).toBeInTheDocument();
  });

  it('marks only the other language’s name as that language', () => {
    renderPane(
      <Frame>
        <p>innehåll</p>
      </Frame>,
    );
    const button = screen.getByRole('button', { name: 'English – Språk' });
    expect(button).not.toHaveAttribute('lang');
    expect(within(button).getByText('English')).toHaveAttribute('lang', 'en');
  });

  it('uses the reviewed Swedish words', async () => {
    renderPane(<App port={fakePort()} engine={fakeEngine()} asOf={ASOF} />);
    expect(await screen.findByRole('heading', { name: 'Det här hittades i arbetsboken' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Förhandsgranskning' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Teckenkonvention' })).toBeInTheDocument();
  });

  it('says in English which column a role belongs to', async () => {
    renderPane(<App port={fakePort()} engine={fakeEngine()} asOf={ASOF} />, 'en');
    expect(await screen.findByRole('combobox', { name: 'Role of column Anteckning' })).toBeInTheDocument();
  });

  it('explains that an older Excel is not enough, in both languages', () => {
    renderPane(<Unsupported />);
    expect(screen.getByText(/Kommunrapport kräver en nyare version av Excel \(ExcelApi 1\.7 eller senare\)\. Uppdatera Office eller använd Excel på webben\./)).toBeInTheDocument();
  });
});
