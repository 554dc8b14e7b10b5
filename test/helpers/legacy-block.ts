import type * as ExcelJS from 'exceljs';
import type { Simulator } from '../fakes/office-sim';

/**
 * Turns the sample block written into 'Rapport 2025-08' (sampleGrid in A1:F6) into the shape the
 * previous version's Office.js writer left: its row keys in hidden column G, the name
 * KR_Rapport_2025_08 over A1:G6 with `keys=1` in its comment. KR_Metadata is left to the caller.
 */
export async function writeLegacyKeyColumn(wb: ExcelJS.Workbook, sim: Simulator): Promise<void> {
  const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
  [null, null, 'a', 'b', 'c', 'total'].forEach((k, i) => void (ws.getCell(i + 1, 7).value = k));
  ws.getColumn(7).hidden = true;
  await sim.run(async (context) => {
    const named = context.workbook.names.getItem('KR_Rapport_2025_08');
    named.formula = "='Rapport 2025-08'!$A$1:$G$6";
    named.comment = 'kommunrapport keys=1 comment=5';
    await context.sync();
  });
}
