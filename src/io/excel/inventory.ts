/**
 * What the adapter knows of the workbook's sheet and defined names from its last round trip, so
 * an insert can pick unique names without a round trip of its own. Keys are lower-cased because
 * Excel compares both kinds of name case-insensitively.
 */
export type Inventory = { readonly sheets: ReadonlySet<string>; readonly names: ReadonlySet<string> };

export function inventoryOf(sheets: readonly string[], names: readonly string[]): Inventory {
  return { sheets: new Set(sheets.map((s) => s.toLowerCase())), names: new Set(names.map((n) => n.toLowerCase())) };
}

/** "Rapport 2025-08", "Rapport 2025-08 (2)", … within Excel's 31 characters. */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').slice(0, 31).trim() || 'Rapport';
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** "KR_Rapport_2025_08", "KR_Rapport_2025_08_2", … */
export function uniqueDefinedName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted}_${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
