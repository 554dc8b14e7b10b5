import { createExcelPort } from '../../src/io/excel';
import { commentaryReport as report } from '../helpers/commentary-grid';
import { createSettings, createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook } from '../fakes/office-sim/fixtures';


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
    const refreshed = await port.writeGrid(report('Nettokostnaden är 90 kr.', 'Intäkterna är 5 kr.'), 'refresh');
    // The pane is told which paragraph was kept, and that the figures under it changed.
    expect(refreshed.keptParagraphs).toEqual([{ key: 'commentary:net', numbersChanged: true }]);
    expect([ws.getCell('A5').value, ws.getCell('A6').value]).toEqual(['Vakanser förklarar överskottet.', 'Intäkterna är 5 kr.']);
    await port.writeGrid(report('Nettokostnaden är 80 kr.', 'Intäkterna är 7 kr.'), 'refresh');
    expect([ws.getCell('A5').value, ws.getCell('A6').value]).toEqual(['Vakanser förklarar överskottet.', 'Intäkterna är 7 kr.']);
  });
});
