import type { GridCell, ReportGrid, StyleToken } from '../grid';
import type { Lang } from '../i18n/types';
import type { Breakdown, LineValues, Report, ReportLine } from '../report/report-types';
import { COLUMN_IDS } from '../report/report-types';
import { columnLabel } from '../report/columns';
import { ACCOUNT_DIMENSION, ACCOUNT_SUFFIX } from '../report/account-dimension';
import { sumValues } from '../report/line-values';
import { COL, COMMENT_COL, derivedFormula, sumFormula, WIDTH } from './line-rows';
import { AMOUNT_FORMAT, PERCENT_FORMAT } from './number-formats';
import { defaultTitle, forecastNote, LABEL, periodHeading, UNIT_NOTE } from './grid-labels';
import { HEADER_ROWS } from './report-grid';

/**
 * The detail tables (`report --by X --layout table`), from the same breakdown as the blocks
 * layout so both give the same numbers:
 * - by a dimension: one row per value (its net line, as the breakdown summary) and the total,
 *   a SUM of the rows (Norrtälje's "Driftredovisning per verksamhet");
 * - by Konto: the report's lines, each account line followed by its accounts and summing them;
 * - by Ansvar+Konto: per value its accounts' contributions to the net line, the value summing
 *   them, and the total (a budgettitel's accounts, Ekerö).
 * Amounts are kronor, unrounded; variance, change and utilisation are formulas over the row.
 */
export type DetailGridOptions = { readonly lang: Lang; readonly title?: string };

const SUMMED = new Set(['budgetYear', 'budgetPeriod', 'actualPeriod', 'forecastYear', 'actualPriorPeriod', 'actualPriorYear']);
const BASE = ['budgetYear', 'budgetPeriod', 'actualPeriod', 'forecastYear', 'actualPriorPeriod', 'actualPriorYear'] as const;

function amountRow(label: string, values: LineValues, row: number, report: Report, style: StyleToken, indent: number, sumRows: readonly number[] | null): GridCell[] {
  const cells: GridCell[] = [{ value: label, style, indent }];
  for (const id of COLUMN_IDS) {
    const value = values[id];
    const format = id === 'utilisation' ? PERCENT_FORMAT : AMOUNT_FORMAT[report.unit];
    const derived = derivedFormula(id, row, report.signs);
    if (derived) cells.push({ formula: derived, value, format, style });
    else if (sumRows && SUMMED.has(id) && value !== null) cells.push({ formula: sumFormula(COL[id], sumRows), value, format, style });
    else cells.push({ value, format, style });
  }
  cells.push({ value: null, style: 'comment' });
  return cells;
}

const hasAmounts = (v: LineValues): boolean => BASE.some((k) => (v[k] ?? 0) !== 0);

/** The total row: the breakdown's summary line of the whole report, a SUM of `parts`. */
function totalRow(report: Report, b: Breakdown, rows: GridCell[][], keys: (string | null)[], parts: readonly number[], lang: Lang): void {
  const lineId = b.summary[0]?.lineId;
  const total = report.lines.find((l) => l.id === lineId);
  if (!total) return;
  rows.push(amountRow(`${LABEL[lang].total}: ${total.label[lang]}`, total.values, rows.length, report, 'total', 0, parts));
  keys.push(`total:${total.id}`);
}

/** Per value of the dimension: a row summing its accounts' rows beneath it (keys "value|account"). */
function valueAccountRows(report: Report, b: Breakdown, rows: GridCell[][], keys: (string | null)[], label: (key: string) => string, lang: Lang): void {
  const groups = new Map<string, { key: string; values: LineValues }[]>();
  for (const s of b.summary) {
    if (!hasAmounts(s.values)) continue;
    const value = s.key.slice(0, s.key.lastIndexOf('|'));
    const list = groups.get(value) ?? [];
    list.push(s);
    groups.set(value, list);
  }
  const dimension = b.dimension.slice(0, -ACCOUNT_SUFFIX.length);
  const valueRows: number[] = [];
  for (const [value, accounts] of groups) {
    const row = rows.length;
    valueRows.push(row);
    const name = value || (lang === 'sv' ? '(utan värde)' : '(no value)');
    const parts = accounts.map((_, i) => row + 1 + i);
    rows.push(amountRow(`${dimension} ${name}`, sumValues(accounts.map((a) => a.values), report.signs), row, report, 'subtotal', 0, parts));
    keys.push(`${dimension}=${value}`);
    accounts.forEach((a, i) => {
      rows.push(amountRow(label(a.key), a.values, row + 1 + i, report, 'line', 1, null));
      keys.push(`${dimension}=${value}:${ACCOUNT_DIMENSION}=${a.key.slice(value.length + 1)}`);
    });
  }
  totalRow(report, b, rows, keys, valueRows, lang);
}

export function detailGrid(report: Report & { readonly breakdown: Breakdown }, options: DetailGridOptions): ReportGrid {
  const b = report.breakdown;
  const { lang } = options;
  const pad = (cells: GridCell[]): GridCell[] => [...cells, ...Array.from({ length: WIDTH - cells.length }, () => ({}))];
  const byAccount = b.dimension === ACCOUNT_DIMENSION;
  const first = byAccount ? LABEL[lang].line : b.dimension;
  const rows: GridCell[][] = [
    pad([{ value: options.title ?? defaultTitle(lang), style: 'title' }]),
    pad([{ value: periodHeading(report.year, report.through, lang), style: 'subtitle' }]),
    pad([{ value: UNIT_NOTE[lang][report.unit], style: 'note' }]),
    [{ value: first, style: 'header' }, ...COLUMN_IDS.map((id) => ({ value: columnLabel(id, report.year, report.through, lang), style: 'header' as const })), { value: LABEL[lang].comment, style: 'header' }],
  ];
  const keys: (string | null)[] = [null, null, null, null];
  const label = (key: string) => b.labels?.[key] ?? (key || (lang === 'sv' ? '(utan värde)' : '(no value)'));
  if (!byAccount && b.dimension.endsWith(ACCOUNT_SUFFIX)) valueAccountRows(report, b, rows, keys, label, lang);
  else if (!byAccount) {
    const start = rows.length;
    b.summary.forEach((s, i) => {
      rows.push(amountRow(label(s.key), s.values, start + i, report, 'line', 0, null));
      keys.push(`${b.dimension}=${s.key}`);
    });
    totalRow(report, b, rows, keys, b.summary.map((_, i) => start + i), lang);
  } else {
    const rowOf = new Map<string, number>();
    // Lay out first (rows of lines and of their accounts), then write with the part rows known.
    type Planned = { line: ReportLine; index: number; accounts: { key: string; values: LineValues }[] };
    const plan: Planned[] = report.lines.map((line, index) => ({
      line,
      index,
      accounts: line.type === 'konton' ? b.blocks.filter((blk) => hasAmounts(blk.lines[index].values)).map((blk) => ({ key: blk.key, values: blk.lines[index].values })) : [],
    }));
    let next = rows.length;
    for (const p of plan) {
      rowOf.set(p.line.id, next);
      next += 1 + p.accounts.length;
    }
    const rootId = report.checks[0]?.lineId;
    for (const p of plan) {
      const row = rows.length;
      const { line } = p;
      const style: StyleToken = line.type === 'varav' ? 'of-row' : line.type === 'summa' ? (line.id === rootId ? 'total' : 'subtotal') : p.accounts.length > 0 ? 'subtotal' : 'line';
      const parts = line.type === 'summa' ? line.parts.map((id) => rowOf.get(id)).filter((r): r is number => r !== undefined) : p.accounts.length > 0 ? p.accounts.map((_, i) => row + 1 + i) : null;
      rows.push(amountRow(line.label[lang], line.values, row, report, style, line.level, parts));
      keys.push(line.id);
      p.accounts.forEach((a, i) => {
        rows.push(amountRow(label(a.key), a.values, row + 1 + i, report, 'line', line.level + 1, null));
        keys.push(`${line.id}:${ACCOUNT_DIMENSION}=${a.key}`);
      });
    }
  }
  rows.push(pad([]), pad([{ value: forecastNote(report.forecastMethod, lang), style: 'note' }]));
  keys.push(null, null);
  const mm = String(report.through).padStart(2, '0');
  const dim = b.dimension.replace(/[^A-Za-z0-9]/g, '');
  return {
    name: `KR_Rapport_${report.year}_${mm}_${dim}_tabell`,
    // "Rapport …": the ledger reader never takes the add-in's own sheets for the ledger.
    sheetName: `Rapport ${report.year}-${mm} ${b.dimension}`.slice(0, 24) + ' tabell',
    rows,
    columnWidths: [40, ...COLUMN_IDS.map((id) => (id === 'utilisation' ? 14 : 15)), 40],
    freeze: { rows: HEADER_ROWS, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    commentColumn: COMMENT_COL,
    rowKeys: keys,
  };
}
