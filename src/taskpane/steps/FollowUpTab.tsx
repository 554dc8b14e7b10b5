import * as React from 'react';
import { Button, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { ReportRef } from '../../core/port';
import { hasErrors } from '../../core/issue';
import type { InsertTabHostProps } from './tab-props';
import { useLang } from '../lang';
import { Section } from '../components/Section';
import { StatusList } from '../components/StatusList';
import { IssueList } from '../components/IssueList';
import { Notice } from '../components/Messages';
import { useGoToCell } from '../hooks/useGoToCell';
import { useFollowUpWrite } from '../hooks/useFollowUpWrite';
import { useOnDone } from '../hooks/useOnDone';

export type FollowUpTabProps = InsertTabHostProps & {
  /** The blocks already in the workbook: those are refreshed, the others inserted. */
  readonly reports: readonly ReportRef[];
  readonly refreshReports: () => Promise<void>;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
});

/** Hela uppföljningen: which sections go in (and why the others do not), one button, one progress bar. */
export function FollowUpTab(props: FollowUpTabProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { engine, snapshot, asOf } = props;
  const run = React.useMemo(() => engine.followUp(snapshot, asOf, lang), [engine, snapshot, asOf, lang]);
  const action = useFollowUpWrite(props.port, props.refreshReports);
  const { state } = action;
  useOnDone(state, props.onWritten);
  const { goTo, error: goToError } = useGoToCell(props.port);
  const lines = run.sections.map((s) => ({
    key: s.id,
    text: s.kind === 'written' ? `${s.title[lang]}: ${s.sheets.join(', ')}` : `${s.title[lang]}: ${s.reason[lang]}`,
    status: s.kind === 'written' ? t.followUpWritten : t.followUpSkipped,
    tone: s.kind === 'written' ? ('green' as const) : ('grey' as const),
  }));
  const any = run.sections.some((s) => s.kind === 'written');
  const canWrite = any && !hasErrors(run.issues) && state.kind !== 'writing';
  const existing = new Set(props.reports.map((r) => r.name));
  return (
    <div className={styles.root}>
      <Text>{t.followUpIntro}</Text>
      <Section title={t.followUpSections} level={2} minor>
        <StatusList lines={lines} label={t.followUpSections} />
      </Section>
      {run.issues.length > 0 ? (
        <Section title={t.issues} level={2} minor>
          <IssueList issues={run.issues} onGoTo={goTo} headingLevel={3} />
          {goToError ? <Notice intent="warning">{goToError[lang]}</Notice> : null}
        </Section>
      ) : null}
      {state.kind === 'writing' ? <ProgressBar aria-label={t.followUpProgress(state.done + 1, state.total)} value={state.done / state.total} thickness="large" /> : null}
      {state.kind === 'writing' ? <Text aria-live="polite">{t.followUpProgress(state.done + 1, state.total)}</Text> : null}
      {state.kind === 'done' ? (
        <Notice intent="success">
          {t.followUpDone(state.results.length)}
          {props.afterWrite}
        </Notice>
      ) : null}
      {state.kind === 'failed' ? <Notice intent="error">{state.message[lang]}</Notice> : null}
      <Button className={styles.button} appearance="primary" disabledFocusable={!canWrite} onClick={() => void action.write(run.grids.map((g) => ({ grid: g, mode: existing.has(g.name) ? 'refresh' : 'insert' })))}>
        {t.insertFollowUp}
      </Button>
    </div>
  );
}
