import * as ExcelJS from 'exceljs';
import { createFilePort } from '../../src/io/xlsx';

describe('the file adapter reports how far it has read', () => {
  it('calls onProgress from 0 to 1, never going back', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Huvudbok');
    ws.addRow(['Konto', 'Period', 'Utfall']);
    for (let i = 0; i < 60_000; i++) ws.addRow([5010 + (i % 40), 202501 + (i % 8), i]);
    const port = await createFilePort(new Uint8Array(await wb.xlsx.writeBuffer()), 'huvudbok.xlsx');
    const seen: number[] = [];
    const snap = await port.snapshot({ onProgress: (f) => seen.push(f) });
    expect(snap.sheets[0].values.length).toBe(60_001);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
  }, 60_000);
});
