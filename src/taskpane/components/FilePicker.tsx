import * as React from 'react';
import { makeStyles } from '@fluentui/react-components';

export type FilePickerProps = {
  readonly accept: string;
  readonly label: string;
  readonly testId: string;
  readonly onFile: (file: File) => void;
};

const useStyles = makeStyles({ hidden: { display: 'none' } });

/**
 * The hidden native file input behind a labelled button (one control, one name, keyboard-reachable):
 * the button calls `ref.current.click()`. The input is emptied after each choice, so choosing the
 * same file again is seen.
 */
export const FilePicker = React.forwardRef<HTMLInputElement, FilePickerProps>(function FilePicker(props, ref) {
  const styles = useStyles();
  return (
    <input
      ref={ref}
      className={styles.hidden}
      type="file"
      accept={props.accept}
      aria-label={props.label}
      data-testid={props.testId}
      onChange={(e) => {
        const f = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (f) props.onFile(f);
      }}
    />
  );
});
