import type { GridCell, ReportGrid } from '../grid';
import type { Lang } from '../i18n/types';
import type { Report } from '../report/report-types';
import { cellA1 } from '../address';
import { COL } from '../layout/line-rows';
import { AMOUNT_FORMAT } from '../layout/number-formats';
import { monthName } from './month-names';
import type { PreviousForecast } from './types';
import { historyKey } from './types';
import { normalisedForecast } from './record';

/** Header row of the drift grid (0-based), as layout/report-grid.ts writes it. */
const HEADER_ROW = 3;

/** The block and line of a drift-grid row key ('net', 'Ansvar=100:net'); null for other rows. */
function lineOfKey(key: string | null, dimension: string | undefined): { block: string; line: string } | null {
  if (key === null || key.startsWith('summary:')) return null;
  if (dimension !== undefined && key.startsWith(`${dimension}=`)) {
    const rest = key.slice(dimension.length + 1);
    const colon = rest.lastIndexOf(':');
    return colon < 0 ? null : { block: rest.slice(0, colon), line: rest.slice(colon + 1) };
  }
  return { block: '', line: key };
}

/**
 * The drift grid with two columns before Kommentar: Föregående prognos (the latest stored month
 * before this one) and Prognosförändring (a formula: this forecast against that one, positive
 * when it moved the favourable way, like the variance columns).
 */
export function withForecastChange(grid: ReportGrid, report: Report, previous: PreviousForecast, lang: Lang): ReportGrid {
  const at = grid.commentColumn ?? grid.columnWidths.length - 1;
  const fc = COL.forecastYear;
  const pc = at;
  const format = AMOUNT_FORMAT[report.unit];
  const label = lang === 'sv' ? [`Föregående prognos (${monthName(previous.month, lang)})`, 'Prognosförändring'] : [`Previous forecast (${monthName(previous.month, lang)})`, 'Forecast change'];
  const rows = grid.rows.map((cells, r): GridCell[] => {
    const insert = (two: GridCell[]) => [...cells.slice(0, at), ...two, ...cells.slice(at)];
    if (r === HEADER_ROW) return insert(label.map((value) => ({ value, style: 'header' as const })));
    const where = lineOfKey(grid.rowKeys?.[r] ?? null, report.breakdown?.dimension);
    if (!where || cells.length <= at) return cells.length <= at ? [...cells] : insert([{}, {}]);
    const stored = previous.byKey.get(historyKey(where.block, where.line));
    const style = cells[fc]?.style;
    if (stored === undefined) return insert([{ value: null, style }, { value: null, style }]);
    const prev = normalisedForecast(report, stored);
    const now = cells[fc]?.value;
    const change = typeof now === 'number' ? (report.signs === 'costs-negative' ? now - prev : prev - now) : null;
    const [f, p] = [cellA1(r, fc), cellA1(r, pc)];
    return insert([
      { value: prev, format, style },
      { formula: report.signs === 'costs-negative' ? `=${f}-${p}` : `=${p}-${f}`, value: change, format, style },
    ]);
  });
  const widths = [...grid.columnWidths.slice(0, at), 15, 15, ...grid.columnWidths.slice(at)];
  // Charts placed right of the table move right with it; their ranges read columns left of it.
  const charts = grid.charts?.map((c) => (c.anchor.fromCol >= at ? { ...c, anchor: { ...c.anchor, fromCol: c.anchor.fromCol + 2, toCol: c.anchor.toCol + 2 } } : c));
  return { ...grid, rows, columnWidths: widths, commentColumn: at + 2, ...(charts ? { charts } : {}) };
}
