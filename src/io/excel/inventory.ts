/**
 * What the adapter knows of the workbook's sheet and defined names from its last round trip, so
 * an insert can pick unique names without a round trip of its own. Keys are lower-cased because
 * Excel compares both kinds of name case-insensitively.
 */
export type Inventory = { readonly sheets: ReadonlySet<string>; readonly names: ReadonlySet<string> };

export function inventoryOf(sheets: readonly string[], names: readonly string[]): Inventory {
  return { sheets: new Set(sheets.map((s) => s.toLowerCase())), names: new Set(names.map((n) => n.toLowerCase())) };
}

export { uniqueDefinedName, uniqueSheetName } from '../../core/sheet-names';
