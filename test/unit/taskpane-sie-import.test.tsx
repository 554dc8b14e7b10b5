import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SieImport } from '../../src/taskpane/components/SieImport';
import { Standalone } from '../../src/taskpane/Standalone';
import type { FilePort } from '../../src/taskpane/hooks/useFileWorkbook';
import { fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';

/** Importera SIE-fil in the pane, and the standalone page opening an SIE file. */
// jsdom has no TextDecoder/TextEncoder; browsers (and Office's webviews) do.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });

const SIE = join(__dirname, '..', 'fixtures', 'sie');
const sieFile = (name: string): File => new File([new Uint8Array(readFileSync(join(SIE, name)))], name);

jest.setTimeout(60_000);

describe('Importera SIE-fil', () => {
  it('writes the ledger as a Huvudbok grid through the port, then reads the workbook again', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort({ settings: { 'kommunrapport.report': { unit: 'kr', roles: { Ansvar: 'ignore' } } } });
    const reload = jest.fn();
    renderPane(<SieImport port={port} onImported={reload} />);
    await user.upload(screen.getByTestId('sie-input'), sieFile('typ4.se'));
    expect(await screen.findByText(/lades in på bladet 'Huvudbok'/)).toBeInTheDocument();
    expect(port.writes.length).toBe(1);
    const { grid, mode } = port.writes[0];
    expect(mode).toBe('insert');
    expect(grid.rows[0].map((c) => c.value)).toEqual(['Konto', 'Kontotext', 'Period', 'Kostnadsställe', 'Utfall', 'Budget']);
    // typ4.se: 3010 in January 2012 = -3000.00 -35.00 -800.00 -5000.00 -427.50 = -9262.50
    expect(grid.rows.find((r) => r[0].value === '3010' && r[2].value === 201201)?.[4].value).toBe(-9262.5);
    expect(reload).toHaveBeenCalledTimes(1);
    // The dimension column is saved as a dimension role, beside what was saved before.
    expect(port.settings).toEqual({ 'kommunrapport.report': { unit: 'kr', roles: { Ansvar: 'ignore', Kostnadsställe: 'dimension' } } });
  });

  it('refuses an HTML page saved as .SE plainly and writes nothing', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = fakePort();
    renderPane(<SieImport port={port} onImported={jest.fn()} />);
    await user.upload(screen.getByTestId('sie-input'), sieFile('BokSald.SE'));
    expect(await screen.findByText(/Filen är ingen SIE-fil/)).toBeInTheDocument();
    expect(port.writes).toEqual([]);
  });
});

describe('standalone page with an SIE file', () => {
  it('opens it as a new workbook named after the file', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const port = Object.assign(fakePort(), { fileName: 'typ4-huvudbok.xlsx', bytes: jest.fn(async () => new Uint8Array([1])) }) as FilePort;
    const openFile = jest.fn(async () => port);
    renderPane(<Standalone engine={fakeEngine()} asOf="2025-09-15" openFile={openFile} />);
    await user.upload(screen.getByTestId('file-input'), sieFile('typ4.se'));
    expect(await screen.findByText('Arbetsbok: typ4-huvudbok.xlsx')).toBeInTheDocument();
    const [data, name] = openFile.mock.calls[0] as unknown as [Uint8Array, string];
    expect(name).toBe('typ4-huvudbok.xlsx');
    expect([data[0], data[1]]).toEqual([0x50, 0x4b]); // a zip package ("PK"), made by our writer
    expect((port as unknown as { settings: unknown }).settings).toEqual({ 'kommunrapport.report': { roles: { Kostnadsställe: 'dimension' } } });
  });
});
