import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { readInvestmentLedger } from '../../src/core/investments/read-ledger';
import { runInvestments } from '../../src/core/investments/run';
import { readLedger } from '../../src/core/ledger';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, originRow: 0, originCol: 0, values });

describe('reading the investment ledger', () => {
  it('reads the long form with Projektnummer, a code and name in one cell, a Typ column naming the category, and skips subtotal rows', () => {
    const read = readInvestmentLedger({
      sheets: [
        sheet('Projekt', [
          ['Utdrag investeringar'],
          ['Projektnummer', 'Typ', 'Period', 'Utfall', 'Budget', 'Prognos'],
          ['4001 Skola Norr', 'Expansion', '2025-01', 100, 1000, 900],
          ['4001 Skola Norr', 'Expansion', '2025-02', 200, 1000, 900],
          ['Summa', null, null, 300, 2000, 1800],
          ['4002 - Bidrag skola', 'Expansion', '2025-02', -50, null, null],
          ['4003', 'Reinvestering', 'feb 2025', 'x', 10, null],
        ]),
      ],
    });
    const ledger = read.ledger!;
    expect(ledger.form).toBe('long');
    expect(ledger.projects.map((p) => [p.code, p.name, p.category])).toEqual([
      ['4001', 'Skola Norr', 'Expansion'],
      ['4002', 'Bidrag skola', 'Expansion'],
      ['4003', '', 'Reinvestering'],
    ]);
    expect(ledger.categoryHeader).toBe('Typ');
    expect(read.issues.map((i) => [i.code, i.address])).toEqual([
      ['investments.subtotal-rows', 'A5'],
      ['bad-amount', 'D7'],
    ]);
    // Budget and Prognos repeated on both period rows of 4001 count once each.
    const budget4001 = ledger.entries.filter((e) => e.project === 0 && e.kind === 'budget').map((e) => e.amount);
    expect(budget4001).toEqual([1000]);
  });

  it('leaves the drift reader as it was: an investment sheet without accounts is no ledger for it', () => {
    const wb = { sheets: [sheet('Projekt', [['Investeringar aug 2025'], ['Projekt', 'Utfall', 'Budget'], [4001, 10, 20]])] };
    expect(readInvestmentLedger(wb).ledger?.projects).toHaveLength(1);
    expect(readLedger(wb).ledger).toBeNull();
  });

  it('says where a missing project ledger was looked for', () => {
    const read = readInvestmentLedger({ sheets: [sheet('Huvudbok', [['Konto', 'Utfall'], [5010, 1]])] });
    expect(read.ledger).toBeNull();
    expect(read.issues[0]).toMatchObject({ code: 'investments.no-ledger', severity: 'error', params: { sheets: 'Huvudbok' } });
  });
});

describe('forecast methods and options', () => {
  // Project 1: budget 1 200, actual 300 through March (100 a month); prior year 200 to March, 1 000 in all.
  const wb = {
    sheets: [
      sheet('Inv', [
        ['Projekt', 'Period', 'Utfall', 'Årsbudget'],
        [1, 202501, 100, 1200],
        [1, 202502, 100, 1200],
        [1, 202503, 100, 1200],
        [1, 202403, 200, null],
        [1, 202410, 800, null],
      ]),
    ],
  };
  const forecastOf = (forecast: 'linear' | 'remaining-budget' | 'budget-ratio' | 'prior-year-profile') =>
    runInvestments(wb, { unit: 'kr', forecast }).report!.lines[0].values.forecastYear;

  it('applies the drift methods per project', () => {
    expect(forecastOf('linear')).toBe(1200); // 300 × 12/3
    expect(forecastOf('remaining-budget')).toBe(1200); // 300 + (1 200 − 1 200 × 3/12)
    expect(forecastOf('budget-ratio')).toBe(1200); // 1 200 × 300/300
    expect(forecastOf('prior-year-profile')).toBe(1500); // 300 / (200/1 000)
  });

  it('shows each line\'s projects beneath it with --projects', () => {
    const withStructure = {
      sheets: [
        ...wb.sheets,
        sheet('Investeringsstruktur', [
          ['Id', 'Rubrik', 'Typ', 'Projekt', 'Summa av', 'Nivå'],
          ['a', 'A', 'rad', '1-9', null, 1],
          ['t', 'Totalt', 'summa', null, 'a', null],
        ]),
      ],
    };
    const shown = runInvestments(withStructure, { unit: 'kr', projects: 'show' }).report!;
    expect(shown.lines.map((l) => [l.id, l.type, l.level, l.parts])).toEqual([
      ['a', 'group', 1, ['projekt:1']],
      ['1', 'project', 2, []],
      ['t', 'total', 0, ['a']],
    ]);
  });
});

describe('a manual forecast with a project that has none', () => {
  it('uses outcome + remaining budget for it and says so on its cell', () => {
    const run = runInvestments(
      {
        sheets: [
          sheet('Inv', [
            ['Investeringar jan–jun 2025'],
            ['Projekt', 'Budget', 'Utfall', 'Prognos'],
            [1, 1200, 300, 1000],
            [2, 2400, 600, null],
          ]),
        ],
      },
      { unit: 'kr' },
    );
    const report = run.report!;
    expect(report.forecastMethod).toBe('manual');
    // Project 2: 600 + (2 400 − 2 400 × 6/12) = 1 800; the total 1 000 + 1 800 = 2 800.
    expect(report.lines.map((l) => l.values.forecastYear)).toEqual([1000, 1800, 2800]);
    expect(run.issues.find((i) => i.code === 'investments.forecast.fallback')).toMatchObject({ severity: 'warning', address: 'A4', params: { projects: '2', method: 'manual' } });
  });
});

describe('the typed form with the budget split', () => {
  it('reads Ursprunglig budget and Ombudgetering as Typ values and derives the total budget', () => {
    const run = runInvestments(
      {
        sheets: [
          sheet('Inv', [
            ['Projekt', 'Period', 'Typ', 'Belopp'],
            ['P-1', '2025', 'Ursprunglig budget', 1000],
            ['P-1', '2025', 'Ombudgetering', 250],
            ['P-1', '2025-03', 'Utfall', 400],
            ['P-1', '2025-03', 'Prognos', 1100],
            ['P-1', '2024-03', 'Utfall', 100],
          ]),
        ],
      },
      { unit: 'kr' },
    );
    const report = run.report!;
    expect([report.budgetSplit, report.budgetDerived, report.through]).toEqual([true, true, 3]);
    // 1 000 + 250 = 1 250; 1 250 − 1 100 = 150; 400 − 100 = 300.
    expect(report.lines[0].values).toEqual({ originalBudget: 1000, budgetChange: 250, budgetYear: 1250, forecastYear: 1100, varianceYear: 150, actualPeriod: 400, actualPriorPeriod: 100, changePeriod: 300 });
    expect(run.grids[0].rows[4][3].formula).toBe('=B5+C5');
  });
});
