import { readGoalTable, judgeGoals, goalReportJson } from '../../src/core/goals';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';
import type { FixtureCell } from '../fixtures/goals/snapshot';
import { said } from '../helpers/issue-text';

const read = (rows: FixtureCell[][], options = {}) => readGoalTable(workbookOf(sheetOf('Mål', rows)), options);
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('readGoalTable', () => {
  it('finds English headers below a title block (row 20), carries the goal down, reads units', () => {
    const rows: FixtureCell[][] = [['Goals 2024'], ...Array.from({ length: 18 }, () => [] as FixtureCell[])];
    rows.push(['Goal area', 'Goal', 'Indicator', 'Unit', 'Direction', 'Target 2024', 'Outcome 2024', 'Outcome 2023', 'Assessment']);
    rows.push(['Economy', 'Sound finances', 'Result share', '%', 'higher is better', '2 %', '2,5 %', '1,1 %', 'Fully met']);
    rows.push([null, null, 'Sick leave', '%', 'lower is better', { v: 0.06, fmt: '0.0%' }, { v: 0.059, fmt: '0.0%' }, { v: 0.07, fmt: '0.0%' }, null]);
    const { table, issues } = read(rows);
    expect(issues).toEqual([]);
    expect(table!.range).toBe('A20:I22');
    expect(table!.year).toBe(2024);
    expect(table!.goals).toHaveLength(1);
    const json = goalReportJson(judgeGoals(table!, {}));
    expect(json.goals[0].indicators.map((i) => [i.indicator, i.direction, i.target, i.outcome, i.previous, i.status])).toEqual([
      ['Result share', 'higher', 2, 2.5, 1.1, 'MET'],
      ['Sick leave', 'lower', 6, 5.9, 7, 'MET'],
    ]);
    expect(json.goals[0].status).toBe('Helt uppfyllt');
  });

  it('a goal cell repeated over merged rows is one goal; a new text starts the next', () => {
    const { table } = read([
      ['Mål', 'Indikator', 'Målvärde 2023', 'Utfall 2023'],
      ['A', 'a1', 1, 1],
      ['A', 'a2', 1, 1],
      [null, 'a3', 1, 1],
      ['B', 'b1', 1, 1],
    ]);
    expect(table!.goals.map((g) => [g.goal, g.indicators.map((i) => i.indicator)])).toEqual([
      ['A', ['a1', 'a2', 'a3']],
      ['B', ['b1']],
    ]);
  });

  it('reads preliminary marks and percent spellings', () => {
    const { table, issues } = read([
      ['Mål', 'Indikator', 'Mål 2023', 'Utfall 2023'],
      ['G', 'a', 72, 'Prel 72'],
      ['G', 'b', 60, 'prel. 52,6 %'],
      ['G', 'c', '60%', '52,6%'],
      ['G', 'd', 60, '(52,6)'],
      ['G', 'e', { v: 0.6, fmt: '0%' }, { v: 0.526, fmt: '0.0%' }],
    ]);
    expect(issues).toEqual([]);
    const values = table!.goals[0].indicators.map((i) => i.outcome);
    expect(values).toEqual([
      { kind: 'number', value: 72, preliminary: true, percent: false },
      { kind: 'number', value: 52.6, preliminary: true, percent: true },
      { kind: 'number', value: 52.6, preliminary: false, percent: true },
      { kind: 'number', value: 52.6, preliminary: true, percent: false },
      { kind: 'number', value: 52.6, preliminary: false, percent: true },
    ]);
    expect(table!.goals[0].indicators[4].target).toEqual({ kind: 'number', value: 60, preliminary: false, percent: true });
  });

  it('uses the year asked for and never last year as this year', () => {
    const rows: FixtureCell[][] = [
      ['Mål', 'Indikator', 'Mål 2023', 'Utfall 2023', 'Utfall 2022', 'Mål 2022'],
      ['G', 'a', 90, '-', 95, 80],
    ];
    const y2023 = goalReportJson(judgeGoals(read(rows).table!, {}));
    expect(y2023.goals[0].indicators[0]).toMatchObject({ target: 90, outcome: null, status: 'NO_DATA' });
    expect(y2023.goals[0].status).toBe('Ej utvärderad');
    const y2022 = read(rows, { year: 2022 });
    expect(goalReportJson(judgeGoals(y2022.table!, {})).goals[0].indicators[0]).toMatchObject({ target: 80, outcome: 95, status: 'MET' });
  });

  it('points at the cell of a bad number, a missing target and an unknown direction', () => {
    const { table, issues } = read([
      ['Mål', 'Indikator', 'Riktning', 'Mål 2023', 'Utfall 2023'],
      ['G', 'a', 'Högre är bättre', 'sjuttio', 70],
      ['G', 'b', 'åt rätt håll', 50, 60],
      ['G', 'c', 'Minskning', '-', 40],
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.sheet, i.address])).toEqual([
      ['goal.bad-number', 'error', 'Mål', 'D2'],
      ['goal.target-missing', 'warning', 'Mål', 'D2'],
      ['goal.direction-unknown', 'warning', 'Mål', 'C3'],
      ['goal.target-missing', 'warning', 'Mål', 'D4'],
    ]);
    expect(said(issues[0]).sv).toContain("bladet 'Mål', cell D2");
    expect(said(issues[0]).sv).toContain('sjuttio');
    expect(table!.goals[0].indicators.map((i) => i.direction)).toEqual(['higher', 'higher', 'lower']);
  });

  it('no goal table is an error, and so is a sheet that does not exist', () => {
    expect(codes(read([['Konto', 'Belopp'], [3000, 12]]).issues)).toEqual(['goal.no-table']);
    expect(read([['x']], { sheet: 'Saknas' }).issues.map((i) => [i.code, i.severity])).toEqual([['goal.sheet-missing', 'error']]);
    expect(read([['x']], { sheet: 'Saknas' }).table).toBeNull();
  });

  it('a year with no outcome column is an error on the header row', () => {
    const { issues } = read([['Mål', 'Indikator', 'Mål 2023', 'Utfall 2022'], ['G', 'a', 1, 1]], { year: 2023 });
    expect(issues.map((i) => [i.code, i.address])).toEqual([['goal.no-outcome-column', 'A1:D1']]);
  });
});

describe('manual assessment', () => {
  const rows: FixtureCell[][] = [
    ['Mål', 'Indikator', 'Mål 2023', 'Utfall 2023', 'Utfall 2022', 'Bedömning'],
    ['G1', 'a', 100, 90, 80, 'Helt uppfyllt'],
    ['G2', 'b', 100, 100, null, 'Helt uppfyllt'],
    ['G3', 'c', 100, 40, 50, 3],
    ['G4', 'd', 100, 40, 50, 'kanske'],
  ];

  it('wins for display and is flagged with its cell where it differs from the rule', () => {
    const { table, issues } = read(rows);
    expect(codes(issues)).toEqual(['goal.manual-unknown']);
    expect(issues[0].address).toBe('F5');
    const report = judgeGoals(table!, {});
    const json = goalReportJson(report);
    expect(json.goals.map((g) => [g.status, g.ruleStatus, g.differs, g.score])).toEqual([
      ['Helt uppfyllt', 'Delvis uppfyllt', true, 1],
      ['Helt uppfyllt', 'Helt uppfyllt', false, 1],
      ['Ej uppfyllt', 'Ej uppfyllt', false, 3],
      ['Ej uppfyllt', 'Ej uppfyllt', false, 3],
    ]);
    expect(report.issues.map((i) => [i.code, i.sheet, i.address])).toEqual([['goal.manual-differs', 'Mål', 'F2']]);
    expect(said(report.issues[0]).sv).toContain('Delvis uppfyllt');
    expect(json.goals[3].manual).toBeUndefined();
  });

  it('a threshold outside (0, 1] is an error and the default is used', () => {
    const report = judgeGoals(read(rows).table!, { threshold: 85 });
    expect(report.threshold).toBe(0.85);
    expect(report.issues.map((i) => [i.code, i.severity])[0]).toEqual(['goal.threshold-range', 'error']);
  });
});
