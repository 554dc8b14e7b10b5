import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/issue';
import type { RawSign } from '../../core/ledger/types';
import type { Inspection, RoleChoice } from '../engine-types';
import { IssueList } from '../components/IssueList';
import { RoleTable } from '../components/RoleTable';
import { Section } from '../components/Section';
import { Notice } from '../components/Messages';
import { useLang } from '../lang';
import type { Strings } from '../strings';

export type DataStepProps = {
  readonly inspection: Inspection;
  /** Issues of the report run (template, periods) shown beside the ledger's own. */
  readonly reportIssues: readonly Issue[];
  readonly onRole: (header: string, role: RoleChoice) => void;
  readonly onGoTo: (sheet: string, address: string) => void;
  readonly onReload: () => void;
  /** Why the last "Gå till cell" failed, in the pane's language. */
  readonly goToError?: string;
};

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  dd: { margin: 0, fontSize: tokens.fontSizeBase200 },
  reload: { alignSelf: 'flex-start' },
});

function signText(sign: RawSign, t: Strings): string {
  return sign === 'income-negative' ? t.rawSignIncomeNegative : sign === 'costs-negative' ? t.rawSignCostsNegative : t.rawSignUnknown;
}

/** Unique issues by code and place: the ledger check and the report run may report the same one. */
function merged(a: readonly Issue[], b: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((i) => {
    const key = `${i.code}|${i.sheet ?? ''}|${i.address ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Step 1: what was found in the workbook, the column roles, and the checks. */
export function DataStep(props: DataStepProps): React.ReactElement {
  const styles = useStyles();
  const { t } = useLang();
  const { ledger } = props.inspection;
  const issues = merged(props.inspection.issues, props.reportIssues);
  return (
    <>
      <Section title={t.found} level={3} minor>
        {ledger ? (
          <dl className={styles.facts}>
            <dt className={styles.dt}>{t.ledgerFound}</dt>
            <dd className={styles.dd}>{t.sheetAndRange(ledger.sheet, ledger.range)}</dd>
            <dt className={styles.dt}>{t.years}</dt>
            <dd className={styles.dd}>{ledger.years.join(', ')}</dd>
            <dt className={styles.dt}>{t.rawSign}</dt>
            <dd className={styles.dd}>{signText(ledger.rawSign, t)}</dd>
          </dl>
        ) : (
          <Notice intent="warning">{t.ledgerNone}</Notice>
        )}
      </Section>
      {ledger ? (
        <Section title={t.columns} level={3} minor>
          <RoleTable columns={ledger.columns} onChange={props.onRole} />
        </Section>
      ) : null}
      <Section title={t.issues} level={3} minor>
        <IssueList issues={issues} onGoTo={props.onGoTo} headingLevel={4} />
        {props.goToError ? <Notice intent="warning">{props.goToError}</Notice> : null}
        <Button className={styles.reload} appearance="secondary" size="small" onClick={props.onReload}>
          {t.reload}
        </Button>
      </Section>
    </>
  );
}
