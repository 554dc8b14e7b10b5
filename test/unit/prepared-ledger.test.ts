/**
 * Prepare once, render many: the pane reads and validates a workbook once per read, and a change
 * of unit, sign convention or forecast method renders the report again from the prepared ledger
 * without reading, validating or aggregating the sheet again. The ledger is worked by hand:
 * personnel (class 5) 100 kr a month in Jan–Mar 2025, budget 120 a month; fees (class 3) −50 a
 * month, budget −40 (bookkeeping sign).
 */
import * as validate from '../../src/core/validate/validate-workbook';
import * as build from '../../src/core/report/build-report';
import { engine } from '../../src/taskpane/engine';
import { fitsPrepared, prepareLedger } from '../../src/core/report/prepare';
import { renderReport, runReport } from '../../src/core/report/run-report';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { ReportGrid } from '../../src/core/grid';
import type { ReportOptions } from '../../src/taskpane/engine-types';

function ledger(): WorkbookSnapshot {
  const rows: (string | number | null)[][] = [['Konto', 'Period', 'Utfall', 'Budget']];
  for (const m of [1, 2, 3]) rows.push([5010, 202500 + m, 100, 120], [3110, 202500 + m, -50, -40]);
  return { sheets: [{ name: 'Huvudbok', originRow: 0, originCol: 0, values: rows }] };
}

/** Utfall perioden (column 3) of a line, as the grid holds it: kronor, unrounded. */
const actual = (grid: ReportGrid | null, label: string): unknown => grid?.rows.find((r) => String(r[0]?.value ?? '').startsWith(label))?.[3]?.value;

afterEach(() => jest.restoreAllMocks());

describe('the pane renders option changes from the ledger it prepared', () => {
  it('validates once per read and aggregates once for unit, sign and forecast changes', () => {
    const validations = jest.spyOn(validate, 'validateWorkbook');
    const passes = jest.spyOn(build, 'aggregate');
    const snapshot = ledger();
    expect(engine.inspect(snapshot).ledger?.lastActual).toBe(202503);
    const base: ReportOptions = { through: 202503, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative' };
    const tkr = engine.report(snapshot, base, 'sv');
    const kr = engine.report(snapshot, { ...base, unit: 'kr' }, 'sv');
    const flipped = engine.report(snapshot, { ...base, signs: 'income-negative' }, 'sv');
    const linear = engine.report(snapshot, { ...base, forecast: 'linear' }, 'sv');
    expect(validations).toHaveBeenCalledTimes(1);
    expect(passes).toHaveBeenCalledTimes(1);
    // Personnel Jan–Mar: 3 × 100 = 300 kr, costs negative → −300; bookkeeping sign → +300.
    expect([actual(tkr.grid, 'Personalkostnader'), actual(kr.grid, 'Personalkostnader'), actual(flipped.grid, 'Personalkostnader')]).toEqual([-300, -300, 300]);
    // The unit is the number format: tkr scales by 1 000, kr does not.
    expect(tkr.grid?.rows.find((r) => String(r[0]?.value).startsWith('Personal'))?.[3]?.format).toContain(',;');
    expect(kr.grid?.rows.find((r) => String(r[0]?.value).startsWith('Personal'))?.[3]?.format).not.toContain(',;');
    // Forecast, column 5. The budget is three monthly rows, so B = Bm = 3 × 120 = 360 (−360 costs negative):
    // remaining budget U + (B − Bm) = −300 + 0 = −300; linear U × 12/3 = −1 200.
    const forecast = (g: ReportGrid | null) => g?.rows.find((r) => String(r[0]?.value).startsWith('Personal'))?.[5]?.value;
    expect([forecast(tkr.grid), forecast(linear.grid)]).toEqual([-300, -1200]);
  });

  it('a month in another year, or a new read, prepares again', () => {
    const validations = jest.spyOn(validate, 'validateWorkbook');
    const snapshot = ledger();
    engine.inspect(snapshot);
    engine.report(snapshot, { through: 202503, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative' }, 'sv');
    engine.report(snapshot, { through: 202412, forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative' }, 'sv');
    expect(validations).toHaveBeenCalledTimes(2);
    engine.inspect(ledger()); // a new snapshot: the workbook was read again
    expect(validations).toHaveBeenCalledTimes(3);
  });
});

describe('prepareLedger and renderReport', () => {
  it('render the same report as runReport', () => {
    const snapshot = ledger();
    const options = { forecast: 'linear' as const, unit: 'kr' as const, signs: 'costs-negative' as const, year: 2025, throughMonth: 2 };
    const a = runReport(snapshot, options);
    const b = renderReport(prepareLedger(snapshot, { year: 2025, throughMonth: 2 }), options);
    expect(b.report?.lines).toEqual(a.report?.lines);
    // Personnel Jan–Feb: 2 × 100 = 200 kr → −200.
    expect(b.report?.lines.find((l) => l.id === 'personnel')?.values.actualPeriod).toBe(-200);
  });

  it('fits another month of the prepared year, not another year, and not an aggregated listing', () => {
    const prepared = prepareLedger(ledger());
    expect(prepared.reportYear).toBe(2025);
    expect(fitsPrepared(prepared, 2025, 2)).toBe(true);
    expect(fitsPrepared(prepared, 2024, 12)).toBe(false);
    const listing: WorkbookSnapshot = {
      sheets: [{ name: 'Saldolista', originRow: 0, originCol: 0, values: [['Saldolista januari–augusti 2025'], ['Konto', 'Budget helår', 'Utfall ack'], [5010, 1200, 800]] }],
    };
    const agg = prepareLedger(listing);
    expect(agg.ledger?.form).toBe('aggregated');
    expect(fitsPrepared(agg, 2025, 6)).toBe(false);
  });
});
