import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useLang } from '../lang';
import { Notice } from './Messages';

const useStyles = makeStyles({ root: { paddingTop: tokens.spacingVerticalL } });

/** Shown instead of the pane when Excel lacks the minimum API set (ExcelApi 1.7, see io/excel MIN_EXCEL_API). */
export function Unsupported(): React.ReactElement {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <div className={styles.root}>
      <Notice intent="error">{t.needsNewerExcel}</Notice>
    </div>
  );
}
