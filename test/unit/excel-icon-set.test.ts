import * as ExcelJS from 'exceljs';
import { goalGrid, judgeGoals, readGoalTable } from '../../src/core/goals';
import { createExcelPort, missingRequirement } from '../../src/io/excel';
import { createSimulator } from '../fakes/office-sim';
import { saveAndLoad } from '../fakes/office-sim/fixtures';
import { withManual } from '../fixtures/goals/alingsas-data';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';

type Rule = { type: string; iconSet?: string; reverse?: boolean; cfvo?: { type: string; value: number }[] };
type Formatting = { ref: string; rules: Rule[] };

const grid = goalGrid(judgeGoals(readGoalTable(workbookOf(sheetOf('Mål', withManual()))).table!, {}), { lang: 'sv' });
const last = grid.rows.findIndex((r, i) => i > 2 && r.length === 0); // 1-based last row of the goal table

function portOn(wb: ExcelJS.Workbook, excelApiMinor: number) {
  const sim = createSimulator(wb, { excelApiMinor });
  let n = 0;
  return createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= excelApiMinor, tempSheetName: () => `KR tmp ${(n += 1)}` });
}

function formattings(ws: ExcelJS.Worksheet): Formatting[] {
  return (ws as unknown as { conditionalFormattings: Formatting[] }).conditionalFormattings;
}

const iconSets = (ws: ExcelJS.Worksheet): Formatting[] => formattings(ws).filter((cf) => cf.rules.some((r) => r.type === 'iconSet'));

function host(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data').getCell('A1').value = 'Mål';
  return wb;
}

describe('Excel adapter: traffic lights on the goal score', () => {
  it('adds reversed three traffic lights over the score column (ExcelApi 1.6), and the saved workbook keeps them', async () => {
    const wb = host();
    const r = await portOn(wb, 17).writeGrid(grid, 'insert');
    const saved = (await saveAndLoad(wb)).getWorksheet(r.sheet)!;
    const icons = iconSets(saved);
    expect(icons.map((cf) => cf.ref)).toEqual([`H4:H${last}`]);
    expect(icons[0].rules).toEqual([
      expect.objectContaining({
        iconSet: '3TrafficLights1',
        reverse: true,
        cfvo: [
          { type: 'percent', value: 0 },
          { type: 'num', value: 2 },
          { type: 'num', value: 3 },
        ],
      }),
    ]);
    // The first goal is Helt uppfyllt: score 1 (the green light once reversed) beside its text.
    expect([saved.getCell('G5').value, saved.getCell('H5').value]).toEqual(['Helt uppfyllt', 1]);
  });

  it('keeps one icon set, not two, after a refresh', async () => {
    const wb = host();
    const port = portOn(wb, 17);
    const r = await port.writeGrid(grid, 'insert');
    await port.writeGrid(grid, 'refresh');
    expect(iconSets(wb.getWorksheet(r.sheet)!)).toHaveLength(1);
  });

  it('on the minimum host (ExcelApi 1.7) adds the traffic lights and keeps the status text', async () => {
    const wb = host();
    const r = await portOn(wb, 7).writeGrid(grid, 'insert');
    const ws = wb.getWorksheet(r.sheet)!;
    expect(iconSets(ws)).toHaveLength(1);
    expect(ws.getCell('G5').value).toBe('Helt uppfyllt');
  });

  it('a host below the minimum (ExcelApi 1.5) is named by missingRequirement, and an insert there changes nothing', async () => {
    const supports = (_s: string, v: string): boolean => Number(v.split('.')[1]) <= 5;
    expect(missingRequirement(supports)).toBe('ExcelApi 1.7');
    const wb = host();
    await expect(portOn(wb, 5).writeGrid(grid, 'insert')).rejects.toMatchObject({ code: 'insert-failed' });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data']);
  });
});
