import { runReport } from '../../src/core/report/run-report';
import type { Report } from '../../src/core/report/report-types';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import type { ReportGrid } from '../../src/core/grid';
import {
  EMPTY_HISTORY,
  HISTORY_SHEET,
  accuracyGrid,
  applyForecastHistory,
  forecastAccuracy,
  forecastMoveSentence,
  historyGrid,
  previousForecast,
  readForecastHistory,
  recordForecasts,
  withForecastChange,
} from '../../src/core/history';
import { sheet, workbook } from '../helpers/snapshot-builder';
import { said } from '../helpers/issue-text';

// A ledger for 2025, monthly rows, bookkeeping sign: income 3010 budget −100 000 a month and
// actual −100 000 every month; personnel 5010 budget 400 000 a month, actual 380 000 in Jan–Feb,
// 420 000 in Mar–Apr, 400 000 in May–Dec. Forecast = outcome + remaining budget.
// Personnel, full year budget 4 800 000:
//   Feb: U 760 000   → F 760 000 + 4 800 000 − 800 000   = 4 760 000
//   Apr: U 1 600 000 → F 1 600 000 + 4 800 000 − 1 600 000 = 4 800 000 (40 000 worse than Feb)
//   Aug: U 3 200 000 → F 3 200 000 + 4 800 000 − 3 200 000 = 4 800 000 (unchanged since Apr)
//   Dec: U 4 800 000 (the outcome of the year)
// Income is on budget: F = 1 200 000 every month. Net (income positive): −3 560 000 in Feb,
// −3 600 000 in Apr and Aug; outcome −3 600 000.
const PERSONNEL = [380000, 380000, 420000, 420000, 400000, 400000, 400000, 400000, 400000, 400000, 400000, 400000];

function ledger(through: number): WorkbookSnapshot {
  const rows: CellValue[][] = [['Konto', 'Period', 'Utfall', 'Budget']];
  for (let m = 1; m <= 12; m++) {
    const p = 202500 + m;
    rows.push([3010, p, m <= through ? -100000 : null, -100000]);
    rows.push([5010, p, m <= through ? PERSONNEL[m - 1] : null, 400000]);
  }
  return workbook(sheet('Huvudbok', rows));
}

function reportFor(through: number, signs: 'costs-negative' | 'income-negative' = 'costs-negative'): { report: Report; grid: ReportGrid } {
  const r = runReport(ledger(through), { throughMonth: through, year: 2025, forecast: 'remaining-budget', signs, unit: 'tkr' });
  if (!r.report || !r.grids[0]) throw new Error(r.issues.map((i) => said(i).en).join('\n'));
  return { report: r.report, grid: r.grids[0] };
}

/** The grid written to a sheet and read back the way a snapshot delivers it. */
function asSheet(grid: ReportGrid) {
  return sheet(grid.sheetName, grid.rows.map((r) => r.map((c) => (c.value === undefined ? null : c.value))));
}

describe('forecast history', () => {
  const feb = reportFor(2);
  const apr = reportFor(4);
  const aug = reportFor(8);
  const h1 = recordForecasts(EMPTY_HISTORY, feb.report);
  const h2 = recordForecasts(h1, apr.report);
  const h3 = recordForecasts(h2, aug.report);

  it('stores each month and gives the latest earlier month as the previous forecast', () => {
    const prevForAug = previousForecast(h3, { year: 2025, month: 8 })!;
    expect(prevForAug.month).toBe(4);
    expect(prevForAug.byKey.get('|personnel')).toBe(-4800000);
    const prevForApr = previousForecast(h3, { year: 2025, month: 4 })!;
    expect(prevForApr.month).toBe(2);
    expect(prevForApr.byKey.get('|personnel')).toBe(-4760000);
    expect(prevForApr.byKey.get('|net')).toBe(-3560000);
    expect(previousForecast(h3, { year: 2025, month: 2 })).toBeNull();
  });

  it('replaces a month on a second run in the same month instead of adding it twice', () => {
    const again = recordForecasts(h3, aug.report);
    expect(again.records.length).toBe(h3.records.length);
  });

  it('adds Föregående prognos and Prognosförändring before Kommentar, the change a formula that is positive when the forecast improved', () => {
    const g = withForecastChange(apr.grid, apr.report, previousForecast(h3, { year: 2025, month: 4 })!, 'sv');
    const header = g.rows[3].map((c) => c.value);
    expect(header.slice(-3)).toEqual(['Föregående prognos (februari)', 'Prognosförändring', 'Kommentar']);
    const r = g.rowKeys!.indexOf('personnel');
    const cells = g.rows[r];
    expect(cells[11]).toMatchObject({ value: -4760000 });
    // Forecast in column F (index 5), previous in L (index 11): F − L = −4 800 000 − (−4 760 000) = −40 000.
    expect(cells[12]).toMatchObject({ formula: `=F${r + 1}-L${r + 1}`, value: -40000 });
    expect(g.commentColumn).toBe(13);
  });

  it('moves the variance charts right with the two new columns, past the Kommentar column', () => {
    const g = withForecastChange(apr.grid, apr.report, previousForecast(h3, { year: 2025, month: 4 })!, 'sv');
    const before = apr.grid.charts ?? [];
    expect(before.length).toBeGreaterThan(0);
    expect(g.charts?.map((c) => c.anchor.fromCol)).toEqual(before.map((c) => c.anchor.fromCol + 2));
    expect(Math.min(...(g.charts ?? []).map((c) => c.anchor.fromCol))).toBeGreaterThan(g.commentColumn!);
  });

  it('keeps "positive is favourable" under the bookkeeping sign convention too', () => {
    const aprBk = reportFor(4, 'income-negative');
    const g = withForecastChange(aprBk.grid, aprBk.report, previousForecast(h3, { year: 2025, month: 4 })!, 'sv');
    const r = g.rowKeys!.indexOf('personnel');
    // Shown with costs positive: previous 4 760 000, now 4 800 000; change = previous − now = −40 000.
    expect(g.rows[r][11]).toMatchObject({ value: 4760000 });
    expect(g.rows[r][12]).toMatchObject({ formula: `=L${r + 1}-F${r + 1}`, value: -40000 });
  });

  it('says how the net forecast moved, in the words of the reports', () => {
    const prev = previousForecast(h3, { year: 2025, month: 4 })!;
    expect(forecastMoveSentence(apr.report, prev, 'net', 'sv')).toBe(
      'Helårsprognosen för Verksamhetens nettokostnad har försämrats med 40 tkr jämfört med prognosen per februari.',
    );
    const prevAug = previousForecast(h3, { year: 2025, month: 8 })!;
    expect(forecastMoveSentence(aug.report, prevAug, 'net', 'sv')).toBe('Helårsprognosen för Verksamhetens nettokostnad är oförändrad jämfört med prognosen per april.');
  });

  it('stores the history on a sheet that reads back to the same records', () => {
    const grid = historyGrid(h3);
    expect(grid.visibility).toBe('hidden');
    expect(grid.sheetName).toBe(HISTORY_SHEET);
    const read = readForecastHistory(workbook(asSheet(grid)));
    expect(read.kind).toBe('read');
    expect(read.issues).toEqual([]);
    expect(read.history).toEqual(h3);
  });

  it('judges each month against the closed year: forecast minus outcome, and the mean absolute error of the leaf lines', () => {
    const dec = reportFor(12);
    const acc = forecastAccuracy(h3, dec.report)!;
    expect(acc.months).toEqual([2, 4, 8]);
    const personnel = acc.lines.find((l) => l.id === 'personnel')!;
    // Outcome −4 800 000; Feb forecast −4 760 000 → error +40 000; Apr and Aug exact.
    expect(personnel.outcome).toBe(-4800000);
    expect(personnel.errors).toEqual([40000, 0, 0]);
    // The default template's leaf lines (type konton): income, personnel, premises, other,
    // allocation, financial. Only personnel is off in February: (0 + 40 000 + 0 + 0 + 0 + 0) / 6.
    expect(acc.lines.filter((l) => l.type === 'konton').map((l) => l.id)).toEqual(['income', 'personnel', 'premises', 'other', 'allocation', 'financial']);
    expect(acc.meanAbsoluteError[0]).toBeCloseTo(40000 / 6, 6);
    expect(acc.meanAbsoluteError[1]).toBe(0);
    const grid = accuracyGrid(acc, { lang: 'sv', unit: 'tkr' });
    expect(grid.rows[3].map((c) => c.value)).toEqual(['Rad', 'Utfall 2025', 'Prognos februari', 'Prognos april', 'Prognos augusti']);
    expect(forecastAccuracy(h3, aug.report)).toBeNull();
  });

  it('tells the user plainly when the history sheet was deleted after reports were written, and starts again', () => {
    const snap: WorkbookSnapshot = { ...ledger(8), definedNames: [{ name: 'KR_Rapport_2025_04', sheet: 'Rapport 2025-04', range: 'A1:L20' }] };
    const applied = applyForecastHistory(snap, aug.report, aug.grid, 'sv');
    expect(applied.issues).toEqual([expect.objectContaining({ code: 'history-missing', severity: 'info' })]);
    expect(said(applied.issues[0]).sv).toContain('historiken börjar om från den här månaden');
    expect(applied.previous).toBeNull();
    expect(applied.grids.map((g) => g.name)).toEqual([aug.grid.name, 'KR_Prognoshistorik']);
  });

  it('reads the stored months from the workbook and survives a renamed report sheet (the history is its own sheet)', () => {
    const stored = asSheet(historyGrid(h2));
    const snap = workbook(...ledger(8).sheets, stored, sheet('Min rapport (omdöpt)', [['x']]));
    const applied = applyForecastHistory(snap, aug.report, aug.grid, 'sv');
    expect(applied.issues).toEqual([]);
    expect(applied.previous?.month).toBe(4);
    expect(applied.sentence).toContain('oförändrad jämfört med prognosen per april');
    const again = readForecastHistory(workbook(asSheet(applied.grids[1])));
    expect(again.history).toEqual(h3);
  });

  it('warns about a hand-damaged row and keeps the rest', () => {
    const s = asSheet(historyGrid(h1));
    const values = s.values.map((r) => [...r]);
    values[2][1] = 'feb';
    const read = readForecastHistory(workbook({ ...s, values }));
    expect(read.issues).toEqual([expect.objectContaining({ code: 'history-bad-row', address: 'A3' })]);
    expect(read.history.records.length).toBe(h1.records.length - 1);
  });
});
