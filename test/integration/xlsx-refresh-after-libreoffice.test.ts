/**
 * A report written by us, typed into by the user and saved by another spreadsheet (LibreOffice,
 * which rewrites every part: shared strings instead of inline ones, its own style indexes, its
 * own defined names and sheet XML), is refreshed in place: the Kommentar stays with its row, the
 * user's note beside the block stays, and LibreOffice computes the refreshed formulas.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { addGridsToWorkbook, addGridsWithResults } from '../../src/io/xlsx/add-grids';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { cellAt } from '../../src/core/snapshot';
import { recalcSheetsToCsv } from '../helpers/libreoffice';
import { sampleReportGrid, sampleSourceWorkbook } from '../helpers/grid-samples';

jest.setTimeout(240_000);

/** The workbook as LibreOffice saves it (xlsx in, xlsx out; fresh profile). */
function throughLibreOffice(bytes: Uint8Array, dir: string): Uint8Array {
  const profile = mkdtempSync(join(tmpdir(), 'kr-lo-rt-profile-'));
  const inDir = mkdtempSync(join(dir, 'in-'));
  const outDir = mkdtempSync(join(dir, 'out-'));
  try {
    writeFileSync(join(inDir, 'bok.xlsx'), bytes);
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, join(inDir, 'bok.xlsx')], { timeout: 180_000 });
    return new Uint8Array(readFileSync(join(outDir, 'bok.xlsx')));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

test('refresh of a report LibreOffice has saved keeps the comment and the note, and LibreOffice computes the block', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-lo-rt-'));
  try {
    const wb = new Workbook();
    await wb.xlsx.load((await addGridsToWorkbook(await sampleSourceWorkbook(), [sampleReportGrid()], 'insert')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Rapport 2025-08')!;
    ws.getCell('G9').value = 'Fler brukare än budgeterat'; // Äldreomsorg's Kommentar
    ws.getCell('J3').value = 'min anteckning'; // beside the block
    const saved = throughLibreOffice(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), dir);
    // The new grid has one more line first, so Äldreomsorg moves from row 9 to row 10.
    const g = sampleReportGrid();
    const extra = [{ value: 'Kultur och fritid', style: 'line' as const, indent: 1 }];
    const shift = (f: string): string => f.replace(/\d+/g, (n) => String(Number(n) >= 5 ? Number(n) + 1 : Number(n)));
    const grid = {
      ...g,
      rows: [...g.rows.slice(0, 4), extra, ...g.rows.slice(4).map((r) => r.map((c) => (c.formula ? { ...c, formula: shift(c.formula) } : c)))],
      rowKeys: [...g.rowKeys!.slice(0, 4), 'kultur', ...g.rowKeys!.slice(4)],
      conditionalFormats: [{ ...g.conditionalFormats![0], range: 'F6:F13' }],
    };
    const { results, bytes } = await addGridsWithResults(saved, [grid], 'refresh');
    expect(results[0]).toEqual({ sheet: 'Rapport 2025-08', address: 'A1:G15', name: 'KR_Drift_2025_08' });
    const report = (await readWorkbookBuffer(bytes)).sheets.find((s) => s.name === 'Rapport 2025-08')!;
    expect(cellAt(report, 9, 0)).toBe('Äldreomsorg');
    expect(cellAt(report, 9, 6)).toBe('Fler brukare än budgeterat');
    expect(cellAt(report, 2, 9)).toBe('min anteckning');
    const out = join(dir, 'ut.xlsx');
    writeFileSync(out, bytes);
    const csv = await recalcSheetsToCsv(out);
    const sheet = csv['Rapport 2025-08'];
    // Summa verksamheterna (row 13 now): budget 580 200 000, avvikelse −4 950 000 (grid-samples' hand calculation).
    expect(sheet[12].slice(0, 5).map((v, i) => (i === 0 ? v : Number(v)))).toEqual(['Summa verksamheterna', 580_200_000, 389_524_833.5, 585_150_000, -4_950_000]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
