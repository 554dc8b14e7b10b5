import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReportGrid } from '../../core/grid';
import type { ChartSpec } from '../../core/charts/chart-types';
import { parseRangeA1 } from '../../core/address';
import type { Lang } from '../../core/i18n/types';
import { displayCell } from '../preview-format';

/**
 * The variance chart the inserted report carries, drawn in the pane from the same spec and the
 * grid's own cells: one row per category, a bar per series right of zero when favourable, left
 * when not. The numbers are written beside the bars, so the chart reads without colour too.
 */
export type ChartPreviewProps = { readonly grid: ReportGrid; readonly chart: ChartSpec; readonly lang: Lang };

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  legend: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

function cellsOf(grid: ReportGrid, range: string): ReportGrid['rows'][number][number][] {
  const r = parseRangeA1(range);
  if (!r) return [];
  return Array.from({ length: r.rows }, (_, i) => grid.rows[r.row + i]?.[r.col] ?? {});
}

const COLOURS = ['#2f6f9f', '#9fb8cf'];
const ROW = 18;
const LABEL = 150;
const WIDTH = 300;

export function ChartPreview(props: ChartPreviewProps): React.ReactElement {
  const styles = useStyles();
  const { grid, chart, lang } = props;
  const labels = cellsOf(grid, chart.categories).map((c) => String(c.value ?? ''));
  const series = chart.series.map((s) => cellsOf(grid, s.values).map((c) => ({ value: typeof c.value === 'number' ? c.value : 0, text: displayCell({ ...c, format: chart.numberFormat }, lang) })));
  const max = Math.max(1, ...series.flat().map((p) => Math.abs(p.value)));
  const zero = LABEL + (WIDTH - LABEL) / 2;
  const half = (WIDTH - LABEL) / 2 - 30;
  const band = ROW * Math.max(1, series.length) + 6;
  const height = labels.length * band + 4;
  const summary = labels.map((l, i) => `${l}: ${series.map((s) => s[i]?.text ?? '').join(' / ')}`).join('; ');
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <svg role="img" aria-label={`${chart.title}. ${summary}`} width="100%" viewBox={`0 0 ${WIDTH} ${height}`}>
        <line x1={zero} x2={zero} y1={0} y2={height} stroke="#7f7f7f" strokeWidth={1} />
        {labels.map((label, i) => (
          <g key={i} transform={`translate(0 ${i * band + 2})`}>
            <text x={LABEL - 4} y={band / 2 + 3} fontSize={9} textAnchor="end">
              {label.length > 28 ? `${label.slice(0, 27)}…` : label}
            </text>
            {series.map((s, k) => {
              const p = s[i] ?? { value: 0, text: '' };
              const w = (Math.abs(p.value) / max) * half;
              const x = p.value >= 0 ? zero : zero - w;
              const y = 3 + k * ROW;
              return (
                <g key={k}>
                  <rect x={x} y={y} width={w} height={ROW - 4} fill={COLOURS[k % COLOURS.length]} />
                  <text x={p.value >= 0 ? zero + w + 2 : zero - w - 2} y={y + ROW / 2} fontSize={8} textAnchor={p.value >= 0 ? 'start' : 'end'}>
                    {p.text}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      {chart.series.length > 1 ? (
        <div className={styles.legend}>
          {chart.series.map((s, k) => (
            <span key={k} style={{ marginRight: 8 }}>
              <span aria-hidden="true" style={{ color: COLOURS[k % COLOURS.length] }}>■ </span>
              {s.name}
            </span>
          ))}
        </div>
      ) : null}
    </figure>
  );
}
