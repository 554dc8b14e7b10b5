import * as React from 'react';
import type { InsertTabHostProps } from './tab-props';
import { InsertTab } from '../components/InsertTab';
import { useLang } from '../lang';
import { goalStatuses } from '../option-labels';

export type GoalsTabProps = InsertTabHostProps;

/** Mål: the goals' statuses (text and colour) and "Infoga måltabell". */
export function GoalsTab(props: GoalsTabProps): React.ReactElement {
  const { lang, t } = useLang();
  const { engine, snapshot, asOf } = props;
  const run = React.useMemo(() => engine.goals(snapshot, asOf, lang), [engine, snapshot, asOf, lang]);
  const lines = run.goals.map((g, i) => ({
    key: `${i}`,
    text: g.goal,
    status: goalStatuses[g.status].label[lang],
    tone: goalStatuses[g.status].tone,
  }));
  return (
    <InsertTab
      port={props.port}
      intro={t.goalsIntro}
      found={run.found}
      noneText={t.goalsNone}
      summaryTitle={t.goalsSummary}
      lines={lines}
      grids={run.grids}
      issues={run.issues}
      buttonLabel={t.insertGoals}
      insertedText={t.goalsInserted}
      onWritten={props.onWritten}
      afterWrite={props.afterWrite}
    />
  );
}
