import { measureGrid, measureReport, readMeasureTable } from '../../src/core/measures';
import { sheet, workbook } from '../helpers/snapshot-builder';

// An Ekerö-style table of activity measures: years as columns, a "varav" part, a blank for a
// year not yet known, and "-" for no value.
const wide = workbook(
  sheet('Verksamhetsmått', [
    ['Verksamhetsmått för kommunstyrelsen'],
    [],
    ['Mått', 'Enhet', 2021, 2022, 2023],
    ['Antagna detaljplaner', 'st', 4, 6, 5],
    ['Bygglovsärenden', 'st', 812, 790, null],
    ['varav beviljade', 'st', 700, 702, null],
    ['Besök i kontaktcenter', 'antal', 15000, 16500, 18150],
    ['Kostnad per invånare', 'kr', 1234.5, '-', 1300],
  ]),
);

describe('activity measures', () => {
  const read = readMeasureTable(wide);
  const report = measureReport(read.table!);
  const line = (label: string) => report.lines.find((l) => l.label === label)!;

  it('reads years as columns, keeps blanks and "-" as no value, and marks varav rows', () => {
    expect(read.issues).toEqual([]);
    expect(report.years).toEqual([2021, 2022, 2023]);
    expect(line('Bygglovsärenden').values).toEqual([812, 790, null]);
    expect(line('varav beviljade').level).toBe(1);
    expect(line('Kostnad per invånare').values).toEqual([1234.5, null, 1300]);
  });

  it('gives the change against last year only where both years have a value', () => {
    // 5 − 6 = −1, −1 / 6 = −16,7 %; 18 150 − 16 500 = 1 650 = 10 % of 16 500.
    expect(line('Antagna detaljplaner').change).toBe(-1);
    expect(line('Antagna detaljplaner').changePercent).toBeCloseTo(-1 / 6, 12);
    expect(line('Besök i kontaktcenter').change).toBe(1650);
    expect(line('Besök i kontaktcenter').changePercent).toBeCloseTo(0.1, 12);
    expect(line('Bygglovsärenden').change).toBeNull();
    expect(line('Kostnad per invånare').change).toBeNull();
  });

  it('writes the table with blanks blank, varav indented, changes as formulas and no sum', () => {
    const grid = measureGrid(report, { lang: 'sv' });
    const head = grid.rows.findIndex((r) => r[0]?.value === 'Mått');
    expect(grid.rows[head].map((c) => c.value)).toEqual(['Mått', 'Enhet', '2021', '2022', '2023', 'Förändring', 'Förändring %']);
    const plans = grid.rows[head + 1];
    // Row 4 of the sheet (1-based): E is 2023, D is 2022.
    expect(plans[5]).toMatchObject({ formula: '=E4-D4', value: -1 });
    expect(plans[6]).toMatchObject({ formula: '=IF(D4=0,"",(E4-D4)/D4)', format: '0.0%' });
    const permits = grid.rows[head + 2];
    expect(permits[4]).toMatchObject({ value: null });
    expect(permits[5]).toEqual({ value: null, style: 'line' });
    const granted = grid.rows[head + 3];
    expect(granted[0]).toMatchObject({ value: 'varav beviljade', indent: 1, style: 'of-row' });
    expect(grid.rows.flat().some((c) => c.style === 'total')).toBe(false);
    // One decimal where the values need it.
    expect(grid.rows[head + 5][2]).toMatchObject({ value: 1234.5, format: '#,##0.0' });
  });

  it('adds a sum of the top-level measures only when asked, leaving varav rows out', () => {
    const summed = measureReport(read.table!, { sum: 'top-level' });
    // 2021: 4 + 812 + 15 000 + 1 234,5 = 17 050,5 (varav beviljade 700 not added).
    expect(summed.total?.[0]).toBeCloseTo(17050.5, 9);
    const grid = measureGrid(summed, { lang: 'sv' });
    const total = grid.rows[grid.rows.length - 1];
    expect(total[0].value).toBe('Summa');
    expect(total[2].formula).toBe('=SUM(C4,C5,C7,C8)');
  });

  it('reads the long form (Mått, År, Värde) into the same table', () => {
    const long = workbook(
      sheet('Mått', [
        ['Mått', 'År', 'Värde'],
        ['Antagna detaljplaner', 2021, 4],
        ['Antagna detaljplaner', 2022, 6],
        ['Antagna detaljplaner', 2023, 5],
        ['Besök i kontaktcenter', 2022, 16500],
        ['Besök i kontaktcenter', 2023, 18150],
      ]),
    );
    const r = measureReport(readMeasureTable(long).table!);
    expect(r.years).toEqual([2021, 2022, 2023]);
    expect(r.lines.map((l) => [l.label, l.values])).toEqual([
      ['Antagna detaljplaner', [4, 6, 5]],
      ['Besök i kontaktcenter', [null, 16500, 18150]],
    ]);
    expect(r.lines[1].change).toBe(1650);
  });

  it('does not take a goal table (Nyckeltal with Målvärde and Utfall per year) for a measure table', () => {
    const goals = workbook(sheet('Mål', [['Nyckeltal', 'Målvärde 2023', 'Utfall 2022', 'Utfall 2023'], ['Nöjda invånare', 80, 75, 78]]));
    expect(readMeasureTable(goals).table).toBeNull();
  });

  it('points at a value that is not a number', () => {
    const bad = workbook(sheet('M', [['Mått', 2022, 2023], ['Besök', 'många', 12]]));
    const read2 = readMeasureTable(bad);
    expect(read2.issues).toEqual([expect.objectContaining({ code: 'measures-bad-value', sheet: 'M', address: 'B2', severity: 'warning' })]);
    expect(read2.table?.rows[0].values).toEqual([null, 12]);
  });
});
