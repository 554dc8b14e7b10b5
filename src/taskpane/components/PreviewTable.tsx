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
  /** Makes each amount a button that picks its cell (0-based grid row and column), for *Visa underlag*. */
  readonly onPickCell?: (row: number, col: number) => void;
  /** What an amount's button does, after its visible figure in its name: "−109 182: Visa underlag för Personalkostnader, Utfall …". */
  readonly pickLabel?: (line: string, column: string) => string;
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
  pick: {
    font: 'inherit',
    color: 'inherit',
    background: 'none',
    border: 'none',
    padding: 0,
    cursor: 'pointer',
    textAlign: 'right',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

const SHOWN: ReadonlySet<StyleToken | undefined> = new Set(['header', 'line', 'subtotal', 'total', 'of-row', undefined]);

function rowStyle(cells: readonly GridCell[]): StyleToken | undefined {
  return cells.find((c) => c.style !== undefined)?.style;
}

/** The report's header and lines as they will be written, numbers in the chosen unit. */
export function PreviewTable(props: PreviewTableProps): React.ReactElement {
  const styles = useStyles();
  const { lang } = useLang();
  const shown = props.grid.rows.map((r, index) => ({ r, index })).filter(({ r }) => r.length > 0 && SHOWN.has(rowStyle(r)));
  const rows = shown.map(({ r }) => r.slice(0, props.columns ?? r.length));
  const headerRow = shown.find(({ r }) => rowStyle(r) === 'header')?.r ?? [];
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
                  const pickable = props.onPickCell !== undefined && (typeof c.value === 'number' || c.formula !== undefined);
                  return (
                    <td key={j} className={styles.cell}>
                      {pickable ? (
                        <button
                          type="button"
                          className={styles.pick}
                          aria-label={props.pickLabel ? `${text}: ${props.pickLabel(displayCell(r[0], lang), displayCell(headerRow[j] ?? {}, lang))}` : text}
                          onClick={() => props.onPickCell?.(shown[i].index, j)}
                        >
                          {text}
                        </button>
                      ) : (
                        text
                      )}
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
