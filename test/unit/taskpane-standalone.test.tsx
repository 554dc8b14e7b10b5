import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Standalone } from '../../src/taskpane/Standalone';
import { GoalsTab } from '../../src/taskpane/steps/GoalsTab';
import { AssignmentsTab } from '../../src/taskpane/steps/AssignmentsTab';
import type { FilePort } from '../../src/taskpane/hooks/useFileWorkbook';
import { emptySnapshot, fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';
import { XlsxReadError } from '../../src/io/xlsx/errors';

jest.setTimeout(60_000);

describe('standalone mode', () => {
  it('opens a chosen file, inserts, and downloads the changed workbook under a new name', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = Object.assign(fakePort(), { fileName: 'ks-2025.xlsx', bytes: jest.fn(async () => new Uint8Array([1, 2, 3])) }) as FilePort & ReturnType<typeof fakePort>;
    const openFile = jest.fn(async () => port);
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => (created.push(b), 'blob:kr'));
    URL.revokeObjectURL = jest.fn();
    const clicks: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderPane(<Standalone engine={fakeEngine()} asOf="2025-09-15" openFile={openFile} />);

    expect(screen.getByText(/utanför Excel/)).toBeInTheDocument();
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'ks-2025.xlsx');
    await user.upload(screen.getByTestId('file-input'), file);
    // The file is read asynchronously (FileReader): wait for the pane to show it open.
    expect(await screen.findByText('Arbetsbok: ks-2025.xlsx')).toBeInTheDocument();
    expect(openFile).toHaveBeenCalledWith(new Uint8Array([80, 75, 3, 4]), 'ks-2025.xlsx');
    expect(screen.queryByRole('button', { name: 'Ladda ner arbetsbok' })).not.toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Infoga rapport' }));
    await user.click(await screen.findByRole('button', { name: 'Ladda ner arbetsbok' }));
    expect(port.bytes).toHaveBeenCalled();
    expect(clicks).toEqual(['ks-2025-rapport.xlsx']);
    expect(created[0].size).toBe(3);
  });

  it('says what to do when the file is not a workbook', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const openFile = jest.fn(async () => {
      throw new XlsxReadError('not-xlsx', { file: 'x.xlsx' });
    });
    renderPane(<Standalone engine={fakeEngine()} asOf="2025-09-15" openFile={openFile} />);
    await user.upload(screen.getByTestId('file-input'), new File(['hej'], 'x.xlsx'));
    expect(await screen.findByText('Filen "x.xlsx" är ingen Excel-arbetsbok (.xlsx). Öppna den i Excel och spara den som "Excel-arbetsbok (*.xlsx)" och försök igen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öppna arbetsbok' })).toBeInTheDocument();
  });
});

describe('Mål tab', () => {
  it('shows each goal’s status as text and inserts the goal table', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    renderPane(<GoalsTab port={port} engine={fakeEngine()} snapshot={emptySnapshot} asOf="2025-09-15" />);
    const list = screen.getByRole('list', { name: 'Målens status' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Trygg kommunHelt uppfyllt', 'Hållbar ekonomiEj uppfyllt']);
    await user.click(screen.getByRole('button', { name: 'Infoga måltabell' }));
    expect(await screen.findByText('Måltabellen finns nu på bladet Mål 2023.')).toBeInTheDocument();
    expect(port.writes.map((w) => w.grid.name)).toEqual(['KR_Mal_2023']);
  });
});

describe('Uppdrag tab', () => {
  it('shows the counts by status and inserts the assignment summary', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    renderPane(<AssignmentsTab port={port} engine={fakeEngine()} snapshot={emptySnapshot} asOf="2025-09-15" />, 'en');
    const list = screen.getByRole('list', { name: 'Assignment status' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Finished4');
    await user.click(screen.getByRole('button', { name: 'Insert assignment summary' }));
    expect(await screen.findByText('The summary is now on the sheet Uppdrag.')).toBeInTheDocument();
  });
});
