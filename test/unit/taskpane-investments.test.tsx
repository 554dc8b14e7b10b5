import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { investmentsRun } from '../../src/taskpane/engine-investments';
import { fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';
import { alingsasWorkbook } from '../fixtures/investments/alingsas';

const ASOF = '2023-09-15';
jest.setTimeout(60_000);

describe('the Investeringar tab', () => {
  it('lists the top lines with their signed forecast variance in tkr, and inserts the investment table', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('tab', { name: 'Investeringar' }));
    const list = await screen.findByRole('list', { name: 'Avvikelse prognos/budget' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Expansionsinvestering+4\u00a0174 tkr', 'Markinköp\u22128\u00a0111 tkr', 'Totala utgifter+6\u00a0929 tkr']);
    await user.click(screen.getByRole('button', { name: 'Infoga investeringsrapport' }));
    expect(await screen.findByText('Investeringstabellen finns nu på bladet Investeringar 2023-08.')).toBeInTheDocument();
    expect(port.writes.map((w) => [w.grid.name, w.mode])).toEqual([['KR_Investeringar_2023_08', 'insert']]);
  });

  it('updates the table it wrote before, keeping the comments (refresh mode)', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort({ reports: [{ name: 'KR_Investeringar_2023_08', sheet: 'Investeringar 2023-08', address: 'A1:H22' }] });
    renderPane(<App port={port} engine={fakeEngine()} asOf={ASOF} />);
    await user.click(await screen.findByRole('tab', { name: 'Investeringar' }));
    await user.click(await screen.findByRole('button', { name: 'Uppdatera investeringsrapport' }));
    expect(await screen.findByText('Investeringstabellen finns nu på bladet Investeringar 2023-08.')).toBeInTheDocument();
    expect(port.writes.map((w) => w.mode)).toEqual(['refresh']);
  });

  it('says calmly what to add when the workbook has no investment ledger, and offers no button', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const engine = fakeEngine();
    engine.investments = () => ({ found: false, unit: 'tkr', lines: [], grids: [], issues: [] });
    renderPane(<App port={fakePort()} engine={engine} asOf={ASOF} />, 'en');
    await user.click(await screen.findByRole('tab', { name: 'Investments' }));
    expect(await screen.findByText(/No investment ledger was found/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert investment report' })).not.toBeInTheDocument();
  });
});

describe('the pane engine on the Alingsås investment ledger', () => {
  it('summarises the four categories and the total (published tkr) and has the grid ready', () => {
    const run = investmentsRun(alingsasWorkbook(), 'sv');
    expect(run.found).toBe(true);
    expect(run.lines.map((l) => [l.label, Math.round(l.variance / 1000) + 0])).toEqual([
      ['Expansionsinvestering', 4174],
      ['Imageinvestering', 0],
      ['Reinvestering', 2255],
      ['Anpassningsinvestering', 500],
      ['Totala utgifter', 6929],
    ]);
    expect(run.grids.map((g) => g.name)).toEqual(['KR_Investeringar_2023_08']);
    expect(run.issues).toEqual([]);
  });
});
