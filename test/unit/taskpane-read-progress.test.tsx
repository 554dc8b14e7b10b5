import * as React from 'react';
import { screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { SnapshotRequest } from '../../src/core/port';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { fakeEngine, fakePort, renderPane } from './taskpane-support/fakes';

describe('reading a large workbook', () => {
  it('shows how far the read has come while the adapter reports progress', async () => {
    const port = fakePort();
    let finish: (s: WorkbookSnapshot) => void = () => undefined;
    port.snapshot = (request: SnapshotRequest = {}) =>
      new Promise<WorkbookSnapshot>((resolve) => {
        finish = resolve;
        request.onProgress?.(0.4);
      });
    renderPane(<App port={port} engine={fakeEngine()} asOf="2025-09-15" />);
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '0.4');
    expect(screen.getByText('40 %')).toBeInTheDocument();
    finish({ sheets: [] });
    expect(await screen.findByRole('tab', { name: 'Rapport' })).toBeInTheDocument();
  });
});
