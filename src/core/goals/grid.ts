import type { Lang } from '../i18n/types';
import type { ConditionalFormat, GridCell, IconSet, ReportGrid } from '../grid';
import { columnLetters } from '../address';
import { formatSwedishNumber } from '../text/number';
import { DIRECTION_LABEL, GOAL_STATUS_COLOUR, GOAL_STATUS_LABEL, INDICATOR_STATUS_COLOUR, INDICATOR_STATUS_LABEL } from './labels';
import type { GoalReport, GoalStatus, GoalValue, IndicatorStatus } from './types';

export type GoalGridOptions = { readonly lang: Lang };

const T = {
  sv: {
    title: (y: string) => `Måluppföljning${y}`,
    note: (t: string) =>
      `Status per indikator: målvärdet nått, nära (kvot ≥ ${t} och inte sämre än föregående år), förbättring eller ej nått. Tal inom parentes är preliminära utfall. En manuell bedömning visas före regelns.`,
    head: ['Mål / indikator', 'Riktning', 'Målvärde', 'Utfall', 'Utfall', 'Kvot', 'Status', 'Poäng (1–3)', 'Enligt regeln'],
    summary: 'Sammanställning av målen',
    count: 'Antal mål',
    median: 'Median (1 = helt uppfyllt, 3 = ej uppfyllt)',
    mean: 'Medelvärde (1–3)',
    differs: 'avviker',
  },
  en: {
    title: (y: string) => `Goal follow-up${y}`,
    note: (t: string) =>
      `Status per indicator: target reached, near (ratio ≥ ${t} and not worse than last year), improving or not reached. Figures in parentheses are preliminary outcomes. A manual assessment is shown before the rule's.`,
    head: ['Goal / indicator', 'Direction', 'Target', 'Outcome', 'Outcome', 'Ratio', 'Status', 'Score (1–3)', 'By the rule'],
    summary: 'Summary of the goals',
    count: 'Goals',
    median: 'Median (1 = fully met, 3 = not met)',
    mean: 'Mean (1–3)',
    differs: 'differs',
  },
} as const;

const GOAL_ORDER: readonly GoalStatus[] = ['HELT', 'I_HOG_GRAD', 'DELVIS', 'EJ', 'EJ_UTVARDERAD'];
const IND_ORDER: readonly IndicatorStatus[] = ['MET', 'NEAR', 'IMPROVING', 'NOT_MET', 'NO_DATA'];

/** Columns of the table (0-based). */
const STATUS_COL = 6;
const SCORE_COL = 7;
const RULE_COL = 8;

/** 1 (Helt) green, 2 yellow, 3 (Ej) red: the lights are reversed because a low score is good. */
const SCORE_LIGHTS: IconSet = { style: 'three-traffic-lights', reverse: true, thresholds: [2, 3] };

/** A number format that shows the value as the report does: decimals as typed, ' %', '(…)' when preliminary. */
function valueFormat(v: GoalValue & { kind: 'number' }): string {
  const decimals = Math.min(2, (String(v.value).split('.')[1] ?? '').length);
  let f = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  if (v.percent) f += '" %"';
  return v.preliminary ? `"("${f}")"` : f;
}

function valueCell(v: GoalValue): GridCell {
  return v.kind === 'number' ? { value: v.value, format: valueFormat(v), style: 'line' } : { value: '–', style: 'line' };
}

/**
 * The goal table as a report block: a row per goal with its status and its score on the 1–3
 * scale, its indicators below with theirs, and a summary (counts per status, median and mean on
 * the 1–3 scale). Status cells always carry their text; colour comes from style tokens and from
 * conditional formats on that text, so an edited status recolours itself. The score column
 * carries traffic lights where the host shows icon sets (Ej utvärderad has no score, no light).
 */
export function goalGrid(report: GoalReport, options: GoalGridOptions): ReportGrid {
  const lang = options.lang;
  const t = T[lang];
  const y = report.year;
  const yearSuffix = y !== null ? ` ${y}` : '';
  const head = t.head.map((h, i) => (i >= 2 && i <= 4 && y !== null ? `${h} ${i === 4 ? y - 1 : y}` : h));
  const theta = lang === 'sv' ? formatSwedishNumber(report.threshold, 2) : report.threshold.toFixed(2);
  const rows: GridCell[][] = [
    [{ value: t.title(yearSuffix), style: 'title' }],
    [{ value: t.note(theta), style: 'note' }],
    head.map((h) => ({ value: h, style: 'header' as const })),
  ];
  const keys: (string | null)[] = [null, null, null];
  let area: string | null = null;
  report.goals.forEach((g, gi) => {
    if (g.area && g.area !== area) {
      rows.push([{ value: g.area, style: 'subtitle' }]);
      keys.push(`area:${gi}`);
    }
    area = g.area;
    const label = GOAL_STATUS_LABEL[g.status][lang];
    const rule = g.manual ? `${GOAL_STATUS_LABEL[g.ruleStatus][lang]}${g.differs ? ` (${t.differs})` : ''}` : '';
    rows.push([
      { value: g.goal, style: 'subtotal' },
      { value: null, style: 'subtotal' },
      { value: null, style: 'subtotal' },
      { value: null, style: 'subtotal' },
      { value: null, style: 'subtotal' },
      { value: null, style: 'subtotal' },
      { value: label, style: GOAL_STATUS_COLOUR[g.status] },
      { value: g.score, format: '0', style: 'subtotal' },
      rule ? { value: rule, style: GOAL_STATUS_COLOUR[g.ruleStatus] } : { value: null, style: 'subtotal' },
    ]);
    keys.push(`goal:${gi}`);
    g.indicators.forEach((ind, ii) => {
      rows.push([
        { value: ind.row.indicator, style: 'line', indent: 1 },
        { value: DIRECTION_LABEL[ind.row.direction][lang], style: 'line' },
        valueCell(ind.row.target),
        valueCell(ind.row.outcome),
        valueCell(ind.row.previous),
        ind.ratio !== null ? { value: ind.ratio, format: '0%', style: 'line' } : { value: '–', style: 'line' },
        { value: INDICATOR_STATUS_LABEL[ind.status][lang], style: INDICATOR_STATUS_COLOUR[ind.status] },
        { value: null, style: 'line' },
        { value: null, style: 'line' },
      ]);
      keys.push(`indicator:${gi}:${ii}`);
    });
  });
  const lastTableRow = rows.length;
  rows.push([], [{ value: t.summary, style: 'header' }, { value: t.count, style: 'header' }]);
  keys.push(null, null);
  for (const s of GOAL_ORDER) {
    rows.push([{ value: GOAL_STATUS_LABEL[s][lang], style: GOAL_STATUS_COLOUR[s] }, { value: report.summary.counts[s], style: 'line' }]);
    keys.push(`count:${s}`);
  }
  rows.push([{ value: t.median, style: 'total' }, { value: report.summary.median ?? '–', style: 'total', format: '0.0' }]);
  rows.push([{ value: t.mean, style: 'total' }, { value: report.summary.mean ?? '–', style: 'total', format: '0.0' }]);
  keys.push('median', 'mean');
  const goalRules = GOAL_ORDER.map((s) => ({ equals: GOAL_STATUS_LABEL[s][lang], style: GOAL_STATUS_COLOUR[s] }));
  const indRules = IND_ORDER.map((s) => ({ equals: INDICATOR_STATUS_LABEL[s][lang], style: INDICATOR_STATUS_COLOUR[s] }));
  const column = (c: number): string => `${columnLetters(c)}4:${columnLetters(c)}${lastTableRow}`;
  const conditionalFormats: ConditionalFormat[] = [
    { kind: 'text-fill', range: column(STATUS_COL), rules: [...goalRules, ...indRules] },
    { kind: 'icon-set', range: column(SCORE_COL), iconSet: SCORE_LIGHTS },
    { kind: 'text-fill', range: column(RULE_COL), rules: goalRules },
  ];
  return {
    name: `KR_Mal${y !== null ? `_${y}` : ''}`,
    sheetName: `${lang === 'sv' ? 'Mål' : 'Goals'}${yearSuffix}`,
    rows,
    columnWidths: [62, 18, 14, 14, 14, 8, 22, 12, 26],
    freeze: { rows: 3, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    conditionalFormats: lastTableRow > 3 ? conditionalFormats : [],
    rowKeys: keys,
  };
}
