import * as React from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Tone } from '../engine-types';

export type StatusLine = { readonly key: string; readonly text: string; readonly status: string; readonly tone: Tone };

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  text: { overflowWrap: 'anywhere' },
  badge: { flexShrink: 0 },
});

const COLOR = { green: 'success', yellow: 'warning', red: 'danger', grey: 'subtle' } as const;

/** Lines with a status: the status is text and colour both (never colour alone). */
export function StatusList(props: { readonly lines: readonly StatusLine[]; readonly label: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.lines.map((l) => (
        <li key={l.key} className={styles.item}>
          <span className={styles.text}>{l.text}</span>
          <Badge className={styles.badge} appearance="tint" color={COLOR[l.tone]} shape="rounded">
            {l.status}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
