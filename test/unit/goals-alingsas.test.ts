import { readGoalTable, judgeGoals, goalReportJson } from '../../src/core/goals';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';
import { withManual, withoutManual } from '../fixtures/goals/alingsas-data';
import expected from '../fixtures/goals/alingsas-ks-2023-expected.json';

/** The published assessments of the seven goals (seeds/alingsas-ks-delarsbokslut-2023.txt, "Bedömning:"). */
const PUBLISHED = ['Helt uppfyllt', 'Ej uppfyllt', 'Ej utvärderad', 'Delvis uppfyllt', 'Ej utvärderad', 'Ej utvärderad', 'Delvis uppfyllt'];

describe('Alingsås KS delårsbokslut 2023: the rule reproduces the published assessments', () => {
  const variants = [
    ['with the manual Bedömning column', withManual()],
    ['without it, preliminary outcomes in a Prel utfall column', withoutManual()],
  ] as const;

  it.each(variants)('%s: all seven goals by the rule', (_name, rows) => {
    const { table, issues } = readGoalTable(workbookOf(sheetOf('Mål', rows)));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(table).not.toBeNull();
    const report = judgeGoals(table!, { threshold: 0.85 });
    expect(report.year).toBe(2023);
    const json = goalReportJson(report);
    expect(json.goals.map((g) => g.ruleStatus)).toEqual(PUBLISHED);
    expect(json.goals.map((g) => g.status)).toEqual(PUBLISHED);
    expect(json.goals.map((g) => g.differs)).toEqual([false, false, false, false, false, false, false]);
  });

  it('indicator statuses and the summary match the hand calculation', () => {
    const { table } = readGoalTable(workbookOf(sheetOf('Mål', withManual())));
    const json = goalReportJson(judgeGoals(table!, {}));
    expect(json.goals.map((g) => g.indicators.map((i) => i.status))).toEqual(expected.goals.map((g) => g.indicators));
    expect(json.goals.map((g) => g.status)).toEqual(expected.goals.map((g) => g.published));
    expect(json.summary.counts).toEqual(expected.summary.counts);
    expect(json.summary.median).toBe(expected.summary.median);
    expect(json.summary.mean).toBe(expected.summary.mean);
  });

  it('reads the typed values the way the report prints them', () => {
    const { table } = readGoalTable(workbookOf(sheetOf('Mål', withManual())));
    const json = goalReportJson(judgeGoals(table!, {}));
    const g1 = json.goals[0].indicators[0];
    expect([g1.target, g1.outcome, g1.preliminary, g1.previous]).toEqual([72, 72, true, 72]);
    const g2 = json.goals[1].indicators[1];
    expect([g2.target, g2.outcome, g2.previous]).toEqual([60, 52.6, 40.2]);
    expect(g2.ratio).toBeCloseTo(52.6 / 60, 12);
    const g3 = json.goals[2].indicators[1];
    expect([g3.target, g3.outcome, g3.previous]).toEqual([98, null, 97.6]);
    expect(json.goals[3].indicators[0].target).toBe(2.9);
    expect(json.goals[6].indicators).toHaveLength(4);
    expect(json.goals.map((g) => g.area?.slice(0, 2))).toEqual(['1.', '1.', '1.', '1.', '2.', '3.', '3.']);
  });
});
