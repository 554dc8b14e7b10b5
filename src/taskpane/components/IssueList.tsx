import * as React from 'react';
import { Badge, Button, makeStyles, tokens, Text } from '@fluentui/react-components';
import type { Issue, Severity } from '../../core/issue';
import { issueText } from '../../core/i18n/render';
import { useLang } from '../lang';
import type { Strings } from '../strings';

export type IssueListProps = {
  readonly issues: readonly Issue[];
  readonly onGoTo: (sheet: string, address: string) => void;
  /** The level of the severity headings: one below the heading of the section the list is in. */
  readonly headingLevel: 3 | 4 | 5;
};

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
});

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

function title(severity: Severity, t: Strings): string {
  return severity === 'error' ? t.severityError : severity === 'warning' ? t.severityWarning : t.severityInfo;
}

/** The validation issues, grouped by severity, each with a button that selects its cell. */
export function IssueList(props: IssueListProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  if (props.issues.length === 0) return <Text>{t.noIssues}</Text>;
  return (
    <>
      {ORDER.map((severity) => {
        const group = props.issues.filter((i) => i.severity === severity);
        if (group.length === 0) return null;
        const id = `issues-${severity}`;
        const Heading = `h${props.headingLevel}` as const;
        return (
          <section key={severity} className={styles.group} aria-labelledby={id}>
            <Heading id={id} className={styles.heading}>
              {title(severity, t)}
              <Badge appearance="tint" color={COLOR[severity]} size="small">
                {group.length}
              </Badge>
            </Heading>
            <ul className={styles.list}>
              {group.map((issue, n) => (
                <li key={`${issue.code}-${n}`} className={`${styles.item} ${styles[severity]}`}>
                  <Text size={200}>{issueText(issue, lang)}</Text>
                  {issue.sheet !== undefined && issue.address !== undefined ? (
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={t.goToCellOf(`${issue.sheet}!${issue.address}`)}
                      onClick={() => props.onGoTo(issue.sheet as string, issue.address as string)}
                    >
                      {t.goToCell}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
