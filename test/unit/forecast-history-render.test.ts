import * as layout from '../../src/core/layout/report-grid';
import { prepareLedger } from '../../src/core/report/prepare';
import { renderReport, runReport } from '../../src/core/report/run-report';
import { historyGrid, recordForecasts, EMPTY_HISTORY, withForecastHistory } from '../../src/core/history';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { sheet, workbook } from '../helpers/snapshot-builder';

// The ledger of forecast-history.test.ts: income 3010 on budget (−100 000 a month), personnel
// 5010 budget 400 000 a month with actuals 380 000 in Jan–Feb and 420 000 in Mar–Apr.
// Forecast = outcome + remaining budget. Net (income positive):
//   Feb: 1 200 000 − (760 000 + 4 000 000)   = −3 560 000
//   Apr: 1 200 000 − (1 600 000 + 3 200 000) = −3 600 000, 40 000 kr = 40 tkr worse than February.
const PERSONNEL = [380000, 380000, 420000, 420000, 400000, 400000, 400000, 400000, 400000, 400000, 400000, 400000];

function ledgerRows(through: number): CellValue[][] {
  const rows: CellValue[][] = [['Konto', 'Period', 'Utfall', 'Budget']];
  for (let m = 1; m <= 12; m++) {
    rows.push([3010, 202500 + m, m <= through ? -100000 : null, -100000]);
    rows.push([5010, 202500 + m, m <= through ? PERSONNEL[m - 1] : null, 400000]);
  }
  return rows;
}

const OPTIONS = { year: 2025, forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr', lang: 'sv' } as const;

/** April's workbook: the ledger and the history sheet February's report stored. */
function aprilWithFebruaryStored(): WorkbookSnapshot {
  const feb = runReport(workbook(sheet('Huvudbok', ledgerRows(2))), { ...OPTIONS, throughMonth: 2 });
  const stored = historyGrid(recordForecasts(EMPTY_HISTORY, feb.report!));
  return workbook(sheet('Huvudbok', ledgerRows(4)), sheet(stored.sheetName, stored.rows.map((r) => r.map((c) => (c.value === undefined ? null : c.value)))));
}

const SENTENCE = 'Helårsprognosen för Verksamhetens nettokostnad har försämrats med 40 tkr jämfört med prognosen per februari.';

describe('the forecast history read with the ledger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('renderReport drafts the sentence on how the net forecast moved, from the history prepareLedger read', () => {
    const prepared = prepareLedger(aprilWithFebruaryStored(), { year: 2025, throughMonth: 4 });
    expect(prepared.history.history.records.length).toBeGreaterThan(0);
    const r = renderReport(prepared, { ...OPTIONS, throughMonth: 4 });
    expect(r.commentary.map((p) => p.text)).toContain(SENTENCE);
    expect(r.grids[0].rows.some((row) => row.some((c) => c.value === SENTENCE))).toBe(true);
    expect(r.history?.previous?.month).toBe(2);
  });

  it('lays the report grid out once for a report with its history (renderReport, then withForecastHistory)', () => {
    const snapshot = aprilWithFebruaryStored();
    const spy = jest.spyOn(layout, 'reportGrid');
    const r = withForecastHistory(snapshot, renderReport(prepareLedger(snapshot, { year: 2025, throughMonth: 4 }), { ...OPTIONS, throughMonth: 4 }), { lang: 'sv' });
    expect(spy).toHaveBeenCalledTimes(1);
    // …and the written grid still carries the sentence and the columns of the history.
    const cells = r.grids[0].rows.flatMap((row) => row.map((c) => c.value));
    expect(cells).toContain(SENTENCE);
    expect(cells).toContain('Föregående prognos (februari)');
  });

  it("'ignore' renders a report that neither reads nor writes the history (the follow-up's per-unit blocks)", () => {
    const r = renderReport(prepareLedger(aprilWithFebruaryStored(), { year: 2025, throughMonth: 4 }), { ...OPTIONS, throughMonth: 4, forecastHistory: 'ignore' });
    expect(r.history).toBeNull();
    expect(r.commentary.map((p) => p.text)).not.toContain(SENTENCE);
  });
});
