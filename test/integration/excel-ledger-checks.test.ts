import * as ExcelJS from 'exceljs';
import { readLedger } from '../../src/core/ledger/read';
import type { Issue } from '../../src/core/issue';
import { createExcelPort } from '../../src/io/excel';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook } from '../fakes/office-sim/fixtures';

/**
 * The ledger checks that need more than values (hidden rows, formulas into other workbooks)
 * give the same notes inside Excel as on the file, and an older Excel says which check it could
 * not run instead of silently skipping it.
 */
function ledger(): ExcelJS.Workbook {
  const wb = ledgerWorkbook(40);
  const ws = wb.getWorksheet('Huvudbok') as ExcelJS.Worksheet;
  ws.getRow(6).hidden = true; // ledger rows 5 and 30 (sheet rows 6 and 31)
  ws.getRow(31).hidden = true;
  // Utfall on sheet row 10 comes from another workbook; the cached value stays.
  ws.getCell('E10').value = { formula: "'[Budget 2025.xlsx]Blad1'!E10", result: 71.28 } as ExcelJS.CellValue;
  ws.getCell('F12').value = { formula: 'B12/1000', result: 40.1 } as ExcelJS.CellValue;
  return wb;
}

const codes = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.code}${i.address ? `@${i.address}` : ''}`).filter((c) => /hidden-rows|external-links|check-not-run/.test(c)).sort();

async function inExcel(wb: ExcelJS.Workbook, minor: number): Promise<{ issues: string[]; syncs: number }> {
  const sim = createSimulator(wb, { excelApiMinor: minor });
  const port = createExcelPort(sim.run, { supports: (_s, v) => Number(v.split('.')[1]) <= minor });
  const snap = await port.snapshot({ sheets: ['Huvudbok'] });
  return { issues: codes(readLedger(snap, { sheet: 'Huvudbok' }).issues), syncs: sim.stats.syncs };
}

describe('Ledger checks inside Excel and on the file', () => {
  it('finds the hidden rows and the external formula in both hosts alike', async () => {
    const file = codes(readLedger(await readWorkbookBuffer((await ledger().xlsx.writeBuffer()) as ArrayBuffer), { sheet: 'Huvudbok' }).issues);
    expect(file).toEqual(['external-links@E10', 'hidden-rows']);
    const excel = await inExcel(ledger(), 17);
    expect(excel.issues).toEqual(file);
  });

  it('costs no extra sync for a ledger without hidden rows and formulas', async () => {
    const plain = await inExcel(ledgerWorkbook(40), 17);
    expect(plain).toEqual({ issues: [], syncs: 1 });
  });

  it('finds the hidden rows with a few halving syncs: about log2(rows) of them', async () => {
    const excel = await inExcel(ledger(), 17);
    // 41 used rows: halving down to single rows takes ceil(log2 41) = 6 levels, one sync each;
    // plus the geometry sync and one sync for the two formula cells.
    expect(excel.syncs).toBeLessThanOrEqual(1 + 6 + 1);
  });

  it('on an ExcelApi 1.8 host says the external-links check could not run, and still finds the hidden rows', async () => {
    const excel = await inExcel(ledger(), 8);
    expect(excel.issues).toEqual(['check-not-run', 'hidden-rows']);
  });
});
