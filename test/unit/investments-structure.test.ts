import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { runInvestments } from '../../src/core/investments/run';
import { said } from '../helpers/issue-text';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, originRow: 0, originCol: 0, values });

/** A per-project listing in kronor, aggregated form: the period from the title, no Budget column. */
function perProject(): WorkbookSnapshot {
  return {
    sheets: [
      sheet('Investeringsprojekt', [
        ['Investeringsuppföljning jan–aug 2024'],
        ['Projektnr', 'Projektnamn', 'Ursprunglig budget', 'Ombudgetering', 'Utfall 2024', 'Utfall 2023', 'Prognos'],
        [7001, 'Förskola Ängen', 5_000_000, 1_200_000, 3_456_789.5, 1_000_000, 6_000_000],
        [7002, 'Gata Centrum', 2_000_000, 0, 2_500_000, 0, 2_800_000],
        [7003, 'Statsbidrag laddstolpar', 0, 0, -300_000, 0, -300_000],
        [7004, 'Lekplats', 800_000, -200_000, 0, 150_000, 600_000],
      ]),
    ],
  };
}

describe('a per-project table in kronor with original and total budget', () => {
  const run = runInvestments(perProject(), { unit: 'kr' });
  const report = run.report!;
  const v = (id: string) => report.lines.find((l) => l.id === id)!.values;

  it('reads the listing for January–August 2024 and shows the budget split', () => {
    expect(run.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(run.ledger?.form).toBe('aggregated');
    expect([report.year, report.through]).toEqual([2024, 8]);
    expect(report.budgetSplit).toBe(true);
    expect(report.budgetDerived).toBe(true);
    expect(report.structure).toBe('projects');
    expect(report.lines.map((l) => [l.label, l.type, l.level])).toEqual([
      ['7001 Förskola Ängen', 'project', 0],
      ['7002 Gata Centrum', 'project', 0],
      ['7003 Statsbidrag laddstolpar', 'project', 0],
      ['7004 Lekplats', 'project', 0],
      ['Summa investeringar', 'total', 0],
    ]);
  });

  it('computes every project by hand: total budget = ursprunglig + ombudgetering, avvikelse = total budget − prognos', () => {
    // 5 000 000 + 1 200 000 = 6 200 000; 6 200 000 − 6 000 000 = 200 000; 3 456 789,5 − 1 000 000 = 2 456 789,5
    expect(v('7001')).toEqual({ originalBudget: 5_000_000, budgetChange: 1_200_000, budgetYear: 6_200_000, forecastYear: 6_000_000, varianceYear: 200_000, actualPeriod: 3_456_789.5, actualPriorPeriod: 1_000_000, changePeriod: 2_456_789.5 });
    // 2 000 000 − 2 800 000 = −800 000 (over-spend)
    expect(v('7002')).toEqual({ originalBudget: 2_000_000, budgetChange: 0, budgetYear: 2_000_000, forecastYear: 2_800_000, varianceYear: -800_000, actualPeriod: 2_500_000, actualPriorPeriod: 0, changePeriod: 2_500_000 });
    // income: 0 − (−300 000) = 300 000
    expect(v('7003')).toEqual({ originalBudget: 0, budgetChange: 0, budgetYear: 0, forecastYear: -300_000, varianceYear: 300_000, actualPeriod: -300_000, actualPriorPeriod: 0, changePeriod: -300_000 });
    // 800 000 − 200 000 = 600 000; 0 − 150 000 = −150 000
    expect(v('7004')).toEqual({ originalBudget: 800_000, budgetChange: -200_000, budgetYear: 600_000, forecastYear: 600_000, varianceYear: 0, actualPeriod: 0, actualPriorPeriod: 150_000, changePeriod: -150_000 });
  });

  it('adds the total from the projects', () => {
    // originals 5 000 000 + 2 000 000 + 0 + 800 000 = 7 800 000,
    // changes 1 200 000 + 0 + 0 − 200 000 = 1 000 000, total budget 8 800 000; forecast 6 000 000 +
    // 2 800 000 − 300 000 + 600 000 = 9 100 000; actual 3 456 789,5 + 2 500 000 − 300 000 = 5 656 789,5.
    expect(v('total')).toEqual({ originalBudget: 7_800_000, budgetChange: 1_000_000, budgetYear: 8_800_000, forecastYear: 9_100_000, varianceYear: -300_000, actualPeriod: 5_656_789.5, actualPriorPeriod: 1_150_000, changePeriod: 4_506_789.5 });
  });

  it('writes Total budget as Ursprunglig + Ombudgetering and the total as live SUMs', () => {
    const grid = run.grids[0];
    const header = grid.rows[3].map((c) => c.value);
    expect(header).toEqual(['Belopp', 'Ursprunglig budget 2024', 'Ombudgetering', 'Total budget 2024', 'Prognos helår 2024', 'Avv. prognos/budget', 'Utfall jan–aug 2024', 'Utfall jan–aug 2023', 'Diff. utfall 2023/2024', 'Kommentar']);
    expect(grid.rows[4][3].formula).toBe('=B5+C5');
    expect(grid.rows[4][5].formula).toBe('=D5-E5');
    expect(grid.rows[4][8].formula).toBe('=G5-H5');
    const total = grid.rows[8];
    expect(total.map((c) => c.formula)).toEqual([undefined, '=SUM(B5:B8)', '=SUM(C5:C8)', '=SUM(D5:D8)', '=SUM(E5:E8)', '=D9-E9', '=SUM(G5:G8)', '=SUM(H5:H8)', '=G9-H9', undefined]);
    expect(total[0].style).toBe('total');
    expect(grid.rows[4][1].format).toBe('[>=0.5]#,##0;[<=-0.5]-#,##0;0');
    expect(grid.name).toBe('KR_Investeringar_2024_08');
    expect(grid.commentColumn).toBe(9);
    expect(grid.rowKeys?.slice(4, 9)).toEqual(['projekt:7001', 'projekt:7002', 'projekt:7003', 'projekt:7004', 'total']);
  });
});

/** Projects 100, 150 and 300; a structure with an unknown id, a cycle, and no line for 300. */
function broken(): WorkbookSnapshot {
  return {
    sheets: [
      sheet('Projekt', [
        ['Projekt', 'Benämning', 'Budget', 'Utfall', 'Prognos'],
        [100, 'Ett', 1000, 400, 900],
        [150, 'Två', 2000, 500, 2000],
        [300, 'Tre', 5000, 3000, 5000],
      ]),
      sheet('Investeringsstruktur', [
        ['Id', 'Rubrik', 'Typ', 'Projekt', 'Summa av'],
        ['a', 'A', 'rad', '100-199', null],
        ['b', 'B', 'summa', null, 'a; c'],
        ['x', 'X', 'summa', null, 'y'],
        ['y', 'Y', 'summa', null, 'x'],
      ]),
    ],
  };
}

describe('structure validation, each issue on its cell', () => {
  const run = runInvestments(broken(), { unit: 'kr', year: 2024, throughMonth: 6 });
  const issue = (code: string) => run.issues.find((i) => i.code === code);

  it('names an id that does not exist in Summa av', () => {
    expect(issue('report.template.unknown-sum')).toMatchObject({ severity: 'error', sheet: 'Investeringsstruktur', address: 'E3', params: { id: 'b', ref: 'c' } });
  });

  it('names a cycle', () => {
    expect(issue('report.template.cycle')).toMatchObject({ severity: 'error', sheet: 'Investeringsstruktur', address: 'E4' });
    expect(issue('report.template.cycle')?.params.path).toBe('x → y → x');
  });

  it('names a project no line takes, on its cell in the ledger, with its amounts', () => {
    expect(issue('investments.project-uncovered')).toMatchObject({ severity: 'warning', sheet: 'Projekt', address: 'A4', params: { project: '300', name: 'Tre', actual: 3000, budget: 5000 } });
    expect(said(issue('investments.project-uncovered')).sv).toContain('Projekt 300 Tre');
  });

  it('writes no table while the structure has errors', () => {
    expect(run.grids).toEqual([]);
  });
});

describe('a structure from the category column', () => {
  const wb: WorkbookSnapshot = {
    sheets: [
      sheet('Inv', [
        ['Investeringar 2025', null],
        ['Investeringstyp', 'Projekt', 'Projektnamn', 'Period', 'Utfall', 'Budget helår'],
        ['Reinvestering', 10, 'Tak', 202501, 100, 1200],
        ['Reinvestering', 10, 'Tak', 202502, 50, 1200],
        ['Expansion', 20, 'Skola', 202501, 1000, 6000],
        ['Reinvestering', 11, 'Fönster', 202502, 30, 600],
        [null, 30, 'Övrigt', 202502, 7, 0],
      ]),
    ],
  };
  const run = runInvestments(wb, { unit: 'kr' });
  const report = run.report!;

  it('makes one group per category with its projects beneath, in order of appearance, and a total', () => {
    expect(report.structure).toBe('category');
    expect(report.lines.map((l) => [l.label, l.type, l.level])).toEqual([
      ['Reinvestering', 'group', 0],
      ['10 Tak', 'project', 1],
      ['11 Fönster', 'project', 1],
      ['Expansion', 'group', 0],
      ['20 Skola', 'project', 1],
      ['(utan kategori)', 'group', 0],
      ['30 Övrigt', 'project', 1],
      ['Summa investeringar', 'total', 0],
    ]);
  });

  it('counts an annual budget repeated on every period row once, and forecasts outcome + remaining budget', () => {
    // Tak: budget 1 200 (twice the same on two rows: once), actual 100 + 50 = 150 through February;
    // forecast U + (B − B × 2/12) = 150 + 1 200 − 200 = 1 150.
    const tak = report.lines.find((l) => l.id === '10')!.values;
    expect([tak.budgetYear, tak.actualPeriod, tak.forecastYear]).toEqual([1200, 150, 1150]);
    expect(report.forecastMethod).toBe('remaining-budget');
    expect(report.through).toBe(2);
    // Reinvestering = Tak + Fönster: budget 1 200 + 600, actual 150 + 30.
    const re = report.lines.find((l) => l.id === 'kategori:Reinvestering')!.values;
    expect([re.budgetYear, re.actualPeriod]).toEqual([1800, 180]);
  });

  it('writes each category as a SUM over its project rows', () => {
    const grid = run.grids[0];
    // Rows: 4 Reinvestering, 5 Tak, 6 Fönster, 7 Expansion, 8 Skola, 9 utan kategori, 10 Övrigt, 11 total.
    expect(grid.rows[4][1].formula).toBe('=SUM(B6:B7)');
    expect(grid.rows[11][1].formula).toBe('=SUM(B5,B8,B10)');
    expect(grid.rows[5][0].indent).toBe(1);
    expect(grid.rows[4][0].style).toBe('subtotal');
  });
});
