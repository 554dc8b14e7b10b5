/**
 * Deletes a sheet the add-in hid. Office.js refuses to delete a 'VeryHidden' worksheet
 * (InvalidOperation), as KR_Metadata is: the sheet is made 'Hidden' first, in the same batch.
 * For the add-in's own temporary and metadata sheets only; a visible sheet of the user's is never
 * passed here.
 */
export function deleteHiddenSheet(sheet: Excel.Worksheet): void {
  sheet.visibility = 'Hidden';
  sheet.delete();
}
