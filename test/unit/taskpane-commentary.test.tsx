import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { Engine } from '../../src/taskpane/engine-types';
import { fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';

jest.setTimeout(60_000);

const PARAGRAPHS = [
  { topic: 'net', text: 'Verksamhetens nettokostnad uppgår under perioden till 66\u00a0120\u00a0tkr.' },
  { topic: 'personnel', text: 'Personalkostnaderna förväntas generera ett överskott gentemot budget om 4\u00a0260\u00a0tkr.' },
];

function engineWithCommentary(): Engine {
  const e = fakeEngine();
  return { ...e, report: (s, o, l) => ({ ...e.report(s, o, l), commentary: PARAGRAPHS }) };
}

function setClipboard(writeText: ((t: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

describe('task pane: the drafted commentary in the preview', () => {
  const execCommand = jest.fn<boolean, [string]>();
  beforeEach(() => {
    execCommand.mockReset();
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  });

  it('shows the paragraphs under their heading and copies them all with Kopiera kommentar', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const writeText = jest.fn(async (_t: string) => undefined);
    setClipboard(writeText);
    renderPane(<App port={fakePort()} engine={engineWithCommentary()} asOf="2025-09-15" />);
    const section = await screen.findByRole('region', { name: 'Kommentar (utkast)' });
    expect(within(section).getByText(/Personalkostnaderna förväntas generera ett överskott gentemot budget om 4 260 tkr\./)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Kopiera kommentar' }));
    expect(writeText).toHaveBeenCalledWith(`${PARAGRAPHS[0].text}\n\n${PARAGRAPHS[1].text}`);
    expect(await within(section).findByRole('status')).toHaveTextContent('Kommentaren är kopierad.');
  });

  it('falls back to a selection copy when the Clipboard API is refused', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    setClipboard(async () => Promise.reject(new Error('NotAllowedError')));
    execCommand.mockReturnValue(true);
    renderPane(<App port={fakePort()} engine={engineWithCommentary()} asOf="2025-09-15" />);
    const section = await screen.findByRole('region', { name: 'Kommentar (utkast)' });
    await user.click(within(section).getByRole('button', { name: 'Kopiera kommentar' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Kommentaren är kopierad.');
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('says how to copy by hand when no way of copying works', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    setClipboard(undefined);
    execCommand.mockReturnValue(false);
    renderPane(<App port={fakePort()} engine={engineWithCommentary()} asOf="2025-09-15" />, 'en');
    const section = await screen.findByRole('region', { name: 'Commentary (draft)' });
    await user.click(within(section).getByRole('button', { name: 'Copy commentary' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('The commentary could not be copied. Select the text above and copy it with Ctrl+C.');
  });

  it('shows no commentary section when the engine drafted none', async () => {
    renderPane(<App port={fakePort()} engine={fakeEngine()} asOf="2025-09-15" />);
    await screen.findByRole('region', { name: 'Rapportens rader, belopp i tkr' });
    expect(screen.queryByRole('region', { name: 'Kommentar (utkast)' })).toBeNull();
  });
});
