import { runInvestments } from '../../src/core/investments/run';
import { investmentJson } from '../../src/core/investments/json';
import { alingsasWorkbook, ORDER, PUBLISHED } from '../fixtures/investments/alingsas';
import type { InvestmentLineId } from '../fixtures/investments/alingsas';
import { printedRow, tkr, tkrRow } from '../helpers/published-row';

describe('Alingsås KS delårsbokslut 2023, Investeringar (DOMAIN.md §11)', () => {
  const run = runInvestments(alingsasWorkbook(), { unit: 'tkr' });
  const report = run.report;
  const line = (id: string) => {
    const l = report?.lines.find((x) => x.id === id);
    if (!l) throw new Error(`no line ${id}`);
    return l;
  };

  it('reads the typed ledger and the structure without issues and reports January–August 2023 by the manual forecast', () => {
    expect(run.issues).toEqual([]);
    expect(run.ledger?.form).toBe('typed');
    expect(run.ledger?.projects).toHaveLength(20);
    expect(report?.year).toBe(2023);
    expect(report?.through).toBe(8);
    expect(report?.forecastMethod).toBe('manual');
    expect(run.grids).toHaveLength(1);
  });

  it('lists the published lines in order, nested as printed, the total last', () => {
    expect(report?.lines.map((l) => [l.id, l.level])).toEqual(ORDER);
    expect(report?.lines.map((l) => l.label)).toEqual(ORDER.map(([id]) => PUBLISHED[id].label));
    expect(line('total').type).toBe('total');
    expect(['expansion', 'exploatering', 'reinv', 'anpass'].map((id) => line(id).type)).toEqual(['group', 'group', 'group', 'group']);
    expect(line('mark').type).toBe('line');
  });

  it.each(ORDER.map(([id]) => id))('reproduces every published cell of %s to the tkr', (id: InvestmentLineId) => {
    const p = PUBLISHED[id];
    const v = line(id).values;
    expect(tkrRow(v)).toEqual(printedRow(p));
  });

  it('sums unrounded kronor: where the printed parts add to one more or less, the group is the published figure', () => {
    // Exploatering 2023: printed parts 491 + 3 335 + 2 406 = 6 232, printed group 6 233.
    expect(PUBLISHED.nss.actual + PUBLISHED.vnorr.actual + PUBLISHED.ovr.actual).toBe(6232);
    expect(tkr(line('exploatering').values.actualPeriod)).toBe(6233);
    // Reinvestering 2023: printed parts 272 + 3 575 + 1 886 + 2 121 = 7 854, printed group 7 853.
    expect(PUBLISHED.inventarier.actual + PUBLISHED.tjk.actual + PUBLISHED.fast.actual + PUBLISHED.nolhaga.actual).toBe(7854);
    expect(tkr(line('reinv').values.actualPeriod)).toBe(7853);
    // The unrounded amounts: 491 400 + 3 335 400 + 2 406 400 and 271 700 + 3 574 700 + 1 885 700 + 2 120 700.
    expect(line('exploatering').values.actualPeriod).toBeCloseTo(6_233_200, 6);
    expect(line('reinv').values.actualPeriod).toBeCloseTo(7_852_800, 6);
  });

  it('shows the empty category with zeros, not missing', () => {
    expect(line('image').values).toEqual({ originalBudget: 0, budgetChange: 0, budgetYear: 0, forecastYear: 0, varianceYear: 0, actualPeriod: 0, actualPriorPeriod: 0, changePeriod: 0 });
  });

  it('counts the investeringsbidrag (income, negative) against Norra Stadsskogen', () => {
    // 412 345,60 + 229 054,40 − 150 000 = 491 400; forecast 4 000 000 + 960 000 − 150 000 = 4 810 000.
    expect(line('nss').values.actualPeriod).toBeCloseTo(491_400, 6);
    expect(line('nss').values.forecastYear).toBeCloseTo(4_810_000, 6);
  });

  it('prints JSON with the documented shape, kronor unrounded', () => {
    const json = investmentJson(report!, run.issues, 'sv');
    expect(json.year).toBe(2023);
    expect(json.through).toBe('2023-08');
    expect(json.lines[0]).toEqual({
      id: 'expansion',
      label: 'Expansionsinvestering',
      level: 0,
      type: 'group',
      values: expect.objectContaining({ budgetYear: 27_050_000, forecastYear: 22_876_000, varianceYear: 4_174_000 }),
    });
    expect(Object.keys(json.lines[0].values)).toEqual(['budgetYear', 'forecastYear', 'varianceYear', 'actualPeriod', 'actualPriorPeriod', 'changePeriod']);
    expect(json.lines[0].values.actualPeriod).toBeCloseTo(16_344_200, 6);
  });
});

describe('the Alingsås investment table as a grid', () => {
  const grid = runInvestments(alingsasWorkbook(), { unit: 'tkr' }).grids[0];
  const rowOf = (label: string) => grid.rows.findIndex((r) => r[0].value === label);

  it('adds groups of groups with live SUMs: the total over the four categories, Expansion over a line and a group', () => {
    // Rows (0-based): 4 Expansion, 5 Markinköp, 6 Exploatering, 7–9 its lines, 10 Image, 11 Reinvestering …, 19 total.
    expect(rowOf('Expansionsinvestering')).toBe(4);
    expect(grid.rows[4][1].formula).toBe('=SUM(B6:B7)');
    expect(grid.rows[6][4].formula).toBe('=SUM(E8:E10)');
    expect(grid.rows[rowOf('Totala utgifter')][1].formula).toBe('=SUM(B5,B11,B12,B17)');
    expect(grid.rows[5][1].formula).toBeUndefined();
    expect(grid.rows[5][1].value).toBe(2_000_000);
  });

  it('indents by level, bolds groups and the total, keeps a Kommentar column keyed by line id, and names the block', () => {
    expect(grid.rows.slice(4, 20).map((r) => r[0].indent)).toEqual(ORDER.map(([, level]) => level));
    expect(grid.rows[4][0].style).toBe('subtotal');
    expect(grid.rows[rowOf('Totala utgifter')][0].style).toBe('total');
    expect(grid.rows[5][0].style).toBe('line');
    expect(grid.rows[3].map((c) => c.value)).toEqual(['Belopp', 'Budget 2023', 'Prognos helår 2023', 'Avv. prognos/budget', 'Utfall jan–aug 2023', 'Utfall jan–aug 2022', 'Diff. utfall 2022/2023', 'Kommentar']);
    expect(grid.rowKeys?.slice(4, 20)).toEqual(ORDER.map(([id]) => id));
    expect(grid.commentColumn).toBe(7);
    expect(grid.name).toBe('KR_Investeringar_2023_08');
    expect(grid.sheetName).toBe('Investeringar 2023-08');
    expect(grid.print).toEqual({ landscape: true, fitToWidth: true });
    expect(grid.freeze).toEqual({ rows: 4, columns: 1 });
  });
});
