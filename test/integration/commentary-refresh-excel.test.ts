import { createExcelPort } from '../../src/io/excel';
import type { ReportGrid } from '../../src/core/grid';
import { createSettings, createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook } from '../fakes/office-sim/fixtures';

// The same block as test/integration/commentary-refresh-file.test.ts, through the Office.js adapter.
function report(net: string, income: string): ReportGrid {
  return {
    name: 'KR_Rapport_2025_08',
    sheetName: 'Rapport 2025-08',
    columnWidths: [40, 12, 30],
    commentColumn: 2,
    rows: [
      [{ value: 'Belopp', style: 'header' }, { value: 'Utfall', style: 'header' }, { value: 'Kommentar', style: 'header' }],
      [{ value: 'Verksamhetens nettokostnad', style: 'total' }, { value: -100, style: 'total' }, { value: null, style: 'comment' }],
      [],
      [{ value: 'Kommentar (utkast från Kommunrapport: granska och redigera texten)', style: 'subtitle' }],
      [{ value: net, style: 'draft' }],
      [{ value: income, style: 'draft' }],
    ],
    rowKeys: [null, 'net', null, 'commentary-heading', 'commentary:net', 'commentary:income'],
    drafts: { 'commentary:net': net, 'commentary:income': income },
  };
}

describe('Uppdatera in Excel keeps the commentary paragraphs the user edited', () => {
  it('rewrites the drafts it wrote, keeps the text the user wrote, and keeps it on the next refresh too', async () => {
    const wb = ledgerWorkbook(3);
    const sim = createSimulator(wb, {});
    let n = 0;
    const port = createExcelPort(sim.run, { supports: () => true, settings: createSettings(), tempSheetName: () => `KR tmp ${(n += 1)}` });
    const at = await port.writeGrid(report('Nettokostnaden är 100 kr.', 'Intäkterna är 0 kr.'), 'insert');
    const ws = wb.getWorksheet(at.sheet)!;
    // The controller types over the net paragraph (row 5).
    ws.getCell('A5').value = 'Vakanser förklarar överskottet.';
    await port.writeGrid(report('Nettokostnaden är 90 kr.', 'Intäkterna är 5 kr.'), 'refresh');
    expect([ws.getCell('A5').value, ws.getCell('A6').value]).toEqual(['Vakanser förklarar överskottet.', 'Intäkterna är 5 kr.']);
    await port.writeGrid(report('Nettokostnaden är 80 kr.', 'Intäkterna är 7 kr.'), 'refresh');
    expect([ws.getCell('A5').value, ws.getCell('A6').value]).toEqual(['Vakanser förklarar överskottet.', 'Intäkterna är 7 kr.']);
  });
});
