import * as ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { addGridsToWorkbook, addGridsWithResults } from '../../src/io/xlsx';
import { commentaryReport as report } from '../helpers/commentary-grid';


/** The controller types over a paragraph in the report sheet (its inline string). */
function edit(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const name = Object.keys(files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && strFromU8(files[n]).includes(from));
  if (!name) throw new Error(`no sheet holds ${from}`);
  files[name] = strToU8(strFromU8(files[name]).replace(from, to));
  return zipSync(files);
}

async function columnA(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Rapport 2025-08')!;
  return [5, 6].map((r) => ws.getCell(r, 1).value);
}

describe('Uppdatera in the file path keeps the commentary paragraphs the user edited', () => {
  it('rewrites the drafts it wrote, keeps the text the user wrote, and keeps it on the next refresh too', async () => {
    const src = new ExcelJS.Workbook();
    src.addWorksheet('Huvudbok').addRow(['Konto', 'Period', 'Utfall']);
    let bytes = await addGridsToWorkbook(new Uint8Array(await src.xlsx.writeBuffer()), [report('Nettokostnaden är 100 kr.', 'Intäkterna är 0 kr.')], 'insert');
    bytes = edit(bytes, 'Nettokostnaden är 100 kr.', 'Vakanser förklarar överskottet.');
    const refreshed = await addGridsWithResults(bytes, [report('Nettokostnaden är 90 kr.', 'Intäkterna är 5 kr.')], 'refresh');
    bytes = refreshed.bytes;
    // The pane is told which paragraph was kept, and that the figures under it changed.
    expect(refreshed.results[0].keptParagraphs).toEqual([{ key: 'commentary:net', numbersChanged: true }]);
    expect(await columnA(bytes)).toEqual(['Vakanser förklarar överskottet.', 'Intäkterna är 5 kr.']);
    bytes = await addGridsToWorkbook(bytes, [report('Nettokostnaden är 80 kr.', 'Intäkterna är 7 kr.')], 'refresh');
    expect(await columnA(bytes)).toEqual(['Vakanser förklarar överskottet.', 'Intäkterna är 7 kr.']);
  });
});
