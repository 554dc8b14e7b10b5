import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { GridCell, ReportGrid, StyleToken } from '../../core/grid';
import { useLang } from '../lang';
import { displayCell } from '../preview-format';

export type PreviewTableProps = {
  readonly grid: ReportGrid;
  readonly caption: string;
  /** Show only the first this many columns (the rest scroll off a narrow pane anyway). */
  readonly columns?: number;
};

const useStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%', fontVariantNumeric: 'tabular-nums' },
  caption: { textAlign: 'left', padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  cell: { padding: `3px ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap', textAlign: 'right' },
  label: {
    textAlign: 'left',
    whiteSpace: 'normal',
    minWidth: '130px',
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: 'inherit',
  },
  header: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, verticalAlign: 'bottom', whiteSpace: 'normal' },
  subtotal: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  total: { fontWeight: tokens.fontWeightBold, borderTop: `1px solid ${tokens.colorNeutralForeground1}` },
  ofRow: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  negative: { color: tokens.colorNeutralForeground1 },
});

const SHOWN: ReadonlySet<StyleToken | undefined> = new Set(['header', 'line', 'subtotal', 'total', 'of-row', undefined]);

function rowStyle(cells: readonly GridCell[]): StyleToken | undefined {
  return cells.find((c) => c.style !== undefined)?.style;
}

/** The report's header and lines as they will be written, numbers in the chosen unit. */
export function PreviewTable(props: PreviewTableProps): React.ReactElement {
  const styles = useStyles();
  const { lang } = useLang();
  const rows = props.grid.rows.filter((r) => r.length > 0 && SHOWN.has(rowStyle(r))).map((r) => r.slice(0, props.columns ?? r.length));
  return (
    <div className={styles.scroller} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{props.caption}</caption>
        <tbody>
          {rows.map((r, i) => {
            const style = rowStyle(r);
            const isHeader = style === 'header';
            const rowClass = style === 'subtotal' ? styles.subtotal : style === 'total' ? styles.total : style === 'of-row' ? styles.ofRow : undefined;
            return (
              <tr key={i} className={rowClass}>
                {r.map((c, j) => {
                  const text = displayCell(c, lang);
                  const indent = c.indent ? { paddingLeft: `${8 + c.indent * 12}px` } : undefined;
                  if (isHeader) {
                    return (
                      <th key={j} scope="col" className={mergeClasses(styles.cell, styles.header, j === 0 && styles.label, j === 0 && styles.header)}>
                        {text}
                      </th>
                    );
                  }
                  if (j === 0) {
                    return (
                      <th key={j} scope="row" className={mergeClasses(styles.cell, styles.label)} style={indent}>
                        {text}
                      </th>
                    );
                  }
                  return (
                    <td key={j} className={styles.cell}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
