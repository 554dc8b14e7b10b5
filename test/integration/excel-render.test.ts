import * as ExcelJS from 'exceljs';
import type { ReportGrid } from '../../src/core/grid';
import { createExcelPort } from '../../src/io/excel';
import { createSettings, createSimulator } from '../fakes/office-sim';
import type { Simulator } from '../fakes/office-sim';
import { ledgerWorkbook, sampleGrid } from '../fakes/office-sim/fixtures';

/**
 * What the user sees after an insert and after a refresh, read back through Office.js the way
 * Excel reports it (fill and font colours, borders, column widths in points), never from the
 * simulator's workbook behind it. Expected colours are the project's style table as specified
 * in io/grid-style.ts's comment (header fill Accent 1 lighter 80 % = #D9E1F2, rules #7F7F7F,
 * Excel's "Bad" red #FFC7CE on #9C0006, "Good" green #C6EFCE on #006100).
 */
type Seen = { fill: (string | null)[]; fontColor: (string | null)[]; bold: (boolean | null)[]; bottom: { style: string | null; color: string | null }[]; widths: (number | null)[] };

async function look(sim: Simulator, sheet: string): Promise<Seen> {
  return sim.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const cells = ['A2', 'E3', 'E4', 'B6'].map((a) => ws.getRange(a));
    const fills = cells.map((c) => c.format.fill.load('color'));
    const fonts = cells.map((c) => c.format.font.load('color,bold'));
    const bottoms = ['A2', 'B6'].map((a) => ws.getRange(a).format.borders.getItem('EdgeBottom').load('style,color'));
    const widths = ['A1', 'B1', 'F1'].map((a) => ws.getRange(a).format.load('columnWidth'));
    await context.sync();
    return {
      fill: fills.map((f) => f.color),
      fontColor: fonts.map((f) => f.color),
      bold: fonts.map((f) => f.bold),
      bottom: bottoms.map((b) => ({ style: b.style, color: b.color })),
      widths: widths.map((w) => w.columnWidth),
    };
  });
}

const expected: Seen = {
  // header A2, status Grön E3, status Röd E4, total B6
  fill: ['#D9E1F2', '#C6EFCE', '#FFC7CE', '#FFFFFF'],
  fontColor: ['#000000', '#006100', '#9C0006', '#000000'],
  bold: [true, false, false, true],
  bottom: [{ style: 'Continuous', color: '#7F7F7F' }, { style: 'Double', color: '#7F7F7F' }],
  // 28, 12 and 40 characters: (n × 7 px + 5 px) × 0.75 pt = 150.75, 66.75 and 213.75 pt.
  widths: [150.75, 66.75, 213.75],
};

function setup(): { sim: Simulator; port: ReturnType<typeof createExcelPort>; wb: ExcelJS.Workbook } {
  const wb = ledgerWorkbook(3);
  const sim = createSimulator(wb);
  let n = 0;
  return { wb, sim, port: createExcelPort(sim.run, { supports: () => true, tempSheetName: () => `KR tmp ${(n += 1)}` }) };
}

describe('Excel adapter: what the user sees, read back through Office.js', () => {
  it('insert: fills, font colours, bold, rules and their colour, column widths', async () => {
    const { sim, port } = setup();
    const r = await port.writeGrid(sampleGrid(), 'insert');
    expect(await look(sim, r.sheet)).toEqual(expected);
  });

  it('refresh: the same formats after the block was replaced', async () => {
    const { sim, port } = setup();
    const r = await port.writeGrid(sampleGrid(), 'insert');
    await port.writeGrid(sampleGrid(), 'refresh');
    expect(await look(sim, r.sheet)).toEqual(expected);
  });

  it('refresh on an ExcelApi 1.8 host (no copyFrom): the same formats', async () => {
    const wb = ledgerWorkbook(3);
    const sim = createSimulator(wb, { excelApiMinor: 8 });
    const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= 8 });
    const r = await port.writeGrid(sampleGrid(), 'insert');
    const grid: ReportGrid = sampleGrid();
    await port.writeGrid(grid, 'refresh');
    expect(await look(sim, r.sheet)).toEqual(expected);
  });

  it('says plainly when the document refused to save the settings, and a retry saves them', async () => {
    const settings = createSettings();
    const sim = createSimulator(ledgerWorkbook(1));
    const port = createExcelPort(sim.run, { supports: () => true, settings });
    settings.failNextSave();
    await expect(port.saveSettings({ lang: 'en' })).rejects.toMatchObject({ code: 'settings-not-saved' });
    expect(settings.saved()).toEqual({});
    await port.saveSettings({ lang: 'en' });
    expect(settings.saved()).toEqual({ kommunrapport: { lang: 'en' } });
  });
});
