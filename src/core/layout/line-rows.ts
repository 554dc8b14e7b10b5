import type { GridCell, StyleToken } from '../grid';
import { cellA1, columnLetters } from '../address';
import type { Lang } from '../i18n/types';
import type { ColumnId, ReportLine, SignConvention, Unit } from '../report/report-types';
import { COLUMN_IDS } from '../report/report-types';
import { AMOUNT_FORMAT, PERCENT_FORMAT } from './number-formats';

/**
 * The rows of one block of report lines. Leaf and varav amounts are values (kronor,
 * unrounded); sum rows are SUM formulas over their parts; variance, change and utilisation
 * are formulas over the row's own cells. Column 0 is the label, then COLUMN_IDS, then the
 * empty Kommentar column.
 */
export const COL: Record<ColumnId, number> = Object.fromEntries(COLUMN_IDS.map((id, i) => [id, i + 1])) as Record<ColumnId, number>;
export const COMMENT_COL = COLUMN_IDS.length + 1;
export const WIDTH = COLUMN_IDS.length + 2;

const SUMMED: readonly ColumnId[] = ['budgetYear', 'budgetPeriod', 'actualPeriod', 'forecastYear', 'actualPriorPeriod', 'actualPriorYear'];

/** The column letters of each column id, worked out once (a preview writes thousands of these references). */
const LETTERS: Record<ColumnId, string> = Object.fromEntries(COLUMN_IDS.map((id) => [id, cellA1(0, COL[id]).slice(0, -1)])) as Record<ColumnId, string>;

const ref = (id: ColumnId, row: number) => `${LETTERS[id]}${row + 1}`;

/** Formulas of the derived columns; `sv` is the sign convention. */
export function derivedFormula(id: ColumnId, row: number, signs: SignConvention): string | undefined {
  const minus = (a: ColumnId, b: ColumnId) => (signs === 'costs-negative' ? `=${ref(a, row)}-${ref(b, row)}` : `=${ref(b, row)}-${ref(a, row)}`);
  switch (id) {
    case 'variancePeriod':
      return minus('actualPeriod', 'budgetPeriod');
    case 'varianceYear':
      return minus('forecastYear', 'budgetYear');
    case 'changePeriod':
      return `=${ref('actualPeriod', row)}-${ref('actualPriorPeriod', row)}`;
    case 'utilisation':
      return `=IF(OR(ABS(${ref('budgetYear', row)})<0.5,${ref('budgetYear', row)}*${ref('actualPeriod', row)}<0),"",${ref('actualPeriod', row)}/${ref('budgetYear', row)})`;
    default:
      return undefined;
  }
}

/** SUM over the part rows: a range when they are contiguous, a list otherwise. */
export function sumFormula(col: number, rows: readonly number[]): string {
  if (rows.length === 0) return '=0';
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  const letters = columnLetters(col);
  if (contiguous && sorted.length > 1) return `=SUM(${letters}${sorted[0] + 1}:${letters}${sorted[sorted.length - 1] + 1})`;
  return `=SUM(${sorted.map((r) => `${letters}${r + 1}`).join(',')})`;
}

export type BlockRows = { rows: GridCell[][]; keys: (string | null)[]; rowOf: Map<string, number> };

function styleOf(line: ReportLine, isRoot: boolean): StyleToken {
  if (line.type === 'varav') return 'of-row';
  if (line.type === 'summa') return isRoot ? 'total' : 'subtotal';
  return 'line';
}

export function lineRows(lines: readonly ReportLine[], startRow: number, opts: { lang: Lang; unit: Unit; signs: SignConvention; keyPrefix: string; rootId?: string }): BlockRows {
  const rowOf = new Map<string, number>();
  lines.forEach((l, i) => rowOf.set(l.id, startRow + i));
  const amount = AMOUNT_FORMAT[opts.unit];
  const rows = lines.map((line, i) => {
    const row = startRow + i;
    const style = styleOf(line, line.id === opts.rootId);
    const cells: GridCell[] = [{ value: line.label[opts.lang], style, indent: line.level }];
    const parts = line.type === 'summa' ? line.parts.map((p) => rowOf.get(p)).filter((r): r is number => r !== undefined) : [];
    for (const id of COLUMN_IDS) {
      const value = line.values[id];
      const format = id === 'utilisation' ? PERCENT_FORMAT : amount;
      const derived = derivedFormula(id, row, opts.signs);
      if (derived) cells.push({ formula: derived, value, format, style });
      // A sum whose value is unknown (e.g. the prior full year of an aggregated listing) stays
      // empty: a SUM over blank parts would show 0 where the engine has no number.
      else if (line.type === 'summa' && SUMMED.includes(id) && value !== null) {
        cells.push({ formula: sumFormula(COL[id], parts), value, format, style });
      } else cells.push({ value, format, style });
    }
    cells.push({ value: null, style: 'comment' });
    return cells;
  });
  return { rows, keys: lines.map((l) => `${opts.keyPrefix}${l.id}`), rowOf };
}
