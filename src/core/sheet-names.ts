/**
 * Excel's rules for the names a report block takes, shared by both writers: sheet names at most
 * 31 characters, none of []:*?/\ or control characters, not starting or ending with an
 * apostrophe, not blank; sheet and defined names unique without regard to case. `taken` holds the
 * names in use, lower-cased.
 */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/[\u0000-\u001f]/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned || 'Rapport';
}

/** "Rapport 2025-08", "Rapport 2025-08 (2)", … with the base shortened so the whole fits. */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** "KR_Rapport_2025_08", "KR_Rapport_2025_08_2", … */
export function uniqueDefinedName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted}_${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
