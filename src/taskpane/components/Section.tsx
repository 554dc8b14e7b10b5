import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalL },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

export type HeadingLevel = 2 | 3 | 4;

/** A titled block of the pane: the heading names the region for screen readers. `level` follows the heading above it. */
export function Section(props: { readonly title: string; readonly level: HeadingLevel; readonly minor?: boolean; readonly children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const id = React.useId();
  const Heading = `h${props.level}` as const;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Heading id={id} className={props.minor ? styles.subheading : styles.heading}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}
