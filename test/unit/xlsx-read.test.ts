import { Workbook } from 'exceljs';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { cellAt } from '../../src/core/snapshot';

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function sample(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Huvudbok');
  ws.getCell('B3').value = 5;
  ws.getCell('C3').value = { formula: 'B3*2', result: 10 };
  ws.getCell('C4').value = { richText: [{ text: 'Hem' }, { text: 'tjänst', font: { bold: true } }] };
  // 2025-01-31 is serial 45688 (Excel: =DATE(2025;1;31) shows 45688 as a number).
  ws.getCell('D4').value = new Date(Date.UTC(2025, 0, 31));
  ws.getCell('D4').numFmt = 'yyyy-mm-dd';
  ws.getCell('D5').value = { error: '#REF!' } as never;
  ws.getCell('B5').value = { text: 'Kolada', hyperlink: 'https://www.kolada.se' };
  ws.getCell('C5').value = true;
  ws.getCell('E3').value = -1234.5;
  ws.getCell('E3').numFmt = '#,##0';
  ws.getCell('B6').value = 'Sammanslaget';
  ws.mergeCells('B6:C6');
  ws.getCell('B7').value = 'dold';
  ws.getRow(7).hidden = true;
  wb.definedNames.add("'Huvudbok'!$B$3:$C$4", 'KR_Test');
  const gom = wb.addWorksheet('Gömt blad', { state: 'hidden' });
  gom.getCell('A1').value = 'x';
  return bytesOf(wb);
}

describe('readWorkbookBuffer', () => {
  it('reads values at their exact addresses, trimming empty leading rows and columns', async () => {
    const snap = await readWorkbookBuffer(await sample());
    const s = snap.sheets[0];
    expect(s.name).toBe('Huvudbok');
    expect(s.originRow).toBe(2); // row 3
    expect(s.originCol).toBe(1); // column B
    expect(cellAt(s, 2, 1)).toBe(5); // B3
    expect(cellAt(s, 2, 4)).toBe(-1234.5); // E3
    expect(cellAt(s, 4, 2)).toBe(true); // C5
    expect(cellAt(s, 0, 0)).toBeNull();
  });

  it('gives a formula cell its cached result and keeps the formula text', async () => {
    const s = (await readWorkbookBuffer(await sample())).sheets[0];
    expect(cellAt(s, 2, 2)).toBe(10);
    expect(s.formulas?.[2 - s.originRow][2 - s.originCol]).toBe('=B3*2');
    expect(s.formulas?.[0][0]).toBe('');
  });

  it('turns rich text and hyperlinks into plain text, dates into serials, errors into { error }', async () => {
    const s = (await readWorkbookBuffer(await sample())).sheets[0];
    expect(cellAt(s, 3, 2)).toBe('Hemtjänst');
    expect(cellAt(s, 4, 1)).toBe('Kolada');
    expect(cellAt(s, 3, 3)).toBe(45688);
    expect(cellAt(s, 4, 3)).toEqual({ error: '#REF!' });
  });

  it('reports hidden rows, sheet visibility and defined names, and a merge as Excel shows it', async () => {
    const snap = await readWorkbookBuffer(await sample());
    const [s, g] = snap.sheets;
    expect(s.hiddenRows).toEqual([6]);
    expect(cellAt(s, 5, 2)).toBeNull(); // C6 is covered by the merge
    expect(s.visibility).toBe('visible');
    expect(g.visibility).toBe('hidden');
    expect(snap.definedNames).toEqual([{ name: 'KR_Test', sheet: 'Huvudbok', range: 'B3:C4' }]);
  });

  it('reads number formats only when asked', async () => {
    const bytes = await sample();
    const plain = (await readWorkbookBuffer(bytes)).sheets[0];
    expect(plain.formats).toBeUndefined();
    const s = (await readWorkbookBuffer(bytes, { withFormats: true })).sheets[0];
    expect(s.formats?.[0][3]).toBe('#,##0'); // E3
    expect(s.formats?.[1][2]).toBe('yyyy-mm-dd'); // D4
    expect(s.formats?.[0][0]).toBeNull(); // B3, General
  });

  it('reads only the sheets asked for, from an ArrayBuffer too', async () => {
    const bytes = await sample();
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const snap = await readWorkbookBuffer(ab, { sheets: ['Gömt blad'] });
    expect(snap.sheets.map((s) => s.name)).toEqual(['Gömt blad']);
  });

  it('gives an empty sheet empty arrays', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Tomt');
    const s = (await readWorkbookBuffer(await bytesOf(wb))).sheets[0];
    expect(s.values).toEqual([]);
    expect(s.originRow).toBe(0);
  });

  it('gives dates of a 1904-system workbook their 1900-system serial', async () => {
    const wb = new Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet('D').getCell('A1').value = new Date(Date.UTC(2025, 0, 31));
    const s = (await readWorkbookBuffer(await bytesOf(wb))).sheets[0];
    expect(s.values[0][0]).toBe(45688);
  });

  it('translates shared formulas to each cell', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('F');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('A3').value = 3;
    ws.fillFormula('B1:B3', 'A1*2', [2, 4, 6]);
    const s = (await readWorkbookBuffer(await bytesOf(wb))).sheets[0];
    expect(s.formulas?.map((r) => r[1])).toEqual(['=A1*2', '=A2*2', '=A3*2']);
    expect(s.values.map((r) => r[1])).toEqual([2, 4, 6]);
  });
});
