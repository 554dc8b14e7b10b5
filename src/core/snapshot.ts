/**
 * What the engine reads: the sheets of a workbook as 2-D arrays of cell values, each sheet
 * knowing where its array starts, so every value keeps its source address.
 *
 * Dates arrive as Excel serial numbers (both adapters deliver them that way); the period and
 * date parsers recognise them. Excel error values arrive as `{ error: '#REF!' }`.
 */
export type CellError = { readonly error: string };
export type CellValue = string | number | boolean | null | CellError;

export type SheetSnapshot = {
  readonly name: string;
  /** 0-based sheet row and column of values[0][0]. */
  readonly originRow: number;
  readonly originCol: number;
  readonly values: readonly (readonly CellValue[])[];
  /** Number format codes parallel to `values`, where the adapter read them (may be partial or absent). */
  readonly formats?: readonly (readonly (string | null)[])[];
  /** Formulas parallel to `values` ('' where the cell has none), where the adapter read them. */
  readonly formulas?: readonly (readonly string[])[];
  /** 0-based sheet row indexes that are hidden. */
  readonly hiddenRows?: readonly number[];
  /** Parts the adapter could not read on this host; the checks that need them did not run. */
  readonly unread?: readonly SnapshotPart[];
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
};

/** 'formulas': the external-links check needs them; 'hiddenRows': the hidden-rows note. */
export type SnapshotPart = 'formulas' | 'hiddenRows';

export type DefinedName = { readonly name: string; readonly sheet: string; readonly range: string };

export type WorkbookSnapshot = {
  readonly sheets: readonly SheetSnapshot[];
  readonly definedNames?: readonly DefinedName[];
};

/** The sheets a reader looks through: the one named, or every sheet. */
export function sheetsToRead(snapshot: WorkbookSnapshot, name: string | undefined): readonly SheetSnapshot[] {
  return name !== undefined ? snapshot.sheets.filter((s) => s.name === name) : snapshot.sheets;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

/**
 * The value at a sheet position (0-based row/col), or null outside the snapshot.
 *
 * Rows may be ragged: a row array can end before the widest row (the .xlsx reader ends each
 * row at its last populated cell and gives every empty row one shared, frozen empty array), so
 * `values[r][c]` may be undefined. cellAt treats that as null; code that indexes `values`
 * directly must do the same, and take a sheet's width as its longest row.
 */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.originRow];
  if (!r) return null;
  const v = r[col - sheet.originCol];
  return v === undefined ? null : v;
}
