import { buildFollowUp } from '../../src/core/followup';
import { reasonText } from '../../src/core/i18n/render';
import { HISTORY_NAME, readForecastHistory } from '../../src/core/history';
import type { CellValue } from '../../src/core/snapshot';
import type { ReportGrid } from '../../src/core/grid';
import { sheet, workbook } from '../helpers/snapshot-builder';

// A drift ledger (one income and one personnel account, Jan–Aug 2025) and an investment ledger
// (two projects): the follow-up has a drift section, an investment section, and one history
// sheet with the forecasts of both.
function ledgerRows(): CellValue[][] {
  const rows: CellValue[][] = [['Konto', 'Period', 'Utfall', 'Budget']];
  for (let m = 1; m <= 12; m++) {
    rows.push([3010, 202500 + m, m <= 8 ? -100000 : null, -100000]);
    rows.push([5010, 202500 + m, m <= 8 ? 400000 : null, 400000]);
  }
  return rows;
}

const snapshot = workbook(
  sheet('Huvudbok', ledgerRows()),
  sheet('Investeringar', [
    ['Projekt', 'Projektnamn', 'Period', 'Utfall', 'Budget', 'Prognos'],
    [4001, 'Skola Norr', '2025-03', 600000, 2000000, 1800000],
    [4002, 'Gata Syd', '2025-05', 250000, 500000, 500000],
  ]),
);

const asSheet = (g: ReportGrid) => sheet(g.sheetName, g.rows.map((r) => r.map((c) => (c.value === undefined ? null : c.value))));

describe('the whole follow-up', () => {
  const f = buildFollowUp(snapshot, { lang: 'sv', asOf: '2025-08-31', year: 2025, throughMonth: 8, renderReason: reasonText });

  it('writes the sections with data in report order and skips the rest with a reason', () => {
    expect(f.sections.map((s) => [s.id, s.kind])).toEqual([
      ['drift', 'written'],
      ['per-unit', 'skipped'],
      ['investments', 'written'],
      ['goals', 'skipped'],
      ['assignments', 'skipped'],
      ['personnel', 'skipped'],
      ['measures', 'skipped'],
    ]);
    const perUnit = f.sections[1];
    // The reason is a code and its params; the words come from the catalog, at the edge.
    expect(perUnit.kind === 'skipped' && perUnit.reason).toEqual({ code: 'followup.no-unit-column', params: {} });
    expect(f.grids[0].sheetName).toBe('Innehåll');
  });

  it('writes the skipped reason into the contents sheet with the renderer it is given, in its language', () => {
    const contents = f.grids[0];
    const row = contents.rows[contents.rowKeys!.indexOf('section:per-unit')];
    expect(row[2].value).toBe('Överhoppat: Huvudboken har ingen kolumn Verksamhet eller Ansvar att dela upp rapporten efter. Lägg till en av dem i huvudboken, eller välj en annan kolumn med --by.');
    const en = buildFollowUp(snapshot, { lang: 'en', asOf: '2025-08-31', year: 2025, throughMonth: 8, renderReason: reasonText }).grids[0];
    expect(en.rows[en.rowKeys!.indexOf('section:goals')][2].value).toBe(
      'Skipped: No goal table (Indicator, Target, Outcome) was found. Add a sheet with the goal table to the workbook to include the section.',
    );
  });

  it('names the column asked for (--by) when the ledger lacks it', () => {
    const g = buildFollowUp(snapshot, { lang: 'sv', asOf: '2025-08-31', year: 2025, throughMonth: 8, by: 'Kostnadsställe', renderReason: reasonText });
    const perUnit = g.sections[1];
    expect(perUnit.kind === 'skipped' && reasonText(perUnit.reason, 'sv')).toBe("Huvudboken har ingen kolumn 'Kostnadsställe' att dela upp rapporten efter. Välj en kolumn som finns i huvudboken med --by.");
  });

  it('keeps one hidden history sheet holding the drift lines and the investment lines of the month', () => {
    const histories = f.grids.filter((g) => g.name === HISTORY_NAME);
    expect(histories).toHaveLength(1);
    expect(histories[0].visibility).toBe('hidden');
    const records = readForecastHistory(workbook(asSheet(histories[0]))).history.records;
    const personnel = records.find((r) => r.report === 'drift' && r.line === 'personnel');
    // Remaining budget: 3 200 000 + (4 800 000 − 3 200 000) = 4 800 000 of cost, stored income-positive.
    expect(personnel).toMatchObject({ year: 2025, month: 8, forecast: -4800000 });
    const invest = records.filter((r) => r.report === 'investeringar');
    // The projects' manual forecasts, 1 800 000 and 500 000, and their total 2 300 000, as expenditures.
    expect(invest.map((r) => r.forecast)).toEqual(expect.arrayContaining([1800000, 500000, 2300000]));
  });

  it('names only sheets it writes: no section lists a history copy that is merged away', () => {
    // Before one history was held for the whole follow-up, the investment section carried a
    // second history grid placed as 'Prognoshistorik (2)' and then dropped from the grids.
    const written = new Set(f.grids.map((g) => g.sheetName));
    const listed = f.sections.flatMap((s) => (s.kind === 'written' ? s.grids.map((g) => g.sheetName) : []));
    expect(listed.filter((n) => !written.has(n))).toEqual([]);
    expect(f.grids.map((g) => g.sheetName).filter((n) => n.startsWith('Prognoshistorik'))).toEqual(['Prognoshistorik']);
  });

  it('records a second run of the month over the history it wrote, keeping the earlier months', () => {
    // The follow-up run again on its own output for September: August's records stay, September's are added.
    const history = f.grids.find((g) => g.name === HISTORY_NAME)!;
    // The workbook as the writer left it: the history sheet and its defined name (the block is refreshed there).
    const written = { ...workbook(...snapshot.sheets, asSheet(history)), definedNames: [{ name: HISTORY_NAME, sheet: history.sheetName, range: 'A1' }] };
    const again = buildFollowUp(written, { lang: 'sv', asOf: '2025-09-30', year: 2025, throughMonth: 9, renderReason: reasonText });
    const stored = again.grids.find((g) => g.name === HISTORY_NAME)!;
    expect(stored.sheetName).toBe('Prognoshistorik');
    const records = readForecastHistory(workbook(asSheet(stored))).history.records;
    const months = new Set(records.filter((r) => r.line === 'personnel').map((r) => r.month));
    expect([...months].sort()).toEqual([8, 9]);
    expect(records.some((r) => r.report === 'investeringar' && r.month === 8)).toBe(true);
  });
});
