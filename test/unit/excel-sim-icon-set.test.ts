import * as ExcelJS from 'exceljs';
import { createSimulator } from '../fakes/office-sim';
import { saveAndLoad } from '../fakes/office-sim/fixtures';

type Ctx = Excel.RequestContext;
type IconRule = { type: string; iconSet: string; reverse: boolean; showValue: boolean; cfvo: { type: string; value: number }[] };

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  [1, 2, 3].forEach((v, i) => (ws.getCell(i + 1, 2).value = v));
  return wb;
}

function rulesOf(wb: ExcelJS.Workbook): { ref: string; rules: IconRule[] }[] {
  return (wb.getWorksheet('Data') as unknown as { conditionalFormattings: { ref: string; rules: IconRule[] }[] }).conditionalFormattings;
}

const criteria = (lo: string, hi: string): Excel.ConditionalIconCriterion[] => [
  {} as Excel.ConditionalIconCriterion,
  { type: 'Number', operator: 'GreaterThanOrEqual', formula: lo },
  { type: 'Number', operator: 'GreaterThanOrEqual', formula: hi },
];

describe('Office.js simulator: icon-set conditional formats', () => {
  it('applies style, order and criteria to the workbook at sync, and the saved file keeps them', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      const cf = context.workbook.worksheets.getItem('Data').getRange('B1:B3').conditionalFormats.add('IconSet' as Excel.ConditionalFormatType.iconSet);
      cf.iconSet.style = 'ThreeTrafficLights1';
      cf.iconSet.reverseIconOrder = true;
      cf.iconSet.criteria = criteria('=2', '=3');
      expect(rulesOf(wb)).toEqual([]);
      await context.sync();
    });
    const saved = rulesOf(await saveAndLoad(wb));
    expect(saved).toHaveLength(1);
    expect(saved[0].ref).toBe('B1:B3');
    expect(saved[0].rules[0]).toMatchObject({
      type: 'iconSet',
      iconSet: '3TrafficLights1',
      reverse: true,
      cfvo: [
        { type: 'percent', value: 0 },
        { type: 'num', value: 2 },
        { type: 'num', value: 3 },
      ],
    });
  });

  it('starts from Excel’s default (traffic lights at 33 % and 67 %) and maps other styles by their icon count', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    await sim.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B1:B3');
      range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType.iconSet);
      range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType.iconSet).iconSet.style = 'FiveArrows';
    });
    const [plain, five] = rulesOf(wb).map((cf) => cf.rules[0]);
    expect([plain.iconSet, plain.reverse, plain.cfvo.map((c) => c.value)]).toEqual(['3TrafficLights1', false, [0, 33, 67]]);
    expect([five.iconSet, five.cfvo.map((c) => c.value)]).toEqual(['5Arrows', [0, 20, 40, 60, 80]]);
  });

  it('rejects criteria that do not fit the icon set, at sync, as Excel does', async () => {
    const sim = createSimulator(workbook());
    await sim.run(async (context: Ctx) => {
      const cf = context.workbook.worksheets.getItem('Data').getRange('B1:B3').conditionalFormats.add('IconSet' as Excel.ConditionalFormatType.iconSet);
      cf.iconSet.criteria = criteria('=2', '=3').slice(0, 2);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      cf.iconSet.criteria = criteria('=two', '=3');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('has no conditional formats on a host below ExcelApi 1.6', async () => {
    const sim = createSimulator(workbook(), { excelApiMinor: 5 });
    await sim.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B1:B3');
      expect(() => range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType.iconSet)).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});
