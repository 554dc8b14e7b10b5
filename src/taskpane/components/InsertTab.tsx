import * as React from 'react';
import { Button, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/issue';
import { issueText } from '../../core/i18n/render';
import type { ReportGrid } from '../../core/grid';
import type { WorkbookPort, WriteMode } from '../../core/port';
import { useGoToCell } from '../hooks/useGoToCell';
import { useWriteAction } from '../hooks/useWriteAction';
import { useOnDone } from '../hooks/useOnDone';
import { useLang } from '../lang';
import { IssueList } from './IssueList';
import { Notice } from './Messages';
import { Section } from './Section';
import { StatusList, type StatusLine } from './StatusList';
import { hasErrors } from '../../core/issue';

export type InsertTabProps = {
  readonly port: WorkbookPort;
  readonly intro: string;
  readonly found: boolean;
  readonly noneText: string;
  readonly summaryTitle: string;
  readonly lines: readonly StatusLine[];
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
  readonly buttonLabel: string;
  readonly insertedText: (sheets: readonly string[]) => string;
  readonly onWritten?: () => void;
  readonly afterWrite?: React.ReactNode;
  /** 'refresh' rewrites the block of the same name, keeping its Kommentar cells; default 'insert'. */
  readonly mode?: WriteMode;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
});

/** A tab that summarises one kind of table (goals, assignments) and inserts it. */
export function InsertTab(props: InsertTabProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useWriteAction(props.port);
  const { state } = action;
  useOnDone(state, props.onWritten);
  const { goTo, error: goToError } = useGoToCell(props.port);
  const canWrite = props.found && props.grids.length > 0 && !hasErrors(props.issues) && state.kind !== 'writing';
  return (
    <div className={styles.root}>
      <Text>{props.intro}</Text>
      {props.found ? (
        <Section title={props.summaryTitle} level={2} minor>
          <StatusList lines={props.lines} label={props.summaryTitle} />
        </Section>
      ) : (
        // Nothing to summarise is not an error of the workbook: say what to add, calmly.
        <Notice intent="info">{props.issues[0] !== undefined ? issueText(props.issues[0], lang) : props.noneText}</Notice>
      )}
      {props.found && props.issues.length > 0 ? (
        <Section title={t.issues} level={2} minor>
          <IssueList issues={props.issues} onGoTo={goTo} headingLevel={3} />
          {goToError ? <Notice intent="warning">{goToError[lang]}</Notice> : null}
        </Section>
      ) : null}
      {state.kind === 'writing' ? <ProgressBar aria-label={t.writingTable} thickness="large" /> : null}
      {state.kind === 'done' ? (
        <Notice intent="success">
          {props.insertedText(state.results.map((r) => r.sheet))}
          {props.afterWrite}
        </Notice>
      ) : null}
      {state.kind === 'failed' ? <Notice intent="error">{state.message[lang]}</Notice> : null}
      {props.found ? (
        // disabledFocusable: the pressed button keeps focus while the table is written.
        <Button className={styles.button} appearance="primary" disabledFocusable={!canWrite} onClick={() => void action.write(props.grids, props.mode ?? 'insert')}>
          {props.buttonLabel}
        </Button>
      ) : null}
    </div>
  );
}
