import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { WorkbookPort } from '../../core/port';
import type { Engine } from '../engine-types';
import { Notice } from '../components/Messages';
import { issueText } from '../../core/i18n/render';
import { useGoToCell } from '../hooks/useGoToCell';
import { useOnDone } from '../hooks/useOnDone';
import { useReportFlow, type ReportFlowInput } from '../hooks/useReportFlow';
import { useLang } from '../lang';
import { DataStep } from './DataStep';
import { SieImport } from '../components/SieImport';
import { ReportStep } from './ReportStep';
import { Section } from '../components/Section';
import { UnderlagPanel } from '../components/UnderlagPanel';
import { useUnderlag } from '../hooks/useUnderlag';

export type ReportTabProps = Omit<ReportFlowInput, 'port' | 'engine' | 'lang'> & {
  readonly port: WorkbookPort;
  readonly engine: Engine;
  readonly onReload: () => void;
  readonly onWritten?: () => void;
  readonly afterWrite?: React.ReactNode;
};

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The Rapport tab: 1. Data, 2. Rapport, and the write buttons with their outcome. */
export function ReportTab(props: ReportTabProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  const flow = useReportFlow({ ...props, lang });
  const { port, onWritten } = props;
  const { goTo, error: goToError } = useGoToCell(port);
  const state = flow.write.state;
  useOnDone(state, onWritten);
  const ledger = flow.inspection.ledger;
  // The success message names the report's sheets, not the add-in's hidden history sheet.
  const hidden = new Set((flow.run?.grids ?? []).filter((g) => g.visibility === 'hidden').map((g) => g.name));
  const sheets = state.kind === 'done' ? state.results.filter((r) => !hidden.has(r.name)).map((r) => r.sheet) : [];
  // The user's own commentary paragraphs a refresh kept (and whether the figures under them moved).
  const kept = state.kind === 'done' ? state.results.flatMap((r) => r.keptParagraphs ?? []) : [];
  // Comments a refresh could not write back (their line is gone): shown so the user can copy them.
  const dropped = state.kind === 'done' ? state.results.flatMap((r) => r.droppedComments ?? []) : [];
  const underlag = useUnderlag({ port, engine: props.engine, snapshot: props.snapshot, options: flow.options, lang, reports: props.reports });
  const canDrill = props.engine.underlag !== undefined;
  const canReadSelection = flow.existing !== null && port.selectedCell !== undefined;

  return (
    <>
      <Accordion multiple collapsible defaultOpenItems={['data', 'report']}>
        <AccordionItem value="data">
          <AccordionHeader as="h2" size="large">{t.stepData}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <DataStep inspection={flow.inspection} reportIssues={flow.run?.issues ?? []} onRole={flow.setRole} onGoTo={goTo} onReload={props.onReload} goToError={goToError?.[lang]} />
            <SieImport port={port} onImported={props.onReload} />
          </AccordionPanel>
        </AccordionItem>
        {ledger ? (
          <AccordionItem value="report">
            <AccordionHeader as="h2" size="large">{t.stepReport}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <ReportStep ledger={ledger} options={flow.options} run={flow.run} onChange={flow.update} {...(canDrill ? { onPickCell: underlag.showAt } : {})} />
              {canDrill && flow.run?.grid ? (
                <Section title={t.underlag} level={3} minor>
                  <UnderlagPanel state={underlag.state} unit={flow.options.unit} {...(canReadSelection ? { onShow: underlag.show } : {})} onGoTo={goTo} onInsert={underlag.insert} inserted={underlag.inserted} />
                </Section>
              ) : null}
            </AccordionPanel>
          </AccordionItem>
        ) : null}
      </Accordion>
      {ledger ? (
        <div className={styles.footer}>
          {state.kind === 'writing' ? <ProgressBar aria-label={t.writing} thickness="large" /> : null}
          {state.kind === 'done' ? (
            <Notice intent="success">
              {state.mode === 'refresh' ? t.updated(sheets) : t.inserted(sheets)}
              {props.afterWrite}
            </Notice>
          ) : null}
          {state.kind === 'done' && state.warning ? <Notice intent="warning">{state.warning[lang]}</Notice> : null}
          {kept.length > 0 ? <Notice intent="info">{t.keptParagraphs(kept.length, kept.filter((k) => k.numbersChanged).length)}</Notice> : null}
          {dropped.map((c, i) => (
            <Notice key={`dropped-${i}`} intent="warning">
              {issueText({ code: 'report.comment-dropped', params: { label: c.label, text: c.text } }, lang)}
            </Notice>
          ))}
          {state.kind === 'failed' ? <Notice intent="error">{state.message[lang]}</Notice> : null}
          {flow.existing && state.kind !== 'done' ? <Notice intent="info">{t.existingReport(flow.existing.sheet)}</Notice> : null}
          {/* disabledFocusable, not disabled: the pressed button keeps focus while the report is written. */}
          <div className={styles.buttons}>
            {flow.existing ? (
              <Button appearance="primary" disabledFocusable={!flow.canWrite} onClick={flow.refresh}>
                {t.updateReport}
              </Button>
            ) : null}
            <Button appearance={flow.existing ? 'secondary' : 'primary'} disabledFocusable={!flow.canWrite} onClick={flow.insert}>
              {t.insertReport}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}
