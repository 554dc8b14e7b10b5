import * as ExcelJS from 'exceljs';
import { createSimulator } from '../fakes/office-sim';

type Ctx = Excel.RequestContext;

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('B3').value = 2;
  ws.getCell('C3').value = 3;
  return wb;
}

/** Writes `formula` to Data!D3 (through .formulas or .values) and syncs; resolves to the error code, or 'ok'. */
async function write(wb: ExcelJS.Workbook, formula: string, via: 'formulas' | 'values' = 'formulas'): Promise<string> {
  const sim = createSimulator(wb);
  try {
    await sim.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('D3');
      if (via === 'formulas') range.formulas = [[formula]];
      else range.values = [[formula]];
      await context.sync();
    });
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

const call = (args: number): string => `=CHOOSE(${Array.from({ length: args }, (_, i) => i + 1).join(',')})`;

describe('Office.js simulator: formulas Excel cannot parse fail the sync', () => {
  it.each([
    ['a missing closing parenthesis', '=SUM(B3:B5'],
    ['an extra closing parenthesis', '=SUM(B3:B5))'],
    ['a closing parenthesis before its opening one', '=)B3('],
    ['an unterminated string literal', '=IF(B3>0,"yes,C3)'],
    ['a ; separator (the locale separator, not the API one)', '=IF(B3>0;1;2)'],
    ['a formula longer than 8192 characters', `=${'1+'.repeat(4096)}1`],
    ['a function call with 256 arguments', call(256)],
  ])('rejects %s with InvalidArgument and stores nothing', async (_what, formula) => {
    const wb = workbook();
    expect(await write(wb, formula)).toBe('InvalidArgument');
    expect(wb.getWorksheet('Data')?.getCell('D3').value).toBeNull();
  });

  it('checks a formula written through Range.values too', async () => {
    expect(await write(workbook(), '=SUM(B3;C3)', 'values')).toBe('InvalidArgument');
  });

  it('leaves the whole range untouched when one of its formulas is invalid', async () => {
    const wb = workbook();
    const sim = createSimulator(wb);
    const run = sim.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRange('D3:E3').formulas = [['=B3+C3', '=(B3']];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(wb.getWorksheet('Data')?.getCell('D3').value).toBeNull();
  });

  it.each([
    ['a plain SUM', '=SUM(B3:B5)'],
    ['nested calls', '=IF(OR(ABS(B3)<0.5,B3*C3<0),"",C3/B3)'],
    ['text with ; and ) inside quotes', '="Mål; uppfyllt :)"&IF(B3>0,"(ja; ""klart"")","")'],
    ['a quoted sheet name with ; and (', "='Mål; (2024)'!A1"],
    ['a call with exactly 255 arguments', call(255)],
    ['a formula of exactly 8192 characters', `=${'1+'.repeat(4095)}11`],
  ])('accepts %s and stores it as written', async (_what, formula) => {
    const wb = workbook();
    expect(await write(wb, formula)).toBe('ok');
    expect(wb.getWorksheet('Data')?.getCell('D3').formula).toBe(formula.slice(1));
  });

  it('leaves text that does not start with = alone, ; and all', async () => {
    const wb = workbook();
    expect(await write(wb, "'=SUM(B3;C3", 'values')).toBe('ok');
    expect(wb.getWorksheet('Data')?.getCell('D3').value).toBe('=SUM(B3;C3');
  });
});
