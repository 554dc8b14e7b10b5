import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLang } from '../lang';
import { useCopyText } from '../hooks/useCopyText';
import type { CommentaryParagraph } from '../engine-types';

export type CommentaryPreviewProps = { readonly paragraphs: readonly CommentaryParagraph[] };

const useStyles = makeStyles({
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  paragraph: { margin: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The drafted commentary as it will stand under the table, and a button that copies it all. */
export function CommentaryPreview(props: CommentaryPreviewProps): React.ReactElement {
  const styles = useStyles();
  const { t } = useLang();
  const { state, copy } = useCopyText();
  const all = props.paragraphs.map((p) => p.text).join('\n\n');
  return (
    <>
      <Text size={200}>{t.commentaryHint}</Text>
      <div className={styles.text}>
        {props.paragraphs.map((p) => (
          <p key={`${p.topic}@${p.block ?? ''}`} className={styles.paragraph}>
            {p.text}
          </p>
        ))}
      </div>
      <div className={styles.actions}>
        <Button onClick={() => copy(all)}>{t.copyCommentary}</Button>
        <span role="status">{state === 'copied' ? t.commentaryCopied : state === 'failed' ? t.commentaryCopyFailed : ''}</span>
      </div>
    </>
  );
}
