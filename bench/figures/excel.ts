/**
 * Figure 4, the Excel path: syncs and the largest request (bytes) to snapshot the ledger sheet
 * of `rows` rows and insert a report through the Office.js simulator, beside the floor
 * ceil(total bytes / 5 MB): the fewest syncs any adapter could need under Excel on the web's
 * 5 MB request limit. The measurement itself is helper E's bench/excel-syncs.ts (`measure`);
 * its own budget (2 + ceil(total / 4 MB)) is kept beside it.
 */
import { measure, type SyncFigures } from '../excel-syncs';

/** Excel on the web's request payload limit. */
export const FIVE_MB = 5 * 1024 * 1024;

export type ExcelFigure = SyncFigures & { readonly limitSyncs: number };

export async function excelFigure(rows: number): Promise<ExcelFigure> {
  const out = await measure(rows);
  return { ...out, rows, limitSyncs: Math.ceil(out.totalBytes / FIVE_MB) };
}
