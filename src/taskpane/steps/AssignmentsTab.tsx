import * as React from 'react';
import type { WorkbookPort } from '../../core/port';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Engine } from '../engine-types';
import { InsertTab } from '../components/InsertTab';
import { useLang } from '../lang';

export type AssignmentsTabProps = {
  readonly port: WorkbookPort;
  readonly engine: Engine;
  readonly snapshot: WorkbookSnapshot;
  readonly asOf: string;
  readonly onWritten?: () => void;
  readonly afterWrite?: React.ReactNode;
};

/** Uppdrag: counts by status and "Infoga uppdragssammanställning". */
export function AssignmentsTab(props: AssignmentsTabProps): React.ReactElement {
  const { lang, t } = useLang();
  const { engine, snapshot, asOf } = props;
  const run = React.useMemo(() => engine.assignments(snapshot, asOf, lang), [engine, snapshot, asOf, lang]);
  const lines = run.counts.map((c, i) => ({ key: `${i}`, text: c.label[lang], status: String(c.count), tone: c.tone }));
  return (
    <InsertTab
      port={props.port}
      intro={t.assignmentsIntro}
      found={run.found}
      noneText={t.assignmentsNone}
      summaryTitle={t.assignmentsSummary}
      lines={lines}
      grids={run.grids}
      issues={run.issues}
      buttonLabel={t.insertAssignments}
      insertedText={t.assignmentsInserted}
      onWritten={props.onWritten}
      afterWrite={props.afterWrite}
    />
  );
}
