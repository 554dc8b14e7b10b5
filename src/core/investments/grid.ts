import type { GridCell, ReportGrid, StyleToken } from '../grid';
import type { Lang } from '../i18n/types';
import { cellA1 } from '../address';
import { periodSpan } from '../report/columns';
import { sumFormula } from '../layout/line-rows';
import { AMOUNT_FORMAT } from '../layout/number-formats';
import { forecastNote, LABEL, periodHeading, UNIT_NOTE } from '../layout/grid-labels';
import type { InvestmentColumn, InvestmentLine, InvestmentReport } from './types';
import { INVESTMENT_COLUMNS } from './types';

/**
 * The investment table as a grid on its own sheet, laid out like the drift table (title, period,
 * unit note, frozen headings, print setup, Kommentar column kept on refresh): leaf amounts are
 * values in kronor, unrounded; groups and the total are live SUMs of their parts; Avv.
 * prognos/budget and Diff. utfall are formulas over the row; Total budget is Ursprunglig +
 * Ombudgetering where the ledger has no Budget column.
 */
export type InvestmentGridOptions = { readonly lang: Lang; readonly title?: string };

const SUMMED: readonly InvestmentColumn[] = ['originalBudget', 'budgetChange', 'budgetYear', 'forecastYear', 'actualPeriod', 'actualPriorPeriod'];

export function investmentColumns(report: Pick<InvestmentReport, 'budgetSplit'>): InvestmentColumn[] {
  return INVESTMENT_COLUMNS.filter((c) => report.budgetSplit || (c !== 'originalBudget' && c !== 'budgetChange'));
}

export function investmentColumnLabel(id: InvestmentColumn, report: Pick<InvestmentReport, 'year' | 'through' | 'budgetSplit'>, lang: Lang): string {
  const { year, through } = report;
  const span = periodSpan(through, lang);
  if (lang === 'en') {
    const en: Record<InvestmentColumn, string> = {
      originalBudget: `Original budget ${year}`,
      budgetChange: 'Carried over',
      budgetYear: report.budgetSplit ? `Total budget ${year}` : `Budget ${year}`,
      forecastYear: `Forecast full year ${year}`,
      varianceYear: 'Var. forecast/budget',
      actualPeriod: `Actual ${span} ${year}`,
      actualPriorPeriod: `Actual ${span} ${year - 1}`,
      changePeriod: `Change in actual ${year - 1}/${year}`,
    };
    return en[id];
  }
  const sv: Record<InvestmentColumn, string> = {
    originalBudget: `Ursprunglig budget ${year}`,
    budgetChange: 'Ombudgetering',
    budgetYear: report.budgetSplit ? `Total budget ${year}` : `Budget ${year}`,
    forecastYear: `Prognos helår ${year}`,
    varianceYear: 'Avv. prognos/budget',
    actualPeriod: `Utfall ${span} ${year}`,
    actualPriorPeriod: `Utfall ${span} ${year - 1}`,
    changePeriod: `Diff. utfall ${year - 1}/${year}`,
  };
  return sv[id];
}

const TITLE = { sv: 'Investeringar', en: 'Investments' } as const;
const INVESTMENT_HEADER_ROWS = 4;

/** The row key of a line: project rows are 'projekt:<code>', so a code never collides with a line id. */
export function lineKey(line: Pick<InvestmentLine, 'id' | 'type'>): string {
  return line.type === 'project' ? `projekt:${line.id}` : line.id;
}

function styleOf(line: InvestmentLine): StyleToken {
  if (line.type === 'total') return 'total';
  return line.type === 'group' ? 'subtotal' : 'line';
}

export function investmentGrid(report: InvestmentReport, options: InvestmentGridOptions): ReportGrid {
  const { lang } = options;
  const columns = investmentColumns(report);
  const width = columns.length + 2;
  const colOf = new Map(columns.map((c, i) => [c, i + 1]));
  const ref = (c: InvestmentColumn, row: number) => cellA1(row, colOf.get(c) as number);
  const pad = (cells: GridCell[]): GridCell[] => [...cells, ...Array.from({ length: width - cells.length }, () => ({}))];
  const rows: GridCell[][] = [
    pad([{ value: options.title ?? TITLE[lang], style: 'title' }]),
    pad([{ value: periodHeading(report.year, report.through, lang), style: 'subtitle' }]),
    pad([{ value: UNIT_NOTE[lang][report.unit], style: 'note' }]),
    [{ value: LABEL[lang].line, style: 'header' }, ...columns.map((c) => ({ value: investmentColumnLabel(c, report, lang), style: 'header' as const })), { value: LABEL[lang].comment, style: 'header' }],
  ];
  const keys: (string | null)[] = [null, null, null, null];
  const start = rows.length;
  const rowOf = new Map<string, number>();
  report.lines.forEach((l, i) => {
    if (!rowOf.has(lineKey(l))) rowOf.set(lineKey(l), start + i);
  });
  const format = AMOUNT_FORMAT[report.unit];
  report.lines.forEach((line, i) => {
    const row = start + i;
    const style = styleOf(line);
    const cells: GridCell[] = [{ value: line.label, style, indent: line.level }];
    const partRows = line.parts.map((p) => rowOf.get(p)).filter((r): r is number => r !== undefined);
    const summed = line.type === 'total' || line.type === 'group';
    for (const c of columns) {
      const value = line.values[c];
      if (c === 'varianceYear') cells.push({ formula: `=${ref('budgetYear', row)}-${ref('forecastYear', row)}`, value, format, style });
      else if (c === 'changePeriod') cells.push({ formula: `=${ref('actualPeriod', row)}-${ref('actualPriorPeriod', row)}`, value, format, style });
      else if (summed && SUMMED.includes(c)) cells.push({ formula: sumFormula(colOf.get(c) as number, partRows), value, format, style });
      else if (c === 'budgetYear' && report.budgetDerived) cells.push({ formula: `=${ref('originalBudget', row)}+${ref('budgetChange', row)}`, value, format, style });
      else cells.push({ value, format, style });
    }
    cells.push({ value: null, style: 'comment' });
    rows.push(cells);
    keys.push(lineKey(line));
  });
  rows.push(pad([]), pad([{ value: forecastNote(report.forecastMethod, lang), style: 'note' }]));
  keys.push(null, null);
  const mm = String(report.through).padStart(2, '0');
  return {
    name: `KR_Investeringar_${report.year}_${mm}`,
    sheetName: `Investeringar ${report.year}-${mm}`,
    rows,
    columnWidths: [40, ...columns.map(() => 15), 40],
    freeze: { rows: INVESTMENT_HEADER_ROWS, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    commentColumn: width - 1,
    rowKeys: keys,
  };
}
