/**
 * The baseline of the writer figure: what `report --out` did before the package writer, reduced
 * to its file part — exceljs loads the whole workbook and saves it again (every cell an object,
 * every part exceljs does not model lost). The report itself is left out, so the baseline is
 * cheaper than the old command was, never dearer.
 */
import { Workbook } from 'exceljs';

export async function exceljsRoundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new Workbook();
  // exceljs types ask for a Node Buffer of an older shape; the bytes are one.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
