import type * as React from 'react';
import type { WorkbookPort } from '../../core/port';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Engine } from '../engine-types';

/** What the Mål and Uppdrag tabs receive from App: the same inputs, a different engine call. */
export type InsertTabHostProps = {
  readonly port: WorkbookPort;
  readonly engine: Engine;
  readonly snapshot: WorkbookSnapshot;
  readonly asOf: string;
  readonly onWritten?: () => void;
  readonly afterWrite?: React.ReactNode;
};
