/**
 * Ragged snapshot rows: a sheet with a small table plus one stray value in the last cell of the
 * sheet (XFD1048576) reads into a snapshot proportional to its populated cells, keeps the stray
 * value (it is user data), and the ledger reader still reads the table from it.
 */
import { Workbook } from 'exceljs';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { cellAt } from '../../src/core/snapshot';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { readLedger } from '../../src/core/ledger/read';

const LAST_ROW = 1_048_575; // 0-based row of 1048576
const LAST_COL = 16_383; // 0-based column of XFD

async function farCellBook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Huvudbok');
  ws.addRow(['Konto', 'Period', 'Utfall']);
  ws.addRow([5010, 202501, 1000]);
  ws.addRow([5010, 202502, 2500]);
  ws.addRow([4010, 202502, { formula: 'C2+C3', result: 3500 }]);
  ws.getCell('XFD1048576').value = 'x';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const cellCount = (rows: readonly (readonly unknown[])[]): number => rows.reduce((n, r) => n + r.length, 0);

let sheet: SheetSnapshot;
beforeAll(async () => {
  const snap = await readWorkbookBuffer(await farCellBook(), { withFormats: true });
  sheet = snap.sheets[0];
}, 60_000);

test('the snapshot spans to the far cell but holds only the populated rows', () => {
  expect(sheet.originRow).toBe(0);
  expect(sheet.originCol).toBe(0);
  expect(sheet.values.length).toBe(LAST_ROW + 1);
  // 4 table rows × 3 columns, and the last row up to XFD: 12 + 16 384 cells, not 16 384 × 1 048 576.
  expect(cellCount(sheet.values)).toBe(12 + 16_384);
  // Formula rows exist only where a row holds a formula: row 4 (C4 = C2+C3), three cells wide.
  expect(cellCount(sheet.formulas ?? [])).toBe(3);
  expect(sheet.formulas?.[3]).toEqual(['', '', '=C2+C3']);
  expect(cellCount(sheet.formats ?? [])).toBe(12 + 16_384);
});

test('the far value is read, and empty rows are one shared frozen empty array', () => {
  expect(cellAt(sheet, LAST_ROW, LAST_COL)).toBe('x');
  expect(cellAt(sheet, 1000, 5)).toBeNull();
  expect(cellAt(sheet, 1, 3)).toBeNull(); // beyond the end of a ragged row
  expect(sheet.values[4]).toHaveLength(0);
  expect(sheet.values[4]).toBe(sheet.values[LAST_ROW - 1]);
  expect(Object.isFrozen(sheet.values[4])).toBe(true);
  expect(sheet.formulas?.[3]?.[2]).toBe('=C2+C3');
});

test('each row ends at its last populated cell', async () => {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Blad1');
  ws.getCell('B2').value = 1;
  ws.getCell('E3').value = 2;
  ws.getCell('C4').value = 'a';
  const s = (await readWorkbookBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).sheets[0];
  expect([s.originRow, s.originCol]).toEqual([1, 1]);
  expect(s.values).toEqual([[1], [null, null, null, 2], [null, 'a']]);
});

test('the ledger reader reads the table above the far cell (three entries, 7 000 in all)', () => {
  const read = readLedger({ sheets: [sheet] });
  expect(read.ledger).not.toBeNull();
  const l = read.ledger!;
  expect(l.size).toBe(3);
  let sum = 0;
  for (let i = 0; i < l.size; i++) sum += l.amount[i];
  // 1000 + 2500 + 3500 by hand.
  expect(sum).toBe(7000);
});
