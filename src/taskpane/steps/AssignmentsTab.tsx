import * as React from 'react';
import type { InsertTabHostProps } from './tab-props';
import { InsertTab } from '../components/InsertTab';
import { useLang } from '../lang';

export type AssignmentsTabProps = InsertTabHostProps;

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
