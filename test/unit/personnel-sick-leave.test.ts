import { readSickTable, sickLeaveGrid, sickLeaveReport } from '../../src/core/personnel';
import type { SickFigure, SickLeaveReport, SickRowId } from '../../src/core/personnel';
import { sheet, workbook } from '../helpers/snapshot-builder';
import { said } from '../helpers/issue-text';

/** The figure of a row in a year, as a share (0–1); throws when it is not a value. */
function value(report: SickLeaveReport, id: SickRowId, year: number): number {
  const row = report.rows.find((r) => r.id === id);
  const f: SickFigure | undefined = row?.figures[report.years.indexOf(year)];
  if (!f || f.kind !== 'value') throw new Error(`${id} ${year}: ${JSON.stringify(f)}`);
  return f.value;
}

/** As Swedish Excel shows '0.0%' / '0.00%': the share in per cent, rounded. */
const shown = (share: number, decimals: number): string => (share * 100).toFixed(decimals).replace('.', ',');

describe('sick leave from a per-group table (the Alingsås KS 2023 layout)', () => {
  // Hours chosen by hand so that every published figure comes out; 100 000 available hours per
  // group and year, so a share of 3,66 % is 3 660 hours. Published (delårsbokslut 2023, jan–jul):
  // Total 3,7 / 3,6 / -0,05; Kvinnor 3,8 / 3,5 / -0,27; Män 3,5 / 3,8 / 0,28; <29 1,5 / 3,4 / 1,96;
  // 30–49 4,3 / 4,5 / 0,20; 50> 3,3 / 2,2 / -1,06; Dag 1–14 1,6 / 1,4 / -0,24; Dag 15–59 0,3 / 0,6 / 0,30;
  // Dag 59> 1,7 / 1,6 / -0,11. Note the differences: from hours, not from the rounded shares
  // (3,7 − 3,6 would be −0,10, the published figure is −0,05).
  const head = ['Grupp', 'År', 'Sjukfrånvaro timmar', 'Dag 1–14', 'Dag 15–59', 'Dag 60–', 'Tillgänglig ordinarie arbetstid', 'Antal anställda'];
  const rows = [
    ['Totalt', 2022, 3660, 1620, 330, 1710, 100000, 120],
    ['Kvinnor', 2022, 3780, null, null, null, 100000, 70],
    ['Män', 2022, 3520, null, null, null, 100000, 50],
    ['29 år eller yngre', 2022, 1460, null, null, null, 100000, 15],
    ['30–49 år', 2022, 4300, null, null, null, 100000, 60],
    ['50 år eller äldre', 2022, 3260, null, null, null, 100000, 45],
    ['Totalt', 2023, 3610, 1380, 630, 1600, 100000, 125],
    ['Kvinnor', 2023, 3510, null, null, null, 100000, 72],
    ['Män', 2023, 3800, null, null, null, 100000, 53],
    ['<29 år', 2023, 3420, null, null, null, 100000, 16],
    ['30–49 år', 2023, 4500, null, null, null, 100000, 62],
    ['50 år>', 2023, 2200, null, null, null, 100000, 47],
  ];
  const read = readSickTable(workbook(sheet('Sjukfrånvaro', [['Sjukfrånvaro jan–jul'], [], head, ...rows])));
  const report = sickLeaveReport(read.table!);

  it('reads the table without issues, as a per-group table of two years', () => {
    expect(read.issues).toEqual([]);
    expect(report.form).toBe('per-group');
    expect(report.years).toEqual([2022, 2023]);
  });

  it.each([
    ['total', '3,7', '3,6', '-0,05'],
    ['women', '3,8', '3,5', '-0,27'],
    ['men', '3,5', '3,8', '0,28'],
    ['age-29', '1,5', '3,4', '1,96'],
    ['age-30-49', '4,3', '4,5', '0,20'],
    ['age-50', '3,3', '2,2', '-1,06'],
    ['days1to14', '1,6', '1,4', '-0,24'],
    ['days15to59', '0,3', '0,6', '0,30'],
    ['days60', '1,7', '1,6', '-0,11'],
  ] as const)('%s shows the published %s %% / %s %% / %s', (id, a, b, diff) => {
    expect(shown(value(report, id, 2022), 1)).toBe(a);
    expect(shown(value(report, id, 2023), 1)).toBe(b);
    const row = report.rows.find((r) => r.id === id)!;
    expect(shown(row.difference!, 2)).toBe(diff);
  });

  it('gives the long-term share of all sick leave: 1 710 / 3 660 = 46,7 % and 1 600 / 3 610 = 44,3 %', () => {
    expect(value(report, 'long-share', 2022)).toBeCloseTo(1710 / 3660, 12);
    expect(shown(value(report, 'long-share', 2022), 1)).toBe('46,7');
    expect(shown(value(report, 'long-share', 2023), 1)).toBe('44,3');
  });

  it('lays the table out as the report prints it: years side by side, the difference a formula over the two', () => {
    const grid = sickLeaveGrid(report, { lang: 'sv' });
    expect(grid.rows[2].map((c) => c.value)).toEqual(['Sjukfrånvaro', '2022', '2023', 'Differens']);
    const total = grid.rows[3];
    expect(total[0].value).toBe('Total sjukfrånvaro');
    expect(total[1]).toMatchObject({ format: '0.0%' });
    expect(total[3]).toMatchObject({ formula: '=C4-B4', format: '0.00%' });
    // Blank rows between the groups, as in the published table.
    expect(grid.rows[6]).toEqual([]);
    expect(grid.rowKeys?.[3]).toBe('total');
  });
});

describe('sick leave from one row per employee (hand-calculated)', () => {
  // Five employees in 2023 (ages from birth years: 2023 − 1998 = 25, 43, 53, 28, 63):
  // E1 K 25: 40 + 0 + 0 of 1 600 h · E2 K 43: 16 + 80 + 0 of 1 700 · E3 M 53: 8 + 0 + 320 of 1 600
  // E4 M 28: 0 of 800 · E5 K 63: 24 + 0 + 0 of 1 700.
  // Total 488 / 7 400 = 6,59 %; women 160 / 5 000 = 3,20 %; men 328 / 2 400 = 13,67 %;
  // ≤29 (E1, E4) 40 / 2 400 = 1,67 %; 30–49 (E2) 96 / 1 700 = 5,65 %; ≥50 (E3, E5) 352 / 3 300 = 10,67 %;
  // day 1–14: 88 / 7 400; 15–59: 80 / 7 400; 60–: 320 / 7 400; long-term share 320 / 488 = 65,6 %.
  const head = ['Anställningsnummer', 'Kön', 'Födelseår', 'Sjuk dag 1-14', 'Sjuk dag 15-59', 'Sjuk dag 60-', 'Tillgänglig ordinarie arbetstid'];
  const rows = [
    ['E1', 'K', 1998, 40, 0, 0, 1600],
    ['E2', 'Kvinna', 1980, 16, 80, 0, 1700],
    ['E3', 'M', 1970, 8, 0, 320, 1600],
    ['E4', 'Man', 1995, 0, 0, 0, 800],
    ['E5', 'K', 1960, 24, 0, 0, 1700],
  ];
  const snapshot = workbook(sheet('Personal', [head, ...rows]));

  it('computes the seven figures from the hours', () => {
    const read = readSickTable(snapshot, { year: 2023 });
    expect(read.issues).toEqual([]);
    const report = sickLeaveReport(read.table!, { minGroupSize: 1 });
    expect(report.form).toBe('per-employee');
    expect(value(report, 'total', 2023)).toBeCloseTo(488 / 7400, 12);
    expect(value(report, 'women', 2023)).toBeCloseTo(160 / 5000, 12);
    expect(value(report, 'men', 2023)).toBeCloseTo(328 / 2400, 12);
    expect(value(report, 'age-29', 2023)).toBeCloseTo(40 / 2400, 12);
    expect(value(report, 'age-30-49', 2023)).toBeCloseTo(96 / 1700, 12);
    expect(value(report, 'age-50', 2023)).toBeCloseTo(352 / 3300, 12);
    expect(value(report, 'days1to14', 2023)).toBeCloseTo(88 / 7400, 12);
    expect(value(report, 'days15to59', 2023)).toBeCloseTo(80 / 7400, 12);
    expect(value(report, 'days60', 2023)).toBeCloseTo(320 / 7400, 12);
    expect(value(report, 'long-share', 2023)).toBeCloseTo(320 / 488, 12);
    expect(shown(value(report, 'men', 2023), 1)).toBe('13,7');
  });

  it('suppresses every group of fewer than ten employees by default, and says so under the table', () => {
    const report = sickLeaveReport(readSickTable(snapshot, { year: 2023 }).table!);
    const women = report.rows.find((r) => r.id === 'women')!;
    expect(women.figures[0]).toEqual({ kind: 'suppressed', employees: 3 });
    const grid = sickLeaveGrid(report, { lang: 'sv' });
    const texts = grid.rows.flat().map((c) => c.value);
    expect(texts).toContain('– Redovisas inte: färre än 10 anställda i gruppen (sekretess).');
    // No share is written for a suppressed group.
    expect(grid.rows.find((r) => r[0]?.value === 'Kvinnor')?.[1]).toEqual({ value: '–', style: 'line' });
  });

  it('suppresses only the small group when the others are large enough', () => {
    // 12 women aged 40 (100 of 1 000 h each) and 3 men aged 40 (50 of 1 000 h each).
    const many = [
      ...Array.from({ length: 12 }, (_, i) => [`K${i}`, 'K', 1983, 100, 0, 0, 1000]),
      ...Array.from({ length: 3 }, (_, i) => [`M${i}`, 'M', 1983, 50, 0, 0, 1000]),
    ];
    const report = sickLeaveReport(readSickTable(workbook(sheet('P', [head, ...many])), { year: 2023 }).table!);
    expect(value(report, 'women', 2023)).toBeCloseTo(0.1, 12);
    expect(report.rows.find((r) => r.id === 'men')!.figures[0]).toEqual({ kind: 'suppressed', employees: 3 });
    // Total: (1 200 + 150) / 15 000 = 9 %.
    expect(value(report, 'total', 2023)).toBeCloseTo(0.09, 12);
  });

  it('points at the cell of an hour figure it cannot read', () => {
    const bad = workbook(sheet('Personal', [head, ['E1', 'K', 1998, 'många', 0, 0, 1600], ...rows.slice(1)]));
    const read = readSickTable(bad, { year: 2023 });
    expect(read.issues).toEqual([expect.objectContaining({ code: 'sick-bad-number', sheet: 'Personal', address: 'D2', severity: 'error' })]);
    expect(said(read.issues[0]).sv).toContain("'många' går inte att läsa som antalet timmar");
  });

  it('says plainly when there is no sick-leave table', () => {
    const read = readSickTable(workbook(sheet('Huvudbok', [['Konto', 'Utfall'], [5010, 100]])));
    expect(read.table).toBeNull();
    expect(read.issues[0]).toMatchObject({ code: 'sick-no-table', severity: 'error' });
  });
});
