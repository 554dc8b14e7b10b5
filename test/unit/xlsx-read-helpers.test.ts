/**
 * The reader's small rules, by hand: relationship targets to part names, date-like number
 * formats, and moving a shared formula.
 */
import { resolvePartPath, relsPathOf } from '../../src/io/xlsx/pkg/package';
import { isDateCode } from '../../src/io/xlsx/read/styles';
import { shiftFormula } from '../../src/io/xlsx/read/shared-formula';

test('relationship targets resolve against the part folder, absolute ones against the root', () => {
  expect(resolvePartPath('xl', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
  expect(resolvePartPath('xl', '/xl/worksheets/Data.xml')).toBe('xl/worksheets/Data.xml');
  expect(resolvePartPath('xl/drawings', '../media/image%201.png')).toBe('xl/media/image 1.png');
  expect(resolvePartPath('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  expect(relsPathOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
  expect(relsPathOf('')).toBe('_rels/.rels');
});

test('date formats are told from number formats by their date and time letters outside quotes and brackets', () => {
  for (const code of ['yyyy-mm-dd', 'yyyy\\-mm\\-dd', 'd/m/yyyy', '[$-41D]d mmmm yyyy', 'h:mm', '[h]:mm:ss', 'mmm-yy']) expect([code, isDateCode(code)]).toEqual([code, true]);
  for (const code of ['#,##0', '#,##0 "kr"', '0.00%', '[Red]#,##0;-#,##0', '#,##0\\ "dagar"', '_-* #,##0_-', 'General', '@']) expect([code, isDateCode(code)]).toEqual([code, false]);
});

test('a shared formula moves its relative references, keeps anchored ones, text and quoted sheet names', () => {
  expect(shiftFormula('SUM(A1:B2)*$C$1+C$1+$D1', 2, 1)).toBe('SUM(B3:C4)*$C$1+D$1+$D3');
  expect(shiftFormula("'Q1 ''25'!A1&\"A1\"", 1, 0)).toBe("'Q1 ''25'!A2&\"A1\"");
  expect(shiftFormula('SUM(A:A)+SUM(1:1)', 1, 1)).toBe('SUM(B:B)+SUM(2:2)');
  expect(shiftFormula('LOG10(A1)+ATAN2(B1,1)', 0, 1)).toBe('LOG10(B1)+ATAN2(C1,1)');
  // Moved above row 1: Excel shows #REF!.
  expect(shiftFormula('A1-1', -1, 0)).toBe('#REF!-1');
});
