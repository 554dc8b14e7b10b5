import * as React from 'react';
import { Button, Field, makeStyles, ProgressBar, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import type { WorkbookPort } from '../core/port';
import type { Engine } from './engine-types';
import { Notice } from './components/Messages';
import { useWorkbook } from './hooks/useWorkbook';
import { useLang } from './lang';
import { AssignmentsTab } from './steps/AssignmentsTab';
import { GoalsTab } from './steps/GoalsTab';
import { InvestmentsTab } from './steps/InvestmentsTab';
import { ReportTab } from './steps/ReportTab';
import { FollowUpTab } from './steps/FollowUpTab';

export type AppProps = {
  readonly port: WorkbookPort;
  readonly engine: Engine;
  /** Today as yyyy-mm-dd (goals and assignments judge deadlines against it). */
  readonly asOf: string;
  /** Called after any table was written (standalone mode then offers the download). */
  readonly onWritten?: () => void;
  /** Shown inside the success message after a write (the download button, standalone). */
  readonly afterWrite?: React.ReactNode;
};

type TabKey = 'report' | 'investments' | 'goals' | 'assignments' | 'followup';
const TABS: readonly TabKey[] = ['report', 'investments', 'goals', 'assignments', 'followup'];
const TAB_LABEL = { report: 'tabReport', investments: 'tabInvestments', goals: 'tabGoals', assignments: 'tabAssignments', followup: 'tabFollowUp' } as const;

const useStyles = makeStyles({
  tabs: { margin: `0 calc(-1 * ${tokens.spacingHorizontalS})`, paddingTop: tokens.spacingVerticalXS },
  loading: { paddingTop: tokens.spacingVerticalXXL },
  reloading: { paddingTop: tokens.spacingVerticalS, justifyContent: 'flex-start' },
  panel: { paddingTop: tokens.spacingVerticalXS },
});

/** The task pane: reads the workbook through its port, then Rapport, Mål and Uppdrag. */
export function App(props: AppProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  const [tab, setTab] = React.useState<TabKey>('report');
  const { state, reload, refreshReports } = useWorkbook(props.port);
  const common = { port: props.port, engine: props.engine, onWritten: props.onWritten, afterWrite: props.afterWrite };

  return (
    <>
      <TabList className={styles.tabs} aria-label={t.tabsLabel} selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabKey)}>
        {TABS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>
            {t[TAB_LABEL[key]]}
          </Tab>
        ))}
      </TabList>
      {state.kind === 'loading' && state.progress === undefined ? <Spinner className={styles.loading} label={t.loading} /> : null}
      {state.kind === 'loading' && state.progress !== undefined ? (
        <Field className={styles.loading} label={t.loading} validationMessage={`${Math.round(state.progress * 100)} %`} validationState="none">
          <ProgressBar value={state.progress} thickness="large" />
        </Field>
      ) : null}
      {state.kind === 'ready' && state.reloading ? <Spinner className={styles.reloading} size="tiny" label={t.loading} /> : null}
      {state.kind === 'failed' ? (
        <Notice
          intent="error"
          actions={
            <Button size="small" onClick={reload}>
              {t.reload}
            </Button>
          }
        >
          {state.message[lang]}
        </Notice>
      ) : null}
      {state.kind === 'ready'
        ? TABS.map((key) => (
            // Panels stay mounted (also while the workbook is read again) so the options chosen survive.
            <div key={key} id={`panel-${key}`} role="tabpanel" aria-labelledby={`tab-${key}`} hidden={tab !== key} className={styles.panel}>
              {key === 'report' ? (
                <ReportTab {...common} snapshot={state.snapshot} reports={state.reports} settings={state.settings} refreshReports={refreshReports} onReload={reload} />
              ) : key === 'investments' ? (
                <InvestmentsTab {...common} snapshot={state.snapshot} reports={state.reports} refreshReports={refreshReports} />
              ) : key === 'goals' ? (
                <GoalsTab {...common} snapshot={state.snapshot} asOf={props.asOf} />
              ) : key === 'assignments' ? (
                <AssignmentsTab {...common} snapshot={state.snapshot} asOf={props.asOf} />
              ) : (
                <FollowUpTab {...common} snapshot={state.snapshot} asOf={props.asOf} reports={state.reports} refreshReports={refreshReports} />
              )}
            </div>
          ))
        : null}
    </>
  );
}
