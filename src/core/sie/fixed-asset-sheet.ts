import type { CellValue, SheetSnapshot } from '../snapshot';
import type { SieFile } from './model';
import type { Huvudbok } from './huvudbok';

/** SIE's reserved dimension for projects (SIE 4B: 6 projekt). */
const PROJECT_DIM = '6';

/**
 * The Huvudbok of an SIE file's fixed-asset accounts, shaped for the investment reader:
 * - #PBUDGET rows are each month's budget. The drift reader takes a Budget column beside a
 *   Period as that; the investment reader takes "Budget" for the project's annual budget
 *   repeated on each row (counted once), so here the column is named for what it is,
 *   Periodbudget;
 * - beside the project column (dimension 6), Projektnamn from the file's #OBJEKT names, so the
 *   table shows "4101 Ombyggnad skola Norra" rather than a bare number.
 * Rows and their order are unchanged (the SIE lines of the rows stay valid).
 */
export function fixedAssetSheet(file: SieFile, book: Huvudbok): SheetSnapshot {
  const projectCol = book.dimColumns.get(PROJECT_DIM);
  const nameOf = (v: CellValue | undefined): CellValue => (typeof v === 'string' && v !== '' ? (file.objects.get(`${PROJECT_DIM}\u0000${v}`)?.name ?? null) : null);
  const values = book.sheet.values.map((row, r) => {
    const renamed = r === 0 ? row.map((h) => (h === 'Budget' ? 'Periodbudget' : h)) : [...row];
    if (projectCol !== undefined) renamed.splice(projectCol + 1, 0, r === 0 ? 'Projektnamn' : nameOf(row[projectCol]));
    return renamed;
  });
  return { ...book.sheet, values };
}
